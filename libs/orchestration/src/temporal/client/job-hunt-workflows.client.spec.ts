import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { JobHuntInput } from '../activities/activity-contract';
import { progressQuery } from '../workflows/job-hunt.definitions';
import { TemporalJobHuntWorkflows } from './job-hunt-workflows.client';

const input: JobHuntInput = {
  runId: '20260101-000000-abcdef',
  budgetUsd: 3,
  scrapeConcurrency: 8,
  queues: { default: 'q-default', llm: 'q-llm', scraping: 'q-scraping' },
};

function fakeClient(opts: { startError?: Error; describeError?: Error; query?: () => Promise<unknown> } = {}) {
  const calls = {
    start: [] as unknown[][],
    handles: [] as string[],
    queries: [] as unknown[],
    deadlines: [] as number[],
  };
  const handle = {
    result: async () => ({ runId: input.runId, status: 'success' }),
    query: async (def: unknown) => {
      calls.queries.push(def);
      return opts.query ? opts.query() : { runId: input.runId, stage: 'scrapeJobs' };
    },
    describe: async () => {
      if (opts.describeError) throw opts.describeError;
      return { status: { name: 'RUNNING' } };
    },
  };
  const workflow = {
    start: async (...args: unknown[]) => {
      calls.start.push(args);
      if (opts.startError) throw opts.startError;
      return handle;
    },
    getHandle: (id: string) => {
      calls.handles.push(id);
      return handle;
    },
  };
  const withDeadline = <R>(deadline: number, fn: () => Promise<R>): Promise<R> => {
    calls.deadlines.push(deadline);
    return fn();
  };
  return { client: { workflow, withDeadline } as unknown as Pick<Client, 'workflow' | 'withDeadline'>, calls };
}

describe('TemporalJobHuntWorkflows', () => {
  const closable = { ensureConnected: async () => undefined, close: jest.fn(async () => undefined) };

  it('starts JobHuntWorkflow with the run id as workflow id, on the given queue, with the execution timeout', async () => {
    const { client, calls } = fakeClient();
    const handle = await new TemporalJobHuntWorkflows(client, closable).start(input, {
      taskQueue: 'q-default',
      timeoutSeconds: 1800,
    });
    expect(calls.start).toEqual([
      [
        'JobHuntWorkflow',
        {
          workflowId: input.runId,
          taskQueue: 'q-default',
          args: [input],
          workflowExecutionTimeout: 1_800_000,
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          workflowIdConflictPolicy: 'USE_EXISTING',
        },
      ],
    ]);
    expect(handle.runId).toBe(input.runId);
    const before = Date.now();
    await expect(handle.progress(2000)).resolves.toMatchObject({ stage: 'scrapeJobs' });
    expect(calls.queries).toEqual([progressQuery]);
    expect(calls.deadlines[0]).toBeGreaterThanOrEqual(before + 2000);
    expect(calls.deadlines[0]).toBeLessThan(before + 3000);
  });

  it('attaches to an execution that already exists instead of failing', async () => {
    const { client, calls } = fakeClient({
      startError: new WorkflowExecutionAlreadyStartedError('exists', input.runId, 'JobHuntWorkflow'),
    });
    const handle = await new TemporalJobHuntWorkflows(client, closable).start(input, {
      taskQueue: 'q',
      timeoutSeconds: 1,
    });
    expect(calls.handles).toEqual([input.runId]);
    await expect(handle.result()).resolves.toMatchObject({ status: 'success' });
  });

  it('lets other start errors through', async () => {
    const { client } = fakeClient({ startError: new Error('namespace jobs not found') });
    await expect(
      new TemporalJobHuntWorkflows(client, closable).start(input, { taskQueue: 'q', timeoutSeconds: 1 }),
    ).rejects.toThrow('namespace jobs not found');
  });

  it('reports the execution state, NOT_FOUND for an unknown workflow', async () => {
    const running = fakeClient();
    await expect(new TemporalJobHuntWorkflows(running.client, closable).attach('x').state()).resolves.toBe('RUNNING');
    const missing = fakeClient({ describeError: new WorkflowNotFoundError('gone', 'x', undefined) });
    await expect(new TemporalJobHuntWorkflows(missing.client, closable).attach('x').state()).resolves.toBe('NOT_FOUND');
  });

  it('closes its connection only once no query is in flight', async () => {
    let answer: (v: unknown) => void = () => undefined;
    const { client } = fakeClient({ query: () => new Promise((resolve) => (answer = resolve)) });
    const events: string[] = [];
    const connection = { ensureConnected: async () => undefined, close: async () => void events.push('closed') };
    const workflows = new TemporalJobHuntWorkflows(client, connection);
    const abandoned = workflows.attach(input.runId).progress(1000);
    const closing = workflows.close();
    await new Promise((r) => setTimeout(r, 10));
    expect(events).toEqual([]);
    answer({ stage: null });
    await abandoned;
    await closing;
    expect(events).toEqual(['closed']);
  });
});
