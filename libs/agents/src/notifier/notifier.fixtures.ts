import type { ResultJob, RunResult } from '@job-hunter/domain';

/** Builders for the notifier's tests. */
export function resultJob(rank: number, over: Partial<ResultJob> = {}): ResultJob {
  return {
    rank,
    score: 100 - rank,
    title: `Backend Engineer ${rank}`,
    company: 'Acme',
    location: 'Berlin, Germany',
    remote: 'remote',
    postedAt: '2024-05-01T00:00:00.000Z',
    applyUrl: `https://jobs.lever.co/acme/${rank}`,
    ats: 'lever',
    matchedSkills: ['Go'],
    missingSkills: [],
    reasons: [`Reason A${rank}`, `Reason B${rank}`, `Reason C${rank}`],
    ...over,
  };
}

export function runResult(jobs: ResultJob[], over: Partial<RunResult> = {}): RunResult {
  return {
    runId: 'run-7',
    status: 'success',
    orchestrator: 'checkpoint',
    engine: 'heuristic',
    startedAt: '2024-05-10T00:00:00.000Z',
    finishedAt: '2024-05-10T00:01:00.000Z',
    stats: {
      companiesAttempted: 5,
      companiesSucceeded: 5,
      jobsScraped: 120,
      jobsAfterDedupe: 110,
      jobsScored: 60,
      jobsInOutput: jobs.length,
      dropped: {},
    },
    cost: { inputTokens: 0, outputTokens: 0, estimatedCostUsd: 0 },
    errors: [],
    jobs,
    ...over,
  };
}
