import { JobHunterError, errorMessage, isJobHunterError, plainErrorMessage } from '@job-hunter/domain';

/**
 * What went wrong reading a careers page, as one of the PAGE_* codes with a one-line message.
 * Playwright's own errors carry colour codes and a multi-line call log: none of it reaches a result.
 */
export function pageError(url: URL, cause: unknown): JobHunterError {
  if (isJobHunterError(cause)) return cause;
  const where = `${url.host}${url.pathname}`;
  if (cause instanceof Error && cause.name === 'TimeoutError') {
    return new JobHunterError('PAGE_TIMEOUT', `${where} did not load in time; try again later.`, { cause });
  }
  const detail = plainErrorMessage(errorMessage(cause));
  const netError = /net::(ERR_[A-Z_]+)/.exec(detail)?.[1];
  if (netError) {
    return new JobHunterError(
      netError === 'ERR_TIMED_OUT' ? 'PAGE_TIMEOUT' : 'PAGE_UNREACHABLE',
      `${where} could not be loaded (${netError}); check the careers URL and the network.`,
      { cause },
    );
  }
  return new JobHunterError('PAGE_UNREADABLE', `${where} could not be read in the browser (${detail}).`, { cause });
}

/** A careers page answered with an error status. */
export function pageStatusError(url: URL, status: number): JobHunterError {
  const where = `${url.host}${url.pathname}`;
  if (status === 404 || status === 410) {
    return new JobHunterError(
      'PAGE_NOT_FOUND',
      `${where} answered HTTP ${status}: the careers page does not exist; check the careers URL.`,
    );
  }
  if (status === 401 || status === 403 || status === 451) {
    return new JobHunterError(
      'PAGE_BLOCKED',
      `${where} answered HTTP ${status}: the site refuses automated visitors; add the company by its job board (ats and board) instead.`,
    );
  }
  const retryable = status === 429 || status >= 500;
  return new JobHunterError(
    'PAGE_HTTP_ERROR',
    `${where} answered HTTP ${status}; ${retryable ? 'try again later' : 'check the careers URL'}.`,
    { retryable },
  );
}
