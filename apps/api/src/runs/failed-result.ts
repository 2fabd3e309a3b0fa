import { emptyCost, type RunError, type RunResult } from '@job-hunter/domain';
import type { StoredRun } from '@job-hunter/persistence';

/**
 * The result of a run that ended with nothing to report (it failed on an error, or was cancelled
 * while queued): status `failed`, its error, no jobs (contract section 5: "nothing useful came out").
 * Stored so that `GET /runs/:id` and `/results` can say why.
 */
export function failedResult(run: StoredRun, error: RunError, finishedAt = new Date()): RunResult {
  return {
    runId: run.id,
    status: 'failed',
    orchestrator: run.orchestrator,
    engine: run.engine,
    startedAt: run.startedAt,
    finishedAt: finishedAt.toISOString(),
    asOf: run.config.now,
    stats: {
      companiesAttempted: 0,
      companiesSucceeded: 0,
      jobsScraped: 0,
      jobsAfterDedupe: 0,
      jobsScored: 0,
      jobsInOutput: 0,
      dropped: {},
    },
    cost: emptyCost(),
    errors: [error],
    jobs: [],
  };
}
