import { guardedScore } from './score-guard';
import { parseVerdict, quoteInText, validateBatchReply } from './score-reply.validator';
import { preparePromptJob } from './scoring-prompt';
import { aJob, parsePostings, plausibleEntry } from './scoring-model.fixtures';

const batch = [1, 2, 3].map((n, i) => ({ ...preparePromptJob(aJob(n)), localId: `j${i + 1}` }));
const entry = (i: number, over: Record<string, unknown> = {}) => {
  const p = batch[i];
  if (!p) throw new Error('no such job');
  return { ...plausibleEntry({ id: p.localId, text: p.text, title: p.job.title }), ...over };
};

describe('validateBatchReply', () => {
  it('accepts one valid entry per id', () => {
    const v = validateBatchReply({ jobs: [entry(0), entry(1), entry(2)] }, batch);
    expect([...v.verdicts.keys()]).toEqual(['j1', 'j2', 'j3']);
    expect(v.problems.size).toBe(0);
    expect(v.general).toEqual([]);
  });

  it('fails missing, repeated and out-of-range entries, and reports ids that are not the batch', () => {
    const v = validateBatchReply(
      { jobs: [entry(0, { score: -1 }), entry(1), entry(1), entry(2, { id: 'j9' })] },
      batch,
    );
    expect(v.verdicts.size).toBe(0);
    expect(v.problems.get('j1')).toEqual(['score must be a number from 0 to 100']);
    expect(v.problems.get('j2')).toEqual(['answered 2 times']);
    expect(v.problems.get('j3')).toEqual(['not answered']);
    expect(v.general).toEqual(['id "j9" is not one of this batch\'s postings']);
    expect(validateBatchReply('nonsense', batch).problems.size).toBe(3);
  });

  it('drops reasons whose quote is not in the posting, and fails a job left with none', () => {
    const text = batch[0]?.text ?? '';
    const mixed = parseVerdict(
      entry(0, {
        reasons: [
          { text: 'Invented', quote: 'ten years of Rust at a unicorn' },
          { text: 'Real', quote: '“payment APIs behind our checkout,”' },
        ],
      }),
      text,
    );
    expect(mixed.verdict?.reasons).toEqual([{ text: 'Real', quote: '“payment APIs behind our checkout,”' }]);
    const none = parseVerdict(entry(0, { reasons: [{ text: 'Invented', quote: 'not in the text at all' }] }), text);
    expect(none.verdict).toBeUndefined();
    expect(none.problems[0]).toMatch(/no reason quotes the posting exactly/);
  });

  it('matches quotes across typography but not across words', () => {
    const text = 'We’re hiring a Senior  Backend Engineer — remote–first.\nYou know Go.';
    expect(quoteInText("we're hiring a senior backend engineer - remote-first", text)).toBe(true);
    expect(quoteInText('"Senior Backend Engineer…"', text)).toBe(true);
    expect(quoteInText('Senior Frontend Engineer', text)).toBe(false);
    expect(quoteInText('Go', text)).toBe(false);
  });

  it('canonicalises skills and caps the assessment fields', () => {
    const v = parseVerdict(entry(0, { matchedSkills: ['k8s', 'Postgres', 'k8s'] }), batch[0]?.text ?? '');
    expect(v.verdict?.matchedSkills).toEqual(['Kubernetes', 'PostgreSQL']);
    const bad = parseVerdict(entry(0, { title: { fit: 'great', note: 'x' } }), batch[0]?.text ?? '');
    expect(bad.problems).toEqual(['title.fit must be one of good, partial, poor, unknown']);
  });
});

describe('guardedScore', () => {
  const verdict = parseVerdict(entry(0, { score: 100 }), batch[0]?.text ?? '').verdict;
  const offline = (score: number, recency: number, skills = 40, title = 20) =>
    ({ score, fit: { components: { recency, skills, title } } }) as unknown as Parameters<typeof guardedScore>[1];

  it('adds recency to the scaled fit, and holds the total to the offline score plus the margin', () => {
    if (!verdict) throw new Error('fixture invalid');
    expect(guardedScore(verdict, offline(85, 10))).toEqual({
      score: 100,
      components: { fit: 90, recency: 10 },
      capped: false,
      ceiling: 100,
    });
    const capped = guardedScore(verdict, offline(30, 10));
    expect(capped).toEqual({
      score: 50,
      components: { fit: 90, recency: 10, evidenceCap: -50 },
      capped: true,
      ceiling: 50,
    });
    expect(Object.values(capped.components).reduce((a, b) => a + b, 0)).toBe(capped.score);
  });

  it('allows less lift when the rules verified less of the role', () => {
    if (!verdict) throw new Error('fixture invalid');
    expect(guardedScore(verdict, offline(40, 10, 12, 0)).score).toBe(44);
    expect(guardedScore(verdict, offline(40, 10, 0, 0)).score).toBe(40);
  });

  it('lets the model score below the rules', () => {
    if (!verdict) throw new Error('fixture invalid');
    expect(guardedScore({ ...verdict, score: 20 }, offline(80, 10)).score).toBe(28);
  });
});

it('parsePostings reads back what the prompt renders', () => {
  const text = `<job_posting id="j1">\n${batch[0]?.text}\n</job_posting>`;
  expect(parsePostings(text)).toEqual([{ id: 'j1', text: batch[0]?.text, title: 'Senior Backend Engineer' }]);
});
