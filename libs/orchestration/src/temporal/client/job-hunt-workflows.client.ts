import {
  type Client,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  type WorkflowExecutionStatusName,
} from '@temporalio/client';
import type { JobHuntInput, JobHuntOutput, JobHuntProgress } from '../activities/activity-contract';
// Definitions only (plain values): the workflow function itself is started by type name.
import { JOB_HUNT_WORKFLOW_TYPE, cancelSignal, progressQuery } from '../workflows/job-hunt.definitions';
import type { JobHuntWorkflow } from '../workflows/job-hunt.workflow';
import type { ClosableConnection } from './temporal-connection.factory';

export type WorkflowState = WorkflowExecutionStatusName | 'NOT_FOUND';

/** One job-hunt workflow execution, as the orchestrator sees it. */
export interface JobHuntHandle {
  readonly runId: string;
  result(): Promise<JobHuntOutput>;
  /** Fails after `deadlineMs`: a query waits for a worker, and there may be none. */
  progress(deadlineMs: number): Promise<JobHuntProgress>;
  state(): Promise<WorkflowState>;
  /** Sends the workflow's cancel signal: a graceful stop (it still aggregates and notifies). */
  cancel(reason?: string): Promise<void>;
}

export interface StartJobHunt {
  taskQueue: string;
  timeoutSeconds: number;
}

/** What the TemporalOrchestrator needs of Temporal; one open connection behind it. */
export interface JobHuntWorkflows {
  start(input: JobHuntInput, options: StartJobHunt): Promise<JobHuntHandle>;
  attach(runId: string): JobHuntHandle;
  close(): Promise<void>;
}

/** The real thing, over `@temporalio/client`. */
export class TemporalJobHuntWorkflows implements JobHuntWorkflows {
  /** Queries nobody waits for any more; closing under them would crash gRPC's retry timer. */
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly client: Pick<Client, 'workflow' | 'withDeadline'>,
    private readonly connection: ClosableConnection,
  ) {}

  async start(input: JobHuntInput, options: StartJobHunt): Promise<JobHuntHandle> {
    try {
      await this.client.workflow.start<typeof JobHuntWorkflow>(JOB_HUNT_WORKFLOW_TYPE, {
        workflowId: input.runId,
        taskQueue: options.taskQueue,
        args: [input],
        workflowExecutionTimeout: options.timeoutSeconds * 1000,
        // A run id is used once: a retried start joins the running execution, a finished one is never redone.
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        workflowIdConflictPolicy: 'USE_EXISTING',
      });
    } catch (e) {
      if (!(e instanceof WorkflowExecutionAlreadyStartedError)) throw e;
    }
    return this.attach(input.runId);
  }

  attach(runId: string): JobHuntHandle {
    const handle = this.client.workflow.getHandle<typeof JobHuntWorkflow>(runId);
    return {
      runId,
      result: () => handle.result(),
      progress: (deadlineMs) =>
        this.track(this.client.withDeadline(Date.now() + deadlineMs, () => handle.query(progressQuery))),
      state: async () => {
        try {
          return (await handle.describe()).status.name;
        } catch (e) {
          if (e instanceof WorkflowNotFoundError) return 'NOT_FOUND';
          throw e;
        }
      },
      cancel: (reason) => handle.signal(cancelSignal, reason),
    };
  }

  /** Waits for outstanding queries (each bounded by its deadline), then closes the connection. */
  async close(): Promise<void> {
    await Promise.all(this.inFlight);
    await this.connection.close();
  }

  private track<T>(call: Promise<T>): Promise<T> {
    const settled = call.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(settled);
    void settled.then(() => this.inFlight.delete(settled));
    return call;
  }
}
