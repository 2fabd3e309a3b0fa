import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import type { OrchestratorKind } from '@job-hunter/domain';
import { DiscoveryRounds, StageRunner, WorkerHost } from '@job-hunter/orchestration';
import type { HuntOptions } from './hunt-options';

/**
 * `run --temporal --with-worker` (or JH_TEMPORAL_EMBEDDED_WORKER): the workers of every queue
 * inside the `run` process, for a single machine; they stop when the run is over.
 */
@Injectable()
export class EmbeddedWorker {
  private readonly logger = new Logger('Worker');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runner: StageRunner,
    private readonly discovery: DiscoveryRounds,
  ) {}

  wanted(options: HuntOptions, orchestrator: OrchestratorKind): boolean {
    return orchestrator === 'temporal' && (options.withWorker === true || this.config.temporal.embeddedWorker);
  }

  async around<T>(enabled: boolean, work: () => Promise<T>): Promise<T> {
    if (!enabled) return work();
    const host = await WorkerHost.start({
      config: this.config,
      runner: this.runner,
      discovery: this.discovery,
      queue: 'all',
    });
    this.logger.log(`Embedded worker polling ${host.taskQueues.join(', ')}.`);
    try {
      return await work();
    } finally {
      await host.shutdown();
    }
  }
}
