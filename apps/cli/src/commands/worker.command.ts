import { Inject, Logger } from '@nestjs/common';
import { Command, CommandRunner, Option } from 'nest-commander';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { WORKER_QUEUES, WorkerHost, parseWorkerQueue, shutdownOnSignals } from '@job-hunter/orchestration';
import { STDERR_LOGGER, type StderrLogger } from '../logging/stderr.logger';
import { EXIT_OK } from '../exit-codes';
import { CommandOutcome } from './command-outcome';
import { WorkerHealthServer, parseHealthPort, workerProbes } from './worker-health.server';

interface WorkerOptions {
  queue?: string;
  verbose?: boolean;
  healthPort?: number;
  healthHost?: string;
}

/** `job-hunter worker [--queue Q]`: serves Temporal task queues until SIGINT or SIGTERM. */
@Command({ name: 'worker', description: `a Temporal worker: --queue ${WORKER_QUEUES.join(' | ')} (default: all)` })
export class WorkerCommand extends CommandRunner {
  private readonly logger = new Logger('Worker');

  constructor(
    private readonly outcome: CommandOutcome,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(STDERR_LOGGER) private readonly stderr: StderrLogger,
    private readonly db: DataSource,
  ) {
    super();
  }

  @Option({ flags: '--queue <queue>', description: `${WORKER_QUEUES.join(' | ')} (default: all)` })
  parseQueue(value: string): string {
    return value;
  }

  @Option({ flags: '--health-port <port>', description: '/health/live, /health/ready and /metrics on this port' })
  parseHealthPort(value: string): number {
    return parseHealthPort(value);
  }

  @Option({ flags: '--health-host <host>', description: 'address the health port binds (default 127.0.0.1)' })
  parseHealthHost(value: string): string {
    return value;
  }

  @Option({ flags: '-v, --verbose', description: 'debug logs on stderr' })
  parseVerbose(): boolean {
    return true;
  }

  async run(_params: string[], options: WorkerOptions): Promise<void> {
    await this.outcome.capture(async () => {
      const queue = parseWorkerQueue(options.queue);
      const { address, namespace } = this.config.temporal;
      this.stderr.setLevel(options.verbose ? 'debug' : this.config.logLevel);
      const health = await this.startHealth(options);
      try {
        // The worker's own Nest context, not the CLI's: SDK retries off (Temporal owns retrying) and
        // per-host limits shared with the other workers through the database; its start-up lines muted.
        const host = await this.stderr.quietWhile(() => WorkerHost.standalone(this.config, queue, this.stderr));
        const removeHandlers = shutdownOnSignals(host);
        health?.readyWhile(() => host.polling());
        this.logger.log(`Worker ready: polling ${host.taskQueues.join(', ')} on ${address} (namespace ${namespace}).`);
        try {
          await host.done();
        } finally {
          removeHandlers();
        }
      } finally {
        await health?.close();
      }
      this.logger.log('Worker stopped.');
      return EXIT_OK;
    });
  }

  /** Live from the start (Kubernetes waits for ready), ready while the workers poll. */
  private async startHealth(options: WorkerOptions): Promise<WorkerHealthServer | undefined> {
    if (options.healthPort === undefined) return undefined;
    const server = await WorkerHealthServer.start({
      port: options.healthPort,
      host: options.healthHost,
      probes: workerProbes(this.config.temporal, this.db),
    });
    this.logger.log(
      `Health and metrics on http://${options.healthHost ?? '127.0.0.1'}:${server.port} (/health/live, /health/ready, /metrics).`,
    );
    return server;
  }
}
