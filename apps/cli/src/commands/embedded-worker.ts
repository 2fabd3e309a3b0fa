import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import type { OrchestratorKind } from '@job-hunter/domain';
import { WorkerHost } from '@job-hunter/orchestration';
import { STDERR_LOGGER, type StderrLogger } from '../logging/stderr.logger';
import type { HuntOptions } from './hunt-options';

/**
 * `run --temporal --with-worker` (or JH_TEMPORAL_EMBEDDED_WORKER): the workers of every queue
 * inside the `run` process, for a single machine; they stop when the run is over. They get a
 * worker's own context, as `job-hunter worker` does (SDK retries off, shared per-host limits).
 */
@Injectable()
export class EmbeddedWorker {
  private readonly logger = new Logger('Worker');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(STDERR_LOGGER) private readonly stderr: StderrLogger,
  ) {}

  wanted(options: HuntOptions, orchestrator: OrchestratorKind): boolean {
    return orchestrator === 'temporal' && (options.withWorker === true || this.config.temporal.embeddedWorker);
  }

  async around<T>(enabled: boolean, work: () => Promise<T>): Promise<T> {
    if (!enabled) return work();
    // Its Nest context's start-up lines stay quiet, as the CLI's own do.
    const host = await this.stderr.quietWhile(() => WorkerHost.standalone(this.config, 'all', this.stderr));
    this.logger.log(`Embedded worker polling ${host.taskQueues.join(', ')}.`);
    try {
      return await work();
    } finally {
      await host.shutdown();
    }
  }
}
