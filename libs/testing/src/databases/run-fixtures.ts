import type { RunConfig, RunResult } from '@job-hunter/domain';
import { emptyCost } from '@job-hunter/domain';

/** Test support only: small but complete run objects. */
export function runConfig(runId: string): RunConfig {
  return {
    runId,
    resumePath: '/tmp/resume.pdf',
    prefsText: 'remote backend roles in the EU',
    engine: 'heuristic',
    orchestrator: 'checkpoint',
    dryRun: true,
    forceRescrape: false,
    outputDir: '/tmp/out',
    formats: ['json', 'csv'],
    top: 50,
    maxPerCompany: 3,
    now: '2026-01-02T10:00:00.000Z',
  };
}

export function runResult(runId: string): RunResult {
  return {
    runId,
    status: 'partial',
    orchestrator: 'temporal',
    engine: 'anthropic',
    startedAt: '2026-01-02T10:00:00.000Z',
    finishedAt: '2026-01-02T10:30:00.000Z',
    stats: {
      companiesAttempted: 2,
      companiesSucceeded: 1,
      jobsScraped: 10,
      jobsAfterDedupe: 9,
      jobsScored: 9,
      jobsInOutput: 1,
      dropped: { location: 8 },
    },
    cost: emptyCost(),
    errors: [{ stage: 'scrape', code: 'BOARD_TIMEOUT', message: 'slow', company: 'Acme' }],
    jobs: [
      {
        rank: 1,
        jobKey: '0b1d2c3e4f5a6b7c',
        score: 87,
        title: 'Backend Engineer',
        company: 'Nimbus',
        location: 'Berlin, DE',
        remote: 'hybrid',
        postedAt: null,
        applyUrl: 'https://jobs.lever.co/nimbus/1',
        ats: 'lever',
        matchedSkills: ['go'],
        missingSkills: [],
        reasons: ['Go'],
      },
    ],
  };
}
