// Runs JobHuntWorkflow on a real local server with stub activities: one worker per task queue
// (all three share the stubs, which record the queue each call arrived on).
import { randomUUID } from 'node:crypto';
import type { WorkflowHandle, WorkflowStartOptions } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Worker, bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { JobHuntInput, JobHuntOutput, JobHuntStart } from '../../activities/activity-contract';
import { JobHuntWorkflow } from '../index';
import { createStubActivities, type StubLog, type StubOptions } from './stub-activities';

export interface HuntRun {
  handle: WorkflowHandle<typeof JobHuntWorkflow>;
  input: JobHuntInput;
  log: StubLog;
  /** The workflow's result, or the error result() rejected with. */
  outcome: { ok: true; value: JobHuntOutput } | { ok: false; error: unknown };
  elapsedMs: number;
}

export interface HuntOptions extends StubOptions {
  input?: Partial<Omit<JobHuntInput, 'runId' | 'queues'>>;
  start?: Partial<Pick<WorkflowStartOptions, 'workflowExecutionTimeout'>>;
  /**
   * Starts it as a saved search's schedule does: with this search id instead of the run, under the
   * workflow id a schedule gives (the search id plus the scheduled time, SCHEDULED_AT).
   */
  searchId?: string;
  /** Runs while the workflow runs (queries, signals). */
  during?: (handle: WorkflowHandle<typeof JobHuntWorkflow>, log: StubLog) => Promise<void>;
}

export type RunHunt = (options?: HuntOptions) => Promise<HuntRun>;

/** The scheduled time a schedule appends to a scheduled run's workflow id. */
export const SCHEDULED_AT = '2026-12-06T07:00:00Z';

/**
 * One server (from `createEnv`, i.e. createTestEnv of @job-hunter/testing, which specs may
 * import) and one workflow bundle per test file; returns the runner for its tests.
 */
export function useHuntEnv(createEnv: () => Promise<TestWorkflowEnvironment>): {
  runHunt: RunHunt;
  bundle: () => WorkflowBundleWithSourceMap;
} {
  let env: TestWorkflowEnvironment | undefined;
  let bundle: WorkflowBundleWithSourceMap | undefined;
  beforeAll(async () => {
    [env, bundle] = await Promise.all([
      createEnv(),
      bundleWorkflowCode({ workflowsPath: require.resolve('../index'), logger: new DefaultLogger('ERROR') }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await env?.teardown();
  });
  const ready = () => {
    if (!env || !bundle) throw new Error('The Temporal test environment did not start.');
    return { env, bundle };
  };
  return {
    runHunt: (options) => {
      const { env: e, bundle: b } = ready();
      return runHunt(e, b, options);
    },
    bundle: () => ready().bundle,
  };
}

async function runHunt(
  env: TestWorkflowEnvironment,
  bundle: WorkflowBundleWithSourceMap,
  options: HuntOptions = {},
): Promise<HuntRun> {
  const { activities, log } = createStubActivities(options);
  const id = randomUUID();
  const queues = { default: `default-${id}`, llm: `llm-${id}`, scraping: `scraping-${id}` };
  const input: JobHuntInput = { runId: `run-${id}`, budgetUsd: 10, scrapeConcurrency: 4, queues, ...options.input };
  // Heartbeats reach the server at once, so cancellations reach the stubs in ~100 ms.
  const common = {
    connection: env.nativeConnection,
    activities,
    maxHeartbeatThrottleInterval: 100,
    defaultHeartbeatThrottleInterval: 100,
  };
  const workers = await Promise.all([
    Worker.create({ ...common, taskQueue: queues.default, workflowBundle: bundle }),
    Worker.create({ ...common, taskQueue: queues.llm }),
    Worker.create({ ...common, taskQueue: queues.scraping }),
  ]);
  const running = workers.map((w) => w.run());
  const started = Date.now();
  try {
    const { searchId } = options;
    const start: JobHuntStart = searchId ? { searchId, scrapeConcurrency: input.scrapeConcurrency, queues } : input;
    const handle = await env.client.workflow.start(JobHuntWorkflow, {
      args: [start],
      taskQueue: queues.default,
      workflowId: searchId ? `${searchId}-${SCHEDULED_AT}` : input.runId,
      ...options.start,
    });
    const result = handle.result().then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    await options.during?.(handle, log);
    const outcome = await result;
    return { handle, input, log, outcome, elapsedMs: Date.now() - started };
  } finally {
    for (const w of workers) w.shutdown();
    await Promise.all(running);
  }
}

export function succeeded(run: HuntRun): JobHuntOutput {
  if (!run.outcome.ok) throw run.outcome.error;
  return run.outcome.value;
}

/** Polls `probe` until it returns true (deadline 10 s). */
export async function eventually(probe: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What an activity throws for an error no retry can fix (as the real activities do). */
export function nonRetryable(code: string, company?: string): ApplicationFailure {
  return ApplicationFailure.create({
    message: `${code} in a stub`,
    type: code,
    nonRetryable: true,
    details: company ? [{ company }] : [],
  });
}
