import type { AppConfig } from '@job-hunter/config';
import { JobHunterError, type RunConfig } from '@job-hunter/domain';
import type { RunInputRepository, RunRepository, SavedSearchRepository } from '@job-hunter/persistence';
import { createRunRecord } from '../../run-record';
import { runSettings } from '../../run-settings';
import type { RunEnding, RunFinisher } from '../../stages/run-finisher';
import { searchRunConfig } from '../../searches/search-run-config';
import type { OpenedSearchRun } from './activity-contract';
import type { SearchRunSteps } from './activities.factory';

export interface SearchRunsDeps {
  config: AppConfig;
  runs: Pick<RunRepository, 'get' | 'create' | 'setStatus'>;
  inputs: Pick<RunInputRepository, 'save'>;
  searches: Pick<SavedSearchRepository, 'get' | 'recordRun'>;
  finisher: Pick<RunFinisher, 'finish'>;
}

/**
 * A saved search's scheduled runs on a worker, where no client waits for them: the run recorded
 * from the stored search (searchRunConfig, as `search run` builds it) as any Temporal run's client
 * records it, and at the end the same finish step the client takes (RunFinisher), noted on the
 * search as its last run.
 */
export class SearchRuns implements SearchRunSteps {
  constructor(private readonly deps: SearchRunsDeps) {}

  /** A retried first step finds the run its earlier attempt recorded instead of recording another. */
  async open(searchId: string, runId: string): Promise<OpenedSearchRun> {
    const config = (await this.deps.runs.get(runId))?.config ?? (await this.record(searchId, runId));
    return { runId, budgetUsd: runSettings(config, this.deps.config).maxCostPerRunUsd };
  }

  async finish(runId: string, ending: RunEnding & { unfinished?: boolean }): Promise<{ summary: string }> {
    const { unfinished, ...rest } = ending;
    const at = new Date().toISOString();
    const summary = unfinished
      ? await this.deps.runs.setStatus(runId, 'failed', at).then(() => 'failed')
      : await this.deps.finisher
          .finish(runId, rest)
          .then(({ result }) => `${result.status}, ${result.stats.jobsInOutput} jobs`);
    // The search's last run, as `search show` tells it.
    const searchId = (await this.deps.runs.get(runId))?.config.searchId;
    if (searchId) await this.deps.searches.recordRun(searchId, runId, at);
    return { summary };
  }

  private async record(searchId: string, runId: string): Promise<RunConfig> {
    const { config, runs, inputs, searches } = this.deps;
    const search = await searches.get(searchId);
    if (!search) {
      throw new JobHunterError(
        'RUN_NOT_FOUND',
        `Saved search ${searchId} no longer exists; its schedule started run ${runId} anyway: delete the schedule (temporal schedule delete --schedule-id ${searchId}).`,
      );
    }
    const run = await searchRunConfig(search, new Date(), config, runId);
    return createRunRecord({ runs, inputs }, { ...run, orchestrator: 'temporal' }, 'temporal', config);
  }
}
