import { renderDigest } from './digest.renderer';
import { resultJob, runResult } from './notifier.fixtures';

describe("renderDigest of a saved search's run", () => {
  const previousRun = { runId: 'run-6', finishedAt: '2024-05-09T06:00:00.000Z' };
  const gone = {
    jobKey: 'g1',
    title: 'Gone <Engineer>',
    company: 'Acme',
    applyUrl: 'https://x.test/g',
    lastSeenRunId: 'run-6',
  };
  const jobs = [
    resultJob(1, { novelty: 'seen' }),
    resultJob(2, { novelty: 'changed' }),
    resultJob(3, { novelty: 'new', title: 'Platform Engineer' }),
    resultJob(4, { novelty: 'new' }),
  ];

  it('leads with the new jobs since the last run, marks them, and lists what is gone', () => {
    const digest = renderDigest(runResult(jobs, { previousRun, disappeared: [gone] }));
    expect(digest.subject).toBe(
      'Job Hunter: 2 new since 2024-05-09, 1 changed, 1 gone (4 matches, top new: Platform Engineer at Acme, 97)',
    );
    const listed = digest.text.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(listed).toEqual([
      '3. [97] [new] Platform Engineer — Acme',
      '4. [96] [new] Backend Engineer 4 — Acme',
      '2. [98] [changed] Backend Engineer 2 — Acme',
      '1. [99] Backend Engineer 1 — Acme',
    ]);
    expect(digest.text).toMatch(/Gone since the last run:\n {2}Gone <Engineer> — Acme\n$/);
    expect(digest.html).toContain('<li>Gone &lt;Engineer&gt; — Acme</li>');
    expect(digest.html.indexOf('Platform Engineer')).toBeLessThan(digest.html.indexOf('Backend Engineer 1'));
    expect(digest.html).toContain('>[new]</span>');
  });

  it("says when nothing is new, and counts a search's first run as its own", () => {
    const seen = [resultJob(1, { novelty: 'seen' })];
    expect(renderDigest(runResult(seen, { previousRun, disappeared: [] })).subject).toBe(
      'Job Hunter: Nothing new since 2024-05-09 (1 match)',
    );
    const first = [resultJob(1, { novelty: 'new' })];
    expect(renderDigest(runResult(first, { disappeared: [] })).subject).toBe(
      "Job Hunter: 1 new in the search's first run (1 match, top new: Backend Engineer 1 at Acme, 99)",
    );
  });

  it('keeps the digest of a run of no saved search as it was', () => {
    const digest = renderDigest(runResult([resultJob(1), resultJob(2)]));
    expect(digest.subject).toBe('Job Hunter: 2 matches (top: Backend Engineer 1 at Acme, 99)');
    expect(digest.text).not.toMatch(/\[new\]|Gone since/);
  });
});
