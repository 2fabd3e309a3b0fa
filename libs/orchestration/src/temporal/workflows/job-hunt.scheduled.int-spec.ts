import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from '@temporalio/worker';
import { createTestEnv, historyToJson } from '@job-hunter/testing';
import { scheduledRunId } from './scheduled-run-id';
import { SCHEDULED_AT, nonRetryable, succeeded, useHuntEnv } from './test-support/workflow-harness';

jest.setTimeout(30_000);

const { runHunt, bundle } = useHuntEnv(createTestEnv);
const SEARCH = '0b6f3c0e-5d1a-4c2e-9a43-7f1d2c3b4a59';
const RUN_ID = `${SEARCH}-2026-12-06T070000Z`;
// Replayed by job-hunt.replay.int-spec.ts; recorded by the first test when missing.
const FIXTURE = path.join(__dirname, 'histories', 'job-hunt-scheduled.json');

describe('JobHuntWorkflow started by a saved search schedule', () => {
  it('records the run from the search under an id from its workflow id, runs every step on it, finishes it, and replays', async () => {
    const run = await runHunt({ companies: 2, searchId: SEARCH });
    const out = succeeded(run);
    expect(scheduledRunId(`${SEARCH}-${SCHEDULED_AT}`)).toBe(RUN_ID);
    expect(run.log.calls[0]?.input).toEqual({ searchId: SEARCH, runId: RUN_ID });
    const names = run.log.calls.map((c) => c.name);
    expect([names[0], names[1], names.at(-2), names.at(-1)]).toEqual([
      'openSearchRun',
      'parseResume',
      'notify',
      'finishSearchRun',
    ]);
    // Every step works on the run the first one recorded, with the budget it read from it.
    for (const call of run.log.calls.slice(1)) expect(call.input).toMatchObject({ runId: RUN_ID });
    expect(run.log.called('openSearchRun')[0]?.taskQueue).toBe(run.input.queues.default);
    expect(run.log.called('finishSearchRun')[0]?.input).toEqual({
      runId: RUN_ID,
      status: 'success',
      errors: [],
      timings: out.timings,
    });
    expect(out).toMatchObject({ runId: RUN_ID, status: 'success' });
    const history = await run.handle.fetchHistory();
    await Worker.runReplayHistory({ workflowBundle: bundle() }, history);
    if (!existsSync(FIXTURE)) writeFileSync(FIXTURE, `${historyToJson(history)}\n`);
  });

  it('finishes a run whose digest failed as partial, with the error, as the CLI would', async () => {
    const run = await runHunt({
      companies: 1,
      searchId: SEARCH,
      behaviour: { notify: { fail: () => nonRetryable('NOTIFY_FAILED') } },
    });
    expect(succeeded(run).status).toBe('partial');
    expect(run.log.called('finishSearchRun')[0]?.input).toMatchObject({
      runId: RUN_ID,
      status: 'partial',
      errors: [expect.objectContaining({ stage: 'notify', code: 'NOTIFY_FAILED' })],
    });
  });

  it('marks the run failed as its last step when the workflow fails, and still fails', async () => {
    const run = await runHunt({
      searchId: SEARCH,
      behaviour: { parseResume: { fail: () => nonRetryable('RESUME_UNREADABLE') } },
    });
    expect(run.outcome.ok).toBe(false);
    expect(run.log.order()).toEqual(['openSearchRun', 'parseResume', 'finishSearchRun']);
    expect(run.log.called('finishSearchRun')[0]?.input).toEqual({
      runId: RUN_ID,
      status: 'failed',
      errors: [],
      unfinished: true,
    });
  });

  it('fails without running a step when the search cannot be recorded (deleted meanwhile)', async () => {
    const run = await runHunt({
      searchId: SEARCH,
      behaviour: { openSearchRun: { fail: () => nonRetryable('RUN_NOT_FOUND') } },
    });
    expect(run.outcome.ok).toBe(false);
    expect(run.log.order()).toEqual(['openSearchRun']);
  });
});
