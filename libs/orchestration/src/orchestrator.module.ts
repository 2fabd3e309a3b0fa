import { Module, type DynamicModule } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { CheckpointOrchestrator } from './checkpoint/checkpoint.orchestrator';
import { ORCHESTRATOR } from './orchestrator';
import { OrchestratorSelector } from './orchestrator-selector';
import { StagesModule } from './stages/stages.module';
import { TemporalClientModule } from './temporal/temporal-client.module';

/**
 * Provides the orchestrators through DI. ORCHESTRATOR is the one JH_ORCHESTRATOR names,
 * resolved without probing Temporal, so booting never waits on the network; new runs go
 * through `OrchestratorSelector.select`, which probes and falls back.
 */
@Module({})
export class OrchestratorModule {
  static forRoot(): DynamicModule {
    return {
      module: OrchestratorModule,
      imports: [StagesModule, TemporalClientModule],
      providers: [
        CheckpointOrchestrator,
        OrchestratorSelector,
        {
          provide: ORCHESTRATOR,
          inject: [OrchestratorSelector, APP_CONFIG],
          useFactory: (s: OrchestratorSelector, c: AppConfig) => s.owner(c.orchestrator),
        },
      ],
      exports: [ORCHESTRATOR, OrchestratorSelector, StagesModule, CheckpointOrchestrator, TemporalClientModule],
    };
  }
}
