import type { RunError, RunResult, RunStats } from '../../models/run';

type EndStatus = RunResult['status'];
type BoardCounts = Pick<RunStats, 'companiesAttempted' | 'companiesSucceeded'>;

/** Why a scrape was not done when the run was stopped on purpose: its board was never asked, not down. */
const STOP_CODES: ReadonlySet<string> = new Set(['CANCELLED', 'BUDGET_EXCEEDED']);

/** The error code a run gets when no job board it asked answered. */
export const NO_BOARD_ANSWERED = 'NO_BOARD_ANSWERED';

/** "3 of 12 boards answered". */
export function boardsAnswered(stats: BoardCounts): string {
  const { companiesSucceeded: answered, companiesAttempted: asked } = stats;
  return `${answered} of ${asked} board${asked === 1 ? '' : 's'} answered`;
}

/**
 * Every board asked failed (down, gone, blocked, no network): an outage, not a quiet day, so the
 * run fails. A run stopped before its boards were asked (cancel, budget) is not one.
 */
export function noBoardAnswered(stats: BoardCounts, errors: readonly RunError[]): boolean {
  const stopped = errors.some((e) => e.stage === 'scrapeJobs' && STOP_CODES.has(e.code));
  return stats.companiesAttempted > 0 && stats.companiesSucceeded === 0 && !stopped;
}

/**
 * The one rule both orchestrators end a run with: `failed` when no board answered, else the
 * status the orchestrator forced (a stopped or notify-less run is `partial`), else `partial`
 * with errors and `success` without. Exit codes follow: failed 1, the others 0.
 */
export function runStatus(stats: BoardCounts, errors: readonly RunError[], forced?: EndStatus): EndStatus {
  if (noBoardAnswered(stats, errors)) return 'failed';
  return forced ?? (errors.length > 0 ? 'partial' : 'success');
}
