import {
  ApplicationFailure,
  CancelledFailure,
  TerminatedFailure,
  TimeoutFailure,
  WorkflowFailedError,
} from '@temporalio/client';
import { ERROR_CODES, JobHunterError, errorMessage, type ErrorCode } from '@job-hunter/domain';

/** True when `error` says the workflow itself ended badly (as opposed to the client losing Temporal). */
export function isWorkflowFailure(error: unknown): error is WorkflowFailedError {
  return error instanceof WorkflowFailedError;
}

/**
 * Turns a failed workflow into the product's error: the code an activity failed with (its
 * ApplicationFailure type) when it is one of ours, else INTERNAL; the message of the
 * innermost cause, which is the one that says what went wrong.
 */
export function workflowFailureError(
  runId: string,
  error: WorkflowFailedError,
  timeoutSeconds: number,
): JobHunterError {
  const chain = causeChain(error.cause);
  const first = chain[0];
  if (first instanceof TimeoutFailure) {
    return new JobHunterError(
      'INTERNAL',
      `Run ${runId} did not finish within ${timeoutSeconds} s (JH_TEMPORAL_WORKFLOW_TIMEOUT_SECONDS). ` +
        'Check that workers are running (`job-hunter worker`) for every task queue, or raise the timeout.',
    );
  }
  if (first instanceof CancelledFailure || first instanceof TerminatedFailure) {
    const how = first instanceof CancelledFailure ? 'cancelled' : 'terminated';
    return new JobHunterError('INTERNAL', `Run ${runId} was ${how} in Temporal (${first.message}); start a new run.`);
  }
  const coded = chain.find(
    (c): c is ApplicationFailure & { type: ErrorCode } => c instanceof ApplicationFailure && isErrorCode(c.type),
  );
  const root = chain.at(-1) ?? error;
  return new JobHunterError(
    coded?.type ?? 'INTERNAL',
    `Run ${runId} failed: ${errorMessage(root)} (see the worker logs and \`job-hunter status ${runId}\`).`,
  );
}

function causeChain(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let c = error; c instanceof Error && chain.length < 20; c = c.cause) chain.push(c);
  return chain;
}

function isErrorCode(type: unknown): type is ErrorCode {
  return typeof type === 'string' && Object.hasOwn(ERROR_CODES, type);
}
