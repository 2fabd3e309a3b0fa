import type { RunStatusView } from '@job-hunter/orchestration';
import { renderStatus } from './status.command';

const view = (over: Partial<RunStatusView>): RunStatusView => ({
  runId: 'r1',
  status: 'running',
  orchestrator: 'checkpoint',
  startedAt: '2026-01-02T10:00:00.000Z',
  finishedAt: null,
  finishedStages: [],
  currentStage: 'parseResume',
  result: null,
  ...over,
});

describe('status, as a person reads it', () => {
  it('shows a run queued by the API as waiting, with no stage under way', () => {
    const text = renderStatus(view({ status: 'queued', currentStage: null }));
    expect(text.split('\n')).toEqual([
      'Run r1: queued (checkpoint)',
      'Started 2026-01-02T10:00:00.000Z',
      'Finished stages: none',
      "Waiting in the API's queue: it starts when a place is free.",
    ]);
  });

  it('says nothing of a queue for a running run', () => {
    expect(renderStatus(view({}))).not.toContain('queue');
  });
});
