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
import { StageRunner } from './stage-runner';

/** The eight agents and the StageRunner that drives them; shared by both orchestrators. */
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
  providers: [StageRunner],
  exports: [StageRunner],
})
export class StagesModule {}
