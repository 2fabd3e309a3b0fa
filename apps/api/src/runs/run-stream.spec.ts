import type { Understanding } from '@job-hunter/domain';
import type { RunView } from './run-view';
import { changes } from './run-stream';

const view = (over: Partial<RunView>): RunView => ({
  runId: 'r',
  status: 'running',
  orchestrator: 'temporal',
  startedAt: '2026-01-02T10:00:00.000Z',
  finishedAt: null,
  finishedStages: [],
  currentStage: 'parseResume',
  progress: { companiesDone: 0, companiesTotal: 0 },
  errors: [],
  ...over,
});

describe('changes between two polls of a run another process runs', () => {
  it('tells the stages finished and started since, the understanding when new, and the end', () => {
    const before = view({ finishedStages: ['parseResume'], currentStage: 'parsePreferences' });
    const now = view({
      finishedStages: ['parseResume', 'parsePreferences', 'findCompanies'],
      currentStage: 'scrapeJobs',
      reading: { roles: ['backend engineer'] } as RunView['reading'],
    });
    expect(changes(before, now)).toEqual([
      { type: 'stage', data: { stage: 'parsePreferences', state: 'done', summary: null } },
      { type: 'stage', data: { stage: 'findCompanies', state: 'done', summary: null } },
      { type: 'stage', data: { stage: 'scrapeJobs', state: 'started', summary: null } },
    ]);
    expect(changes(now, now)).toEqual([]);
    const understanding = { reading: now.reading, readBy: 'rules', disagreements: [], warnings: [] } as Understanding;
    expect(changes(now, view({ ...now, status: 'partial', currentStage: null }), understanding)).toEqual([
      { type: 'understanding', data: understanding },
      { type: 'end', data: { status: 'partial' } },
    ]);
  });
});
