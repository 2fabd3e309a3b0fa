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

/**
 * Issue 9's bar for reading people's own words: `understand --batch` over 90 texts written as real
 * people write them, scored by the shared scorer against a careful person's readings.
 */
(hasCorpus ? describe : describe.skip)('understand --batch over the understanding corpus (built CLI)', () => {
  it(`reads at least ${MIN_FIELD * 100} % of the fields exactly and ${MIN_CLEAN * 100} % of the texts with no error`, () => {
    const { dir, env } = scratch('corpus');
    const run = runCli(['understand', '--batch', CORPUS], env, dir);
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
    const readings = path.join(dir, 'readings.jsonl');
    fs.writeFileSync(readings, run.stdout);
    const scored = spawnSync(
      'python3',
      [SCORER, '--corpus', CORPUS, '--readings', readings, '--min-field', String(MIN_FIELD)],
      { encoding: 'utf8' },
    );
    expect(scored.error).toBeUndefined();
    const output = `${scored.stdout}${scored.stderr}`;
    const s = summaryOf(output);
    const fieldShare = s.exact / s.fields;
    const cleanShare = s.clean / s.texts;
    // The figures belong in the test output, pass or fail.
    console.log(
      `understanding corpus: ${s.exact}/${s.fields} fields exact (${(fieldShare * 100).toFixed(1)} %), ` +
        `${s.clean}/${s.texts} texts clean (${(cleanShare * 100).toFixed(1)} %)\n${output}`,
    );
    expect(s.missing).toBe(0);
    expect(s.texts).toBe(
      fs
        .readFileSync(CORPUS, 'utf8')
        .split('\n')
        .filter((l) => l.trim()).length,
    );
    expect(fieldShare).toBeGreaterThanOrEqual(MIN_FIELD);
    expect(cleanShare).toBeGreaterThanOrEqual(MIN_CLEAN);
  });
});
