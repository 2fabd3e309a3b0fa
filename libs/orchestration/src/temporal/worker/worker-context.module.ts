import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LLM_CLIENT_OPTIONS, type LlmClientOptions } from '@job-hunter/llm';
import { AppConfigModule, type AppConfig } from '@job-hunter/config';
import { HOST_LEASES, HostLeases } from '@job-hunter/job-boards';
import { HostLeaseRepository, PersistenceModule } from '@job-hunter/persistence';
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
 * Per-host and per-tenant request limits shared through the database: any number of workers,
 * on one machine or many, together keep to the limits one process keeps alone.
 */
@Global()
@Module({
  providers: [
    {
      provide: HOST_LEASES,
      useFactory: (dataSource: DataSource) => new HostLeases(new HostLeaseRepository(dataSource)),
      inject: [DataSource],
    },
  ],
  exports: [HOST_LEASES],
})
class SharedHostLimitsModule {}

/**
 * The provider graph of a standalone worker process: the same agents, store and config the
 * CLI and the API use, so activities run exactly the checkpoint pipeline's code — plus what
 * only a worker needs (SDK retries off, limits shared with the other workers).
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
        SharedHostLimitsModule,
        OrchestratorModule.forRoot(),
      ],
    };
  }
}
