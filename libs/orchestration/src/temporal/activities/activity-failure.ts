import { ApplicationFailure, CancelledFailure } from '@temporalio/activity';
import { errorMessage, isJobHunterError } from '@job-hunter/domain';

/**
 * Translates what an activity threw into what Temporal records (architecture: errors are
 * translated at each edge). A JobHunterError keeps its code as the failure type and is
 * non-retryable unless its code says otherwise; anything else stays retryable. Messages go
 * through `redact`, since failures are stored in the workflow history.
 */
export function toActivityFailure(error: unknown, signal: AbortSignal, redact: (text: string) => string): Error {
  // Once the workflow cancelled the activity, whatever the agent threw is the cancellation.
  if (signal.aborted) {
    return error instanceof CancelledFailure ? error : new CancelledFailure('Activity cancelled');
  }
  if (error instanceof ApplicationFailure) return error;
  if (isJobHunterError(error)) {
    return ApplicationFailure.create({
      type: error.code,
      message: redact(error.message),
      nonRetryable: !error.retryable,
    });
  }
  const type = error instanceof Error && error.name ? error.name : 'Error';
  return ApplicationFailure.create({ type, message: redact(errorMessage(error)), nonRetryable: false });
}
