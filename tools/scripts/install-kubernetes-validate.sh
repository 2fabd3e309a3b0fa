#!/usr/bin/env bash
# kubernetes-validate (PyPI) checks deploy/kubernetes/ against the Kubernetes API schemas it bundles,
# so validating needs no download. It goes into .tools/ so nothing outside the project changes.
# Prints nothing when it is already there.
set -euo pipefail
cd "$(dirname "$0")/../.."
target="$PWD/.tools/kubernetes-validate"
version=1.37.0
if [ -d "$target/kubernetes_validate-$version.dist-info" ]; then exit 0; fi
echo "setup: installing kubernetes-validate $version into .tools/" >&2
rm -rf "$target"
python3 -m pip install --quiet --disable-pip-version-check --target "$target" "kubernetes-validate==$version"
