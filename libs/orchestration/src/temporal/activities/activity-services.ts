import type { INestApplicationContext } from '@nestjs/common';
import { APP_CONFIG } from '@job-hunter/config';
import {
  CheckpointRepository,
  RunInputRepository,
  RunRepository,
  SavedSearchRepository,
} from '@job-hunter/persistence';
import { DiscoveryRounds } from '../../discovery/discovery-rounds';
import { CompanyScraper } from '../../stages/company-scraper';
import { RunFinisher } from '../../stages/run-finisher';
import { StageRunner } from '../../stages/stage-runner';
import type { ActivityServices } from './activities.factory';
import { SearchRuns } from './search-runs';

/** The services a worker's activities call, taken from the process's Nest context (agents, store, config). */
export function activityServicesOf(app: Pick<INestApplicationContext, 'get'>): ActivityServices {
  return {
    runner: app.get(StageRunner),
    scraper: app.get(CompanyScraper),
    checkpoints: app.get(CheckpointRepository),
    discovery: app.get(DiscoveryRounds),
    searchRuns: new SearchRuns({
      config: app.get(APP_CONFIG),
      runs: app.get(RunRepository),
      inputs: app.get(RunInputRepository),
      searches: app.get(SavedSearchRepository),
      finisher: app.get(RunFinisher),
    }),
  };
}
