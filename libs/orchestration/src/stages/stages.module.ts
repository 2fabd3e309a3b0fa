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
import { RunFinisher } from './run-finisher';

/** The eight agents, the StageRunner that drives them, the discovery rounds and finishRun; shared by both orchestrators. */
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
  providers: [StageRunner, DiscoveryRounds, RunFinisher],
  exports: [StageRunner, DiscoveryRounds, RunFinisher],
})
export class StagesModule {}
