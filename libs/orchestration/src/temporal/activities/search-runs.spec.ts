import type { RunResult } from '@job-hunter/domain';
import { appConfig } from '../client/temporal-client.fixtures';
import { SearchRuns } from './search-runs';

function searchRuns(runConfig = { searchId: 's1', settings: undefined }) {
  const calls: string[] = [];
  const deps = {
    config: appConfig(),
    runs: {
      get: jest.fn(async () => ({ config: runConfig }) as never),
      create: jest.fn(),
      setStatus: jest.fn(async (id: string, status: string) => void calls.push(`${id} ${status}`)),
    },
    inputs: { save: jest.fn() },
    searches: {
      get: jest.fn(),
      recordRun: jest.fn(async (id: string, runId: string) => void calls.push(`${id} <- ${runId}`)),
    },
    finisher: {
      finish: jest.fn(async () => ({
        result: { status: 'partial', stats: { jobsInOutput: 4 } } as RunResult,
        digest: {} as never,
      })),
    },
  };
  return { runs: new SearchRuns(deps), deps, calls };
}

describe('SearchRuns', () => {
  it("finishes a run as the CLI would, and notes it as the search's last run", async () => {
    const { runs, deps, calls } = searchRuns();
    const ending = { status: 'partial' as const, errors: [] };
    expect(await runs.finish('r1', ending)).toEqual({ summary: 'partial, 4 jobs' });
    expect(deps.finisher.finish).toHaveBeenCalledWith('r1', ending);
    expect(calls).toEqual(['s1 <- r1']);
  });

  it('only marks a run failed whose workflow failed before it had a result', async () => {
    const { runs, deps, calls } = searchRuns();
    expect(await runs.finish('r1', { status: 'failed', errors: [], unfinished: true })).toEqual({ summary: 'failed' });
    expect(deps.finisher.finish).not.toHaveBeenCalled();
    expect(calls).toEqual(['r1 failed', 's1 <- r1']);
  });

  it('finds the run an earlier attempt recorded instead of recording another', async () => {
    const { runs, deps } = searchRuns();
    expect(await runs.open('s1', 'r1')).toEqual({ runId: 'r1', budgetUsd: 2.5 });
    expect(deps.searches.get).not.toHaveBeenCalled();
    expect(deps.runs.create).not.toHaveBeenCalled();
  });

  it('refuses for good to run a search that no longer exists', async () => {
    const { runs, deps } = searchRuns();
    deps.runs.get.mockResolvedValueOnce(undefined as never);
    deps.searches.get.mockResolvedValueOnce(null as never);
    await expect(runs.open('gone', 'r2')).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });
  });
});
