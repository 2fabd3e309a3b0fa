import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, redactSecrets, type AppConfig } from '@job-hunter/config';
import { JobHunterError, errorMessage, isJobHunterError, type RunError, type RunStatus } from '@job-hunter/domain';
import { OrchestratorSelector, TracedOrchestrator, nextStage } from '@job-hunter/orchestration';
import { CheckpointRepository, RunRepository, type StoredRun } from '@job-hunter/persistence';
import { ApiError } from '../errors/api-error';
import type { CreateRunForm } from './create-run.dto';
import { failedResult } from './failed-result';
import { RunEvents } from './run-events';
import { RunIntake, type RunUploads } from './run-intake';
import { RunPipeline } from './run-pipeline';
import { RunQueue } from './run-queue';

/** How long a client refused with QUEUE_FULL is asked to wait (seconds). */
const RETRY_AFTER_S = 30;

/**
 * The runs this API process executes: each POST /runs is recorded `queued` and waits in a bounded
 * in-process queue (JH_API_CONCURRENT_RUNS at a time, JH_API_QUEUED_RUNS waiting), never runs
 * inside the request, and starts through the OrchestratorSelector (Temporal when configured and
 * reachable, else the checkpoint pipeline); a Temporal run gives its slot back once chosen. Runs still queued when the API stopped start again
 * when it starts; runs of the checkpoint pipeline running when it stops are marked interrupted.
 */
@Injectable()
export class RunsService implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Runs');
  private readonly queue: RunQueue;
  private stopping = false;
  private requeued?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pipeline: RunPipeline,
    private readonly intake: RunIntake,
    private readonly events: RunEvents,
  ) {
    const { concurrentRuns, queuedRuns } = config.api;
    this.queue = new RunQueue(concurrentRuns, queuedRuns, (runId, signal, release) =>
      this.execute(runId, signal, release),
    );
  }

  onApplicationBootstrap(): void {
    void this.requeue().catch(() => undefined);
  }

  /** Records a new run as `queued` and queues it; 503 QUEUE_FULL when there is no room (nothing stored). */
  async submit(form: CreateRunForm, files: RunUploads): Promise<string> {
    this.intake.checkFiles(files);
    return this.enqueue(async () => (await this.intake.record(form, files)).runId);
  }

  /**
   * Queues the run `record` stores as `queued` (returning its id), as POST /runs and POST
   * /searches/:name/run do; 503 QUEUE_FULL when there is no room (then `record` is not called).
   */
  async enqueue(record: () => Promise<string>): Promise<string> {
    await this.requeue();
    if (!this.queue.reserve()) {
      throw new ApiError(503, 'QUEUE_FULL', 'Too many runs are waiting; try again later.', {
        'Retry-After': String(RETRY_AFTER_S),
      });
    }
    let runId: string;
    try {
      runId = await record();
    } catch (e) {
      this.queue.release();
      throw e;
    }
    this.queue.enqueue(runId, true);
    return runId;
  }

  /**
   * Stops a run: a queued one is dropped (status `failed`, error CANCELLED); a running one stops
   * gracefully (its signal here, or Temporal's cancel signal); 409 RUN_FINISHED once it has ended.
   * Returns the run's status after the request.
   */
  async cancel(runId: string): Promise<RunStatus> {
    const runs = await this.pipeline.get(RunRepository);
    const run = await requireRun(runs, runId);
    if (run.status === 'queued') {
      this.queue.drop(runId);
      this.queue.stop(runId);
      const message = 'The run was cancelled before it started.';
      await runs.saveResult(runId, failedResult(run, { stage: 'parseResume', code: 'CANCELLED', message }));
      this.events.end(runId, 'failed');
      return 'failed';
    }
    if (run.status !== 'running') {
      throw new ApiError(409, 'RUN_FINISHED', `Run ${runId} has ended (${run.status}): there is nothing to cancel.`);
    }
    if (this.queue.stop(runId)) return 'running';
    const selector = await this.pipeline.get(OrchestratorSelector);
    if (await selector.owner(run.orchestrator).cancel(runId)) return 'running';
    throw new ApiError(
      409,
      'RUN_NOT_HERE',
      `Run ${runId} runs the checkpoint pipeline in another process; stop it there (Ctrl-C or SIGTERM).`,
    );
  }

  /** Whether this process queues or runs the run (its events come from its hooks). */
  isHere(runId: string): boolean {
    return this.queue.placeOf(runId) !== 'absent' || this.events.isLive(runId);
  }

  /** Before the server closes: nothing more starts, and runs of the checkpoint pipeline here become resumable. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    const running = this.queue.runningIds();
    this.queue.close();
    if (running.length === 0) return;
    // As the CLI on SIGTERM: a checkpoint run becomes `interrupted` (resumable); Temporal's go on.
    const runs = await this.pipeline.get(RunRepository);
    for (const runId of running) {
      const run = await runs.get(runId).catch(() => null);
      if (run?.orchestrator === 'checkpoint') await runs.markInterrupted(runId).catch(() => false);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pipeline.close();
  }

  /** Puts the runs left `queued` by an earlier process back in the queue (once; tried again after a failure). */
  private requeue(): Promise<void> {
    this.requeued ??= (async () => {
      const ids = await (await this.pipeline.get(RunRepository)).queued();
      for (const runId of ids) this.queue.restore(runId);
      if (ids.length > 0) this.logger.log(`${ids.length} queued run(s) from before the restart queued again.`);
    })().catch((e: unknown) => {
      this.requeued = undefined;
      this.logger.warn(`Queued runs could not be read: ${this.redact(e)}`);
    });
    return this.requeued;
  }

  private async execute(runId: string, signal: AbortSignal, release: () => void): Promise<void> {
    let status: RunStatus;
    try {
      const runs = await this.pipeline.get(RunRepository);
      const run = await runs.get(runId);
      if (run?.status !== 'queued') return; // cancelled, or started by another API process
      const selector = await this.pipeline.get(OrchestratorSelector);
      const orchestrator = new TracedOrchestrator(await selector.select(run.config.orchestrator));
      // Temporal's workers do the work (and its task queues hold it): the slot bounds this process's own runs.
      if (orchestrator.kind === 'temporal') release();
      status = (await orchestrator.launch(runId, this.events.hooksFor(runId), signal)).status;
    } catch (e) {
      if (this.stopping) return;
      status = await this.recordFailure(runId, e).catch(() => 'failed' as const);
    }
    if (!this.stopping) this.events.end(runId, status);
  }

  /** A run that threw ends `failed` with a result naming the error and the step it stopped at. */
  private async recordFailure(runId: string, e: unknown): Promise<RunStatus> {
    const runs = await this.pipeline.get(RunRepository);
    const run = await runs.get(runId);
    if (!run) return 'failed';
    if (run.result) return run.status;
    if (!isJobHunterError(e)) this.logger.error(`Run ${runId} failed: ${this.redact(e)}`);
    const stages = await (await this.pipeline.get(CheckpointRepository)).stages(runId);
    const error: RunError = {
      stage: nextStage(stages) ?? 'notify',
      code: isJobHunterError(e) ? e.code : 'INTERNAL',
      message: this.redact(e),
    };
    await runs.saveResult(runId, failedResult(run, error));
    return 'failed';
  }

  private redact(e: unknown): string {
    return redactSecrets(errorMessage(e), this.config);
  }
}

async function requireRun(runs: RunRepository, runId: string): Promise<StoredRun> {
  const run = await runs.get(runId);
  if (!run) throw new JobHunterError('RUN_NOT_FOUND', `No run with id ${runId}.`);
  return run;
}
