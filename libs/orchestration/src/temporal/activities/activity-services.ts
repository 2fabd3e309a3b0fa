import type { INestApplicationContext } from '@nestjs/common';
import { CheckpointRepository } from '@job-hunter/persistence';
import { DiscoveryRounds } from '../../discovery/discovery-rounds';
import { CompanyScraper } from '../../stages/company-scraper';
import { StageRunner } from '../../stages/stage-runner';
import type { ActivityServices } from './activities.factory';

/** The services a worker's activities call, taken from the process's Nest context (agents, store, config). */
export function activityServicesOf(app: Pick<INestApplicationContext, 'get'>): ActivityServices {
  return {
    runner: app.get(StageRunner),
    scraper: app.get(CompanyScraper),
    checkpoints: app.get(CheckpointRepository),
    discovery: app.get(DiscoveryRounds),
  };
}
