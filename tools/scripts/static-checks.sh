#!/usr/bin/env bash
# The static checks, one list for CI (test-all.sh), `make lint` and the pre-commit hook (tools/hooks/pre-commit):
# eslint with zero warnings, prettier, strict tsc. Runs them all, then exits non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
export NX_DAEMON=false
status=0

step() { echo; echo "=== $1 ==="; }

step "lint (eslint, zero warnings)"
# The module-boundary rule reads the Nx project graph; compute it first (a fresh clone has none).
npx nx show projects >/dev/null || status=1
npx eslint . --max-warnings 0 || status=1
step "format (prettier)"
npx prettier --check --log-level warn . || status=1
step "typecheck (strict)"
npx tsc -p tsconfig.json --noEmit || status=1
npx tsc -p apps/api/web/tsconfig.json --noEmit || status=1
exit $status
