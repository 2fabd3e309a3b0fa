#!/usr/bin/env node
// Merges the coverage of the unit and int tiers (each jest run writes DIR/coverage-final.json),
// prints the lines figure for libs/ and fails below the threshold. The threshold lives here and
// nowhere else: a single tier's run is not expected to reach it on its own.
// Usage: node tools/scripts/coverage-check.mjs coverage/unit coverage/int
import { existsSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const THRESHOLD_LINES_PCT = 85;
const SHOWN_WORST = 10;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { createCoverageMap } = createRequire(import.meta.url)('istanbul-lib-coverage');

const dirs = process.argv.slice(2);
const map = createCoverageMap({});
for (const dir of dirs) {
  const file = join(dir, 'coverage-final.json');
  if (!existsSync(file)) {
    console.log(`coverage: no ${file} (that tier crashed or ran without --coverage)`);
    process.exit(1);
  }
  map.merge(JSON.parse(readFileSync(file, 'utf8')));
}
mkdirSync(join(root, 'coverage'), { recursive: true });
writeFileSync(join(root, 'coverage', 'coverage-final.json'), JSON.stringify(map.toJSON()));

let covered = 0;
let total = 0;
const files = [];
for (const path of map.files()) {
  const name = relative(root, path);
  if (!name.startsWith('libs/')) continue;
  const lines = map.fileCoverageFor(path).toSummary().lines;
  covered += lines.covered;
  total += lines.total;
  files.push({ name, missed: lines.total - lines.covered, pct: lines.pct });
}
const pct = total === 0 ? 0 : (100 * covered) / total;
const verdict = pct >= THRESHOLD_LINES_PCT ? 'ok' : 'BELOW';
console.log(
  `coverage: libs/ lines ${pct.toFixed(2)}% (${covered}/${total}; ${dirs.join(' + ')}), threshold ${THRESHOLD_LINES_PCT}%: ${verdict}`,
);
if (verdict === 'ok') process.exit(0);
console.log('coverage: the files with the most uncovered lines:');
for (const f of files.sort((a, b) => b.missed - a.missed).slice(0, SHOWN_WORST)) {
  console.log(`  ${String(f.missed).padStart(5)} lines uncovered (${f.pct}% covered)  ${f.name}`);
}
process.exit(1);
