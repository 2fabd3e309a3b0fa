#!/usr/bin/env bash
# Validates the deployment files without Docker or a cluster: docker-compose.yml against the
# compose-spec schema (dclint), the Dockerfile (dockerfile-utils), and deploy/kubernetes/ against
# the Kubernetes API schemas (kubernetes-validate --strict: unknown fields fail too).
set -uo pipefail
cd "$(dirname "$0")/../.."
status=0
npx dclint --config deploy/dclint.json --max-warnings 0 docker-compose.yml || status=1
npx dockerfile-utils lint Dockerfile || status=1
bash tools/scripts/install-kubernetes-validate.sh || exit 1
PYTHONPATH="$PWD/.tools/kubernetes-validate" python3 .tools/kubernetes-validate/bin/kubernetes-validate \
  --strict --quiet deploy/kubernetes/*.yaml || status=1
[ $status -eq 0 ] && echo "deploy files: compose, Dockerfile and Kubernetes manifests valid"
exit $status
