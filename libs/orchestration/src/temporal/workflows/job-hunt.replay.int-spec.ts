import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { historyFromJson, quietTemporalLogs } from '@job-hunter/testing';

// Recorded histories must keep replaying: a change that reorders or adds activity calls
// without versioning (patched()) would break runs in flight. The fixture is written by the
// tests of job-hunt.workflow.int-spec.ts when they are missing.
jest.setTimeout(30_000);
quietTemporalLogs();
const recorded = (name: string) =>
  historyFromJson(JSON.parse(readFileSync(path.join(__dirname, 'histories', name), 'utf8')));
const history = recorded('job-hunt-success.json');

describe('JobHuntWorkflow replay', () => {
  it('replays the recorded history of a successful run from before discovery rounds', async () => {
    await expect(
      Worker.runReplayHistory({ workflowsPath: require.resolve('./index') }, history),
    ).resolves.toBeUndefined();
  });

  it('replays the recorded history of a run with discovery rounds', async () => {
    await expect(
      Worker.runReplayHistory({ workflowsPath: require.resolve('./index') }, recorded('job-hunt-discovery.json')),
    ).resolves.toBeUndefined();
  });

  it('replays the recorded history of a run whose light steps are local activities', async () => {
    await expect(
      Worker.runReplayHistory({ workflowsPath: require.resolve('./index') }, recorded('job-hunt-local-steps.json')),
    ).resolves.toBeUndefined();
  });

  it('replays the recorded history of a run a saved search schedule started', async () => {
    await expect(
      Worker.runReplayHistory({ workflowsPath: require.resolve('./index') }, recorded('job-hunt-scheduled.json')),
    ).resolves.toBeUndefined();
  });

  it('fails to replay it on workflow code whose steps moved', async () => {
    const changed = require.resolve('./test-support/reordered-steps.workflow');
    await expect(Worker.runReplayHistory({ workflowsPath: changed }, history)).rejects.toBeInstanceOf(
      DeterminismViolationError,
    );
  });
});
