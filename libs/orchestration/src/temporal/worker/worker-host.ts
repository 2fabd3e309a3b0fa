import type { LoggerService } from '@nestjs/common';
import type { NativeConnection, Worker } from '@temporalio/worker';
import { redactSecrets, type AppConfig } from '@job-hunter/config';
import { errorMessage } from '@job-hunter/domain';
import { temporalWorkerTracing } from '@job-hunter/telemetry';
import { createActivities, type ActivityServices } from '../activities/activities.factory';
import { activityServicesOf } from '../activities/activity-services';
import { nativeConnectionOptions } from '../client/temporal-connection.factory';
import { TemporalConnectionError } from '../client/temporal-connection.error';
import { queueSpecs, type QueueSpec, type WorkerQueue } from './worker-queues';
import { workflowBundle } from './workflow-bundle';
import { installWorkerRuntime } from './worker-runtime';
import { WorkerContextModule } from './worker-context.module';

/** The services (activityServicesOf the process's Nest context) and how to serve them. */
export interface WorkerHostOptions extends ActivityServices {
  config: AppConfig;
  queue?: WorkerQueue;
  /** Runs after the workers stopped and the connection closed (e.g. closing a Nest context). */
  onClosed?: () => Promise<void>;
}

/** In-flight activities get this long to finish on shutdown before they are cancelled (and retried elsewhere). */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Temporal workers of one process: one NativeConnection shared by one Worker per queue kind
 * (the workflow on the default queue; activities on all, each worker polling only its queue).
 */
export class WorkerHost {
  private stopping?: Promise<void>;
  private readonly finished: Promise<void>;

  private constructor(
    readonly taskQueues: string[],
    private readonly workers: Worker[],
    private readonly connection: NativeConnection,
    onClosed: (() => Promise<void>) | undefined,
  ) {
    let failure: unknown;
    const runs = workers.map((w) =>
      w.run().catch((e: unknown) => {
        // One worker failing stops the others: a half-served process would strand tasks.
        failure ??= e;
        void this.shutdown();
      }),
    );
    this.finished = Promise.all(runs).then(async () => {
      await connection.close().catch(() => undefined);
      await onClosed?.();
      if (failure !== undefined) throw failure;
    });
  }

  /** Connects (TemporalConnectionError naming the address when unreachable) and starts polling. */
  static async start(options: WorkerHostOptions): Promise<WorkerHost> {
    const { config } = options;
    const redact = (text: string): string => redactSecrets(text, config);
    const logger = await installWorkerRuntime(redact);
    const { NativeConnection, Worker } = await import('@temporalio/worker');
    let connection: NativeConnection;
    try {
      connection = await NativeConnection.connect(nativeConnectionOptions(config.temporal));
    } catch (e) {
      throw new TemporalConnectionError(config.temporal.address, redact(errorMessage(e)));
    }
    const { runner, scraper, checkpoints, discovery, searchRuns } = options;
    const activities = createActivities({ runner, scraper, checkpoints, discovery, searchRuns, redact });
    const specs = queueSpecs(config.temporal, options.queue ?? 'all');
    const workers: Worker[] = [];
    try {
      for (const spec of specs) {
        const bundle = spec.hostsWorkflow ? { workflowBundle: await workflowBundle(logger) } : {};
        workers.push(
          await Worker.create({
            ...workerOptions(spec),
            ...bundle,
            // Activity spans and the sink for workflow spans; nothing while tracing is off.
            ...(await temporalWorkerTracing()),
            connection,
            activities,
            namespace: config.temporal.namespace,
          }),
        );
      }
    } catch (e) {
      await connection.close().catch(() => undefined);
      throw e;
    }
    return new WorkerHost(
      specs.map((s) => s.taskQueue),
      workers,
      connection,
      options.onClosed,
    );
  }

  /** A worker process of its own: builds the Nest context (agents, store, config) and closes it on shutdown. */
  static async standalone(config: AppConfig, queue: WorkerQueue = 'all', logger?: LoggerService): Promise<WorkerHost> {
    const { NestFactory } = await import('@nestjs/core');
    const app = await NestFactory.createApplicationContext(WorkerContextModule.forRoot(config), {
      logger: logger ?? ['warn', 'error'],
    });
    try {
      return await WorkerHost.start({
        config,
        ...activityServicesOf(app),
        queue,
        onClosed: () => app.close(),
      });
    } catch (e) {
      await app.close();
      throw e;
    }
  }

  /** Every worker is polling its task queue (false once shutting down or failed): a worker's readiness. */
  polling(): boolean {
    return this.workers.every((w) => w.getState() === 'RUNNING');
  }

  /** Resolves once every worker stopped and everything closed; rejects with a worker's fatal error. */
  done(): Promise<void> {
    return this.finished;
  }

  /** Stops polling, lets in-flight tasks finish (up to the grace time), then closes. Idempotent. */
  shutdown(): Promise<void> {
    this.stopping ??= (async () => {
      for (const w of this.workers) if (w.getState() === 'RUNNING') w.shutdown();
      await this.finished.catch(() => undefined);
    })();
    return this.stopping;
  }
}

function workerOptions(spec: QueueSpec) {
  return {
    taskQueue: spec.taskQueue,
    maxConcurrentActivityTaskExecutions: spec.maxConcurrentActivityTaskExecutions,
    ...(spec.maxTaskQueueActivitiesPerSecond === undefined
      ? {}
      : { maxTaskQueueActivitiesPerSecond: spec.maxTaskQueueActivitiesPerSecond }),
    shutdownGraceTime: SHUTDOWN_GRACE_MS,
  };
}

/** Shuts the host down on the first SIGINT/SIGTERM; returns a function that removes the handlers. */
export function shutdownOnSignals(host: WorkerHost, signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): () => void {
  const onSignal = (): void => void host.shutdown();
  signals.forEach((s) => process.once(s, onSignal));
  return () => signals.forEach((s) => process.off(s, onSignal));
}
