import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, runCli, scratch } from './cli-harness';

const SHARED = path.resolve(REPO_ROOT, '../shared');
const CORPUS = path.join(SHARED, 'fixtures/understanding/corpus.jsonl');
const SCORER = path.join(SHARED, 'tools/score-understanding.py');
const MIN_FIELD = 0.95;
const MIN_CLEAN = 0.85;

/** The scorer's summary line: "fields=N exact=K (P%) texts=T clean=C extras=E missing_ids=M". */
function summaryOf(output: string): { fields: number; exact: number; texts: number; clean: number; missing: number } {
  const m = /fields=(\d+) exact=(\d+) \([\d.]+%\) texts=(\d+) clean=(\d+)(?: extras=\d+)? missing_ids=(\d+)/.exec(
    output,
  );
  if (!m) throw new Error(`The scorer printed no summary line:\n${output}`);
  const [fields, exact, texts, clean, missing] = m.slice(1).map(Number) as [number, number, number, number, number];
  return { fields, exact, texts, clean, missing };
}

const hasCorpus = fs.existsSync(CORPUS) && fs.existsSync(SCORER);

/** `understand --batch` over a corpus file, scored by the shared scorer; the figures are printed. */
function scoreCorpus(corpus: string, label: string): ReturnType<typeof summaryOf> {
  const { dir, env } = scratch(label);
  const run = runCli(['understand', '--batch', corpus], env, dir);
  expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
  const readings = path.join(dir, 'readings.jsonl');
  fs.writeFileSync(readings, run.stdout);
  const scored = spawnSync('python3', [SCORER, '--corpus', corpus, '--readings', readings], { encoding: 'utf8' });
  expect(scored.error).toBeUndefined();
  const output = `${scored.stdout}${scored.stderr}`;
  const s = summaryOf(output);
  // The figures belong in the test output, pass or fail.
  console.log(
    `${label}: ${s.exact}/${s.fields} fields exact (${((s.exact / s.fields) * 100).toFixed(1)} %), ` +
      `${s.clean}/${s.texts} texts clean (${((s.clean / s.texts) * 100).toFixed(1)} %)\n${output}`,
  );
  expect(s.missing).toBe(0);
  expect(s.texts).toBe(
    fs
      .readFileSync(corpus, 'utf8')
      .split('\n')
      .filter((l) => l.trim()).length,
  );
  return s;
}

/**
 * Issue 9's bar for reading people's own words: `understand --batch` over 90 texts written as real
 * people write them, scored by the shared scorer against a careful person's readings.
 */
(hasCorpus ? describe : describe.skip)('understand --batch over the understanding corpus (built CLI)', () => {
  it(`reads at least ${MIN_FIELD * 100} % of the fields exactly and ${MIN_CLEAN * 100} % of the texts with no error`, () => {
    const s = scoreCorpus(CORPUS, 'corpus');
    expect(s.exact / s.fields).toBeGreaterThanOrEqual(MIN_FIELD);
    expect(s.clean / s.texts).toBeGreaterThanOrEqual(MIN_CLEAN);
  });
});

/**
 * Texts written from the reading contract alone by people who saw neither the code nor the corpus
 * (data/understanding/README.md). They measure how far the reading generalises; each floor sits a
 * little below what the reader scored when the set was added, so a change that reads people's words
 * worse fails here even when the corpus still passes.
 */
const HELD_OUT: ReadonlyArray<[file: string, minField: number, minClean: number]> = [
  ['holdout.jsonl', 0.97, 0.9],
  ['holdout-2.jsonl', 0.95, 0.78],
  ['holdout-3.jsonl', 0.9, 0.62],
];

(fs.existsSync(SCORER) ? describe : describe.skip)('understand --batch over the held-out texts (built CLI)', () => {
  it.each(HELD_OUT)('%s: at least %p of the fields exact and %p of the texts clean', (file, minField, minClean) => {
    const s = scoreCorpus(path.join(REPO_ROOT, 'data/understanding', file), file);
    expect(s.exact / s.fields).toBeGreaterThanOrEqual(minField);
    expect(s.clean / s.texts).toBeGreaterThanOrEqual(minClean);
  });
});
