import type { JobMark } from '../../models/job-mark';
import type { ResultJob, RunResult } from '../../models/run';
import { urlJobKey } from '../matching/job-key';
import { markResult, resultJobKeys } from './mark-result';

function job(key: string, rank: number): ResultJob {
  return {
    rank,
    jobKey: key,
    score: 90 - rank,
    title: `Engineer ${key}`,
    company: 'Acme',
    location: 'Berlin, Germany',
    remote: 'remote',
    postedAt: null,
    applyUrl: `https://jobs.lever.co/acme/${key}`,
    ats: 'lever',
    matchedSkills: [],
    missingSkills: [],
    reasons: [],
  };
}

function result(runId: string, jobs: ResultJob[], nearMisses?: ResultJob[]): RunResult {
  return {
    runId,
    status: 'success',
    orchestrator: 'checkpoint',
    engine: 'heuristic',
    startedAt: '2026-03-01T10:00:00.000Z',
    finishedAt: '2026-03-01T10:05:00.000Z',
    stats: {
      companiesAttempted: 1,
      companiesSucceeded: 1,
      jobsScraped: 5,
      jobsAfterDedupe: 5,
      jobsScored: 5,
      jobsInOutput: jobs.length,
      dropped: {},
    },
    cost: { inputTokens: 0, outputTokens: 0, estimatedCostUsd: 0 },
    errors: [],
    jobs,
    ...(nearMisses ? { nearMisses } : {}),
  };
}

const mark = (state: JobMark['state'], note: string | null = null): JobMark => ({ state, at: '2026-03-02', note });

describe('markResult', () => {
  const firstRuns = new Map([
    ['new', 'run-2'],
    ['seen', 'run-1'],
    ['applied', 'run-2'],
    ['hidden', 'run-2'],
    ['saved', 'run-2'],
  ]);
  const marks = new Map([
    ['applied', mark('applied', 'Sent via referral')],
    ['hidden', mark('hidden')],
    ['saved', mark('saved')],
  ]);
  const run2 = result(
    'run-2',
    ['new', 'seen', 'applied', 'hidden', 'saved', 'never'].map((k, i) => job(k, i + 1)),
    [job('near', 1)],
  );

  it('calls a job new only in the run that first shortlisted it, unless it was applied to or hidden', () => {
    const marked = markResult(run2, { marks, firstRuns });
    expect(marked.jobs.map((j) => [j.jobKey, j.isNew])).toEqual([
      ['new', true],
      ['seen', false],
      ['applied', false],
      ['hidden', false],
      ['saved', true],
      // Not recorded (the run finished before the history was kept): nothing says it is new.
      ['never', false],
    ]);
    expect(marked.nearMisses?.map((j) => j.isNew)).toEqual([false]);
    // Seen from the earlier run, the job that run shortlisted first is new there.
    expect(markResult(result('run-1', [job('seen', 1)]), { marks, firstRuns }).jobs[0]?.isNew).toBe(true);
  });

  it('gives each job its mark or null, near misses too, and keeps the rest of the result', () => {
    const near = result('run-3', [job('new', 1)], [job('applied', 1)]);
    const marked = markResult(near, { marks, firstRuns });
    expect(marked.jobs[0]).toEqual({ ...job('new', 1), mark: null, isNew: false });
    expect(marked.nearMisses?.[0]?.mark).toEqual({ state: 'applied', at: '2026-03-02', note: 'Sent via referral' });
    const { jobs: _j, nearMisses: _n, ...rest } = marked;
    const { jobs: _oj, nearMisses: _on, ...original } = near;
    expect(rest).toEqual(original);
    expect(markResult(result('run-3', []), { marks, firstRuns })).not.toHaveProperty('nearMisses');
  });

  it("keys a job stored before jobs carried a jobKey by its apply URL, as the marks' routes do", () => {
    const { jobKey: _k, ...legacy } = job('old', 1);
    const stored = result('run-0', [legacy as ResultJob]);
    const key = urlJobKey(legacy.applyUrl) ?? '';
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(resultJobKeys(stored)).toEqual([key]);
    const marked = markResult(stored, { marks: new Map([[key, mark('saved')]]), firstRuns: new Map() });
    expect(marked.jobs[0]).toMatchObject({ jobKey: key, mark: { state: 'saved' }, isNew: false });
  });
});
