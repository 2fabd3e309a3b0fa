import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { emptyPreferences, readingOf, type Reading } from '@job-hunter/domain';
import { readingFromAnswer } from './reading-answer';
import { readingDisagreements } from './reading-compare';
import { mergeReading } from './reading-merge';

// 90 preference texts written independently, each with the reading a careful person derives.
const CORPUS = resolve(__dirname, '../../../..', '../shared/fixtures/understanding/corpus.jsonl');
const nothing: Reading = readingOf(emptyPreferences());

interface Line {
  id: string;
  text: string;
  expected: Partial<Reading>;
}

/**
 * Claude answering exactly as a careful person reads must never be turned away: the validation
 * and grounding are checked here on texts nobody tuned them on, a perfect answer at a time.
 */
describe("a careful person's reading of each corpus text, given as Claude's answer", () => {
  const lines: Line[] = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line);

  it('fits the schema, and merged into preferences reads back the same', () => {
    expect(lines.length).toBeGreaterThanOrEqual(90);
    const failures = lines.flatMap(({ id, text, expected }) => {
      const check = readingFromAnswer({ ...nothing, ...expected }, text);
      if (!check.reading) return [`${id}: ${check.problems.join('; ')}`];
      const back = readingOf(mergeReading(emptyPreferences(text), check.reading));
      return readingDisagreements(check.reading, back).map((d) => `${id}: ${d.field} changed in the merge`);
    });
    expect(failures).toEqual([]);
  });

  it('keeps all but a few of its values through the grounding (the industry words are a fixed list)', () => {
    const dropped = lines.filter(
      ({ text, expected }) => readingFromAnswer({ ...nothing, ...expected }, text).dropped.length > 0,
    );
    expect(dropped.length / lines.length).toBeLessThanOrEqual(0.05);
  });
});
