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

/** The eight agents, the StageRunner that drives them and the discovery rounds; shared by both orchestrators. */
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
  providers: [StageRunner, DiscoveryRounds],
  exports: [StageRunner, DiscoveryRounds],
})
export class StagesModule {}
