import { Module, type DynamicModule } from '@nestjs/common';
import { AppConfigModule, type AppConfig } from '@job-hunter/config';
import { PersistenceModule } from '@job-hunter/persistence';
import { OrchestratorModule } from '../../orchestrator.module';

/**
 * The provider graph of a standalone worker process: the same agents, store and config the
 * CLI and the API use, so activities run exactly the checkpoint pipeline's code.
 *
 * Seam for the Anthropic engine: under Temporal the activity retry policies own retries, so
 * when that engine lands, this module is where the worker overrides its client options with
 * `maxRetries: 0` (the SDK's own retries would multiply with Temporal's).
 */
@Module({})
export class WorkerContextModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerContextModule,
      imports: [AppConfigModule.forRoot(config), PersistenceModule.forRoot(), OrchestratorModule.forRoot()],
    };
  }
}
