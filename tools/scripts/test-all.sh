#!/usr/bin/env bash
# Every check in order: static checks, deployment files, unit, integration, end to end, coverage.
# Ends with one summary line: "tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/../.."
export NX_DAEMON=false
reports="$(mktemp -d)"
status=0

step() { echo; echo "=== $1 ==="; }

bash tools/scripts/static-checks.sh || status=1
step "deployment files (compose, Dockerfile, Kubernetes)"
bash tools/scripts/check-deploy.sh || status=1

# Unit and int collect coverage (istanbul counters); e2e runs the built CLI in child processes, which
# in-process coverage cannot see. coverage-check.mjs merges the two and applies the threshold.
rm -rf coverage
for tier in unit int e2e; do
  step "$tier tests"
  extra=()
  [ "$tier" != unit ] && extra=(--runInBand)
  [ "$tier" != e2e ] && extra+=(--coverage --coverageDirectory="coverage/$tier")
  npx jest --selectProjects "$tier" "${extra[@]}" --json --outputFile="$reports/$tier.json" || status=1
done

step "coverage (unit + int, libs/)"
node tools/scripts/coverage-check.mjs coverage/unit coverage/int || status=1

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
