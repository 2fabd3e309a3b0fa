import { Module, type DynamicModule } from '@nestjs/common';
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
import { CheckpointOrchestrator } from './checkpoint/checkpoint.orchestrator';
import { ORCHESTRATOR } from './orchestrator';
import { OrchestratorSelector } from './orchestrator-selector';
import { StageRunner } from './stages/stage-runner';

/** Provides the orchestrators through DI; ORCHESTRATOR is the one JH_ORCHESTRATOR names. */
@Module({})
export class OrchestratorModule {
  static forRoot(): DynamicModule {
    return {
      module: OrchestratorModule,
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
      providers: [
        StageRunner,
        CheckpointOrchestrator,
        OrchestratorSelector,
        { provide: ORCHESTRATOR, inject: [OrchestratorSelector], useFactory: (s: OrchestratorSelector) => s.get() },
      ],
      exports: [ORCHESTRATOR, OrchestratorSelector, StageRunner, CheckpointOrchestrator],
    };
  }
}
