import { Global, Module, type DynamicModule } from '@nestjs/common';
import { LLM_CLIENT_OPTIONS, type LlmClientOptions } from '@job-hunter/llm';
import { AppConfigModule, type AppConfig } from '@job-hunter/config';
import { PersistenceModule } from '@job-hunter/persistence';
import { OrchestratorModule } from '../../orchestrator.module';

/**
 * Under Temporal the activity retry policies own retries, so the worker lowers the Anthropic
 * SDK's own retries to 0 (they would multiply with Temporal's).
 */
export const TEMPORAL_LLM_CLIENT_OPTIONS: LlmClientOptions = { maxRetries: 0 };

@Global()
@Module({
  providers: [{ provide: LLM_CLIENT_OPTIONS, useValue: TEMPORAL_LLM_CLIENT_OPTIONS }],
  exports: [LLM_CLIENT_OPTIONS],
})
class TemporalLlmOptionsModule {}

/**
 * The provider graph of a standalone worker process: the same agents, store and config the
 * CLI and the API use, so activities run exactly the checkpoint pipeline's code.
 */
@Module({})
export class WorkerContextModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerContextModule,
      imports: [
        AppConfigModule.forRoot(config),
        TemporalLlmOptionsModule,
        PersistenceModule.forRoot(),
        OrchestratorModule.forRoot(),
      ],
    };
  }
}
