import { JobHunterError } from '@job-hunter/domain';

/** Default for JH_BOARD_DEADLINE_SECONDS when no config is given (tools, unit tests). */
export const DEFAULT_BOARD_DEADLINE_MS = 45_000;

/**
 * Runs one company's board read within `deadlineMs` over all its requests, retries and waits.
 * When time is up the read's signal is aborted (so its requests and browser stop) and the caller
 * stops waiting at once, even for a client that would not heed the signal. An abort of `outer`
 * (the run being cancelled) passes through unchanged.
 */
export async function withBoardDeadline<T>(
  deadlineMs: number,
  company: string,
  outer: AbortSignal | undefined,
  read: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const deadline = new AbortController();
  const signal = outer ? AbortSignal.any([outer, deadline.signal]) : deadline.signal;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = deadlineError(company, deadlineMs);
      deadline.abort(error);
      reject(error);
    }, deadlineMs);
  });
  const reading = read(signal);
  // The loser of the race below must not surface later as an unhandled rejection.
  reading.catch(() => undefined);
  expired.catch(() => undefined);
  try {
    return await Promise.race([reading, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function deadlineError(company: string, deadlineMs: number): JobHunterError {
  const seconds = Math.round(deadlineMs / 100) / 10;
  return new JobHunterError(
    'BOARD_DEADLINE',
    `${company}'s job board did not finish within ${seconds} s (all requests and retries); skipped it. Try again later, or raise JH_BOARD_DEADLINE_SECONDS for a slow board.`,
    { company },
  );
}
