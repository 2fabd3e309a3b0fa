import { Module } from '@nestjs/common';
import {
  AggregatorModule,
  CompanyFinderModule,
  JobProcessorModule,
  JobsScorerModule,
  JobsScraperModule,
  NotifierModule,
  PrefsParserModule,
  ResumeParserModule,
} from '@job-hunter/agents';
import { DiscoveryRounds } from '../discovery/discovery-rounds';
import { StageRunner } from './stage-runner';
import { StageTable } from './stage-table';
import { CompanyScraper } from './company-scraper';
import { RunFinisher } from './run-finisher';

/** The eight agents, the stage table over them and the StageRunner that drives it, the company scraper, the discovery rounds and finishRun; shared by both orchestrators. */
@Module({
  imports: [
    ResumeParserModule,
    PrefsParserModule,
    CompanyFinderModule,
    JobsScraperModule,
    JobProcessorModule,
    JobsScorerModule,
    AggregatorModule,
    NotifierModule,
  ],
  providers: [StageTable, CompanyScraper, StageRunner, DiscoveryRounds, RunFinisher],
  exports: [StageRunner, CompanyScraper, DiscoveryRounds, RunFinisher],
})
export class StagesModule {}
