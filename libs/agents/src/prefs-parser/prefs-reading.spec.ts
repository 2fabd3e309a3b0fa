import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readingOf } from '@job-hunter/domain';
import { prefsFromText } from './prefs-text.rules';

/**
 * Whole readings of preference texts written for these tests, none of them in the shared corpus, each with
 * the fields its text decides: a check that the grammar reads wordings it was not tuned on. Compared as the
 * reading contract compares (docs/contract.md): roles by their words, sets regardless of order.
 */
interface Case {
  id: string;
  text: string;
  expected: Record<string, unknown>;
}

const CASES: Case[] = readFileSync(join(__dirname, 'fixtures', 'held-out-prefs.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Case);
const SETS = new Set(['workModels', 'remoteFrom', 'excludedIndustries', 'employmentTypes', 'excludedCompanies']);
const ROLE_FIELDS = new Set(['roles', 'excludedRoles']);

function roleWords(role: string): Set<string> {
  const text = role
    .toLowerCase()
    .replace(/[-/]/g, ' ')
    .replace(/\bdeveloper\b/g, 'engineer')
    .replace(/\bml\b/g, 'machine learning')
    .replace(/\bswe\b/g, 'software engineer')
    .replace(/\bsre\b/g, 'site reliability engineer');
  return new Set(text.split(/\s+/).filter(Boolean));
}

/** Each expected role is held by one printed role (all its words), and every printed role holds one. */
function sameRoles(expected: string[], got: string[]): boolean {
  const holds = (g: string, e: string) => [...roleWords(e)].every((w) => roleWords(g).has(w));
  return expected.every((e) => got.some((g) => holds(g, e))) && got.every((g) => expected.some((e) => holds(g, e)));
}

function comparable(field: string, value: unknown): unknown {
  if (field === 'locations') return [...(value as object[])].map((v) => JSON.stringify(v)).sort();
  return SETS.has(field) ? [...(value as string[])].sort() : value;
}

describe('readings of held-out preference texts', () => {
  it('has texts to read', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES.map((c) => [c.id, c.text, c.expected] as const))('%s: %s', (_id, text, expected) => {
    const reading = readingOf(prefsFromText(text)) as unknown as Record<string, unknown>;
    for (const [field, want] of Object.entries(expected)) {
      const got = reading[field];
      if (ROLE_FIELDS.has(field)) {
        expect({ [field]: got, matches: sameRoles(want as string[], got as string[]) }).toEqual({
          [field]: got,
          matches: true,
        });
      } else {
        expect({ [field]: comparable(field, got) }).toEqual({ [field]: comparable(field, want) });
      }
    }
  });
});
