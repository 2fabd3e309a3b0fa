// One proxy per policy: timeouts sized to the work, retries owned here (lower layers retry
// little), and the task queue of each stage taken from the input.
import {
  ActivityCancellationType,
  proxyActivities,
  proxyLocalActivities,
  type ActivityOptions,
  type LocalActivityOptions,
  type RetryPolicy,
} from '@temporalio/workflow';
import type { JobHuntActivities, JobHuntInput } from '../activities/activity-contract';

/**
 * Codes that no retry can fix (bad input, bad credentials, a board that is not there, spent
 * budget, a stopped run): every code the domain's ERROR_CODES marks non-retryable. A copy, because
 * the workflow bundle cannot import @job-hunter/domain; activity-options.spec.ts fails when the two differ.
 */
export const NON_RETRYABLE_CODES = [
  'INVALID_INPUT',
  'CONFIG_INVALID',
  'RESUME_UNREADABLE',
  'RUN_NOT_FOUND',
  'RUN_NOT_FINISHED',
  'JOB_NOT_FOUND',
  'BOARD_NOT_FOUND',
  'BOARD_UNSUPPORTED',
  'BOARD_MALFORMED',
  'BOARD_TOO_LARGE',
  'BOARD_FEED_OFF',
  'HOST_BLOCKED',
  'PAGE_BLOCKED',
  'PAGE_NOT_FOUND',
  'PAGE_UNREADABLE',
  'LLM_AUTH',
  'LLM_INVALID_OUTPUT',
  'BUDGET_EXCEEDED',
  'CANCELLED',
  'INTERNAL',
];

const quick: RetryPolicy = {
  initialInterval: '1s',
  backoffCoefficient: 2,
  maximumInterval: '20s',
  maximumAttempts: 3,
  nonRetryableErrorTypes: NON_RETRYABLE_CODES,
};
const scraping: RetryPolicy = {
  initialInterval: '2s',
  backoffCoefficient: 2,
  maximumInterval: '30s',
  maximumAttempts: 5,
  nonRetryableErrorTypes: NON_RETRYABLE_CODES,
};
// LLM providers rate-limit for tens of seconds, so waits are longer and attempts fewer.
const llm: RetryPolicy = {
  initialInterval: '5s',
  backoffCoefficient: 2,
  maximumInterval: '1m',
  maximumAttempts: 3,
  nonRetryableErrorTypes: NON_RETRYABLE_CODES,
};

type Kind = keyof JobHuntInput['queues'];

// Stoppable steps wait for the activity to acknowledge a cancel (via its heartbeat), so what
// it stored is settled before finishScrape and aggregate read it. The SDK's unset value
// behaves as TRY_CANCEL, hence explicit.
const settle = { cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED };

function proxy(queues: JobHuntInput['queues'], kind: Kind, options: Omit<ActivityOptions, 'taskQueue'>) {
  return proxyActivities<JobHuntActivities>({ ...options, taskQueue: queues[kind] });
}

/**
 * Activity stubs by step, each on the queue kind its work needs (parsing, LLM calls, board fetching).
 *
 * With `localSteps` (runs started since LOCAL_STEPS_PATCH), three light steps are local
 * activities: finishScrape (sums the stored per-company outcomes), aggregate (reads the stored
 * results, writes the shortlist) and notify (sends one message, and keeps its checkpoint so a
 * rerun never sends twice). The worker that runs the workflow, the default queue's, runs them at
 * once with the same timeouts and retry policy, instead of scheduling each through the server and
 * polling it back (12-45 ms per handover, measured from workflow histories at 100 companies);
 * finishScrape thereby leaves the scraping queue, whose workers and limits it never needed.
 * Nothing else is local: a signal waits until the local activities in flight end, so a cancel
 * during the reading steps would no longer stop the run before its companies are searched;
 * processing is heavy at scale; the rest need the llm/scraping workers' limits and heartbeats.
 */
export function jobHuntActivities(queues: JobHuntInput['queues'], localSteps = false) {
  const step = (kind: Kind, options: LocalActivityOptions & Omit<ActivityOptions, 'taskQueue'>) =>
    localSteps ? proxyLocalActivities<JobHuntActivities>(options) : proxy(queues, kind, options);
  const parse = proxy(queues, 'default', { startToCloseTimeout: '2m', retry: quick });
  const find = proxy(queues, 'llm', { startToCloseTimeout: '5m', retry: llm });
  // A round may ask Claude for companies and probe board APIs for each suggestion.
  const discover = proxy(queues, 'llm', { startToCloseTimeout: '10m', heartbeatTimeout: '1m', retry: llm, ...settle });
  const scrape = proxy(queues, 'scraping', {
    startToCloseTimeout: '3m',
    heartbeatTimeout: '30s',
    retry: scraping,
    ...settle,
  });
  const finish = step('scraping', { startToCloseTimeout: '2m', retry: quick });
  const processing = proxy(queues, 'default', { startToCloseTimeout: '5m', retry: quick });
  const score = proxy(queues, 'llm', { startToCloseTimeout: '15m', heartbeatTimeout: '1m', retry: llm, ...settle });
  const aggregate = step('default', { startToCloseTimeout: '5m', retry: quick });
  const notify = step('default', { startToCloseTimeout: '2m', retry: { ...quick, initialInterval: '5s' } });
  // A scheduled run's bookkeeping: database rows and the run folder's files.
  const searchRun = proxy(queues, 'default', { startToCloseTimeout: '2m', retry: quick });
  return {
    parseResume: parse.parseResume,
    parsePreferences: parse.parsePreferences,
    findCompanies: find.findCompanies,
    scrapeCompany: scrape.scrapeCompany,
    finishScrape: finish.finishScrape,
    processJobs: processing.processJobs,
    scoreJobs: score.scoreJobs,
    discoverCompanies: discover.discoverCompanies,
    aggregate: aggregate.aggregate,
    notify: notify.notify,
    openSearchRun: searchRun.openSearchRun,
    finishSearchRun: searchRun.finishSearchRun,
  } satisfies JobHuntActivities;
}
