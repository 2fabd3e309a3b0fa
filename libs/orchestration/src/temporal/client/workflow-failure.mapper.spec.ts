import {
  ActivityFailure,
  ApplicationFailure,
  CancelledFailure,
  TimeoutFailure,
  WorkflowFailedError,
} from '@temporalio/client';
import { RetryState, TimeoutType } from '@temporalio/common';
import { workflowFailureError, isWorkflowFailure } from './workflow-failure.mapper';

const failed = (cause: Error): WorkflowFailedError =>
  new WorkflowFailedError('Workflow execution failed', cause, RetryState.NON_RETRYABLE_FAILURE);

describe('workflowFailureError', () => {
  it("keeps the failing activity's error code and its message", () => {
    const app = ApplicationFailure.create({
      type: 'RESUME_UNREADABLE',
      message: 'resume.pdf has no text layer',
      nonRetryable: true,
    });
    const activity = new ActivityFailure(
      'Activity task failed',
      'parseResume',
      '1',
      RetryState.NON_RETRYABLE_FAILURE,
      'w',
      app,
    );
    const e = workflowFailureError('run-1', failed(activity), 600);
    expect(e.code).toBe('RESUME_UNREADABLE');
    expect(e.message).toContain('Run run-1 failed: resume.pdf has no text layer');
  });

  it('uses INTERNAL for failure types that are not ours', () => {
    const e = workflowFailureError(
      'run-1',
      failed(ApplicationFailure.create({ type: 'TypeError', message: 'x is undefined' })),
      600,
    );
    expect(e.code).toBe('INTERNAL');
    expect(e.message).toContain('x is undefined');
  });

  it('explains a workflow timeout with the variable that sets it', () => {
    const e = workflowFailureError(
      'run-1',
      failed(new TimeoutFailure('timed out', undefined, TimeoutType.START_TO_CLOSE)),
      600,
    );
    expect(e.message).toContain('600 s');
    expect(e.message).toContain('JH_TEMPORAL_WORKFLOW_TIMEOUT_SECONDS');
  });

  it('says when the workflow was cancelled', () => {
    expect(workflowFailureError('run-1', failed(new CancelledFailure('Workflow canceled')), 600).message).toContain(
      'cancelled',
    );
  });

  it('tells workflow failures from lost connections', () => {
    expect(isWorkflowFailure(failed(new Error('x')))).toBe(true);
    expect(isWorkflowFailure(new Error('14 UNAVAILABLE'))).toBe(false);
  });
});
