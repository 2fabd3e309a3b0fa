#!/usr/bin/env bash
# Every test tier in order: static checks, unit, integration, end to end.
# Ends with one summary line: "tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/../.."
export NX_DAEMON=false
reports="$(mktemp -d)"
status=0

step() { echo; echo "=== $1 ==="; }

step "lint (eslint, zero warnings)"
# The module-boundary rule reads the Nx project graph; compute it first (a fresh clone has none).
npx nx show projects >/dev/null || status=1
npx eslint . --max-warnings 0 || status=1
step "format (prettier)"
npx prettier --check . >/dev/null || { npx prettier --check . ; status=1; }
step "typecheck (strict)"
npx tsc -p tsconfig.json --noEmit || status=1

for tier in unit int e2e; do
  step "$tier tests"
  extra=()
  [ "$tier" != unit ] && extra=(--runInBand)
  npx jest --selectProjects "$tier" "${extra[@]}" --json --outputFile="$reports/$tier.json" || status=1
done

node -e '
  const fs = require("fs"); let p = 0, f = 0, s = 0;
  for (const t of ["unit", "int", "e2e"]) {
    const file = process.argv[1] + "/" + t + ".json";
    if (!fs.existsSync(file)) { f++; console.log(t + ": no report (the tier crashed)"); continue; }
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    p += r.numPassedTests; f += r.numFailedTests + r.numRuntimeErrorTestSuites; s += r.numPendingTests + r.numTodoTests;
    console.log(t + ": " + r.numPassedTests + " passed, " + r.numFailedTests + " failed, " + r.numPendingTests + " skipped");
  }
  console.log("tests: " + p + " passed, " + f + " failed, " + s + " skipped");
' "$reports"
rm -rf "$reports"
exit $status
