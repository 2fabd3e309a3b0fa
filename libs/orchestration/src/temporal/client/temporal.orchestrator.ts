import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { JobHunterError, errorMessage, type Company, type RunConfig, type RunResult } from '@job-hunter/domain';
import { duplicateCompanyWarnings, type DeliveryReceipt } from '@job-hunter/agents';
import { CheckpointRepository, RunInputRepository, RunRepository, type StoredRun } from '@job-hunter/persistence';
import type { Orchestrator, RunStatusView } from '../../orchestrator';
import type { RunHooks } from '../../stages/stage-context';
import { STAGE_NAMES, nextStage, type StageName } from '../../stages/stage-names';
import { summariseStage } from '../../stages/stage-summaries';
import { RunFinisher } from '../../stages/run-finisher';
import type { JobHuntInput } from '../activities/activity-contract';
import type { JobHuntHandle, JobHuntWorkflows } from './job-hunt-workflows.client';
import { TemporalClientFactory } from './temporal-client.factory';
import { SCRAPE_WINDOW, workflowQueues } from './workflow-start';
import { workflowIdOf } from '../workflows/scheduled-run-id';
import { TemporalConnectionError, redactSecrets } from './temporal-connection.error';
import { ProgressReporter, QUERY_DEADLINE_MS, awaitWorkflow } from './workflow-progress';
import { runSettings } from '../../run-settings';
import { createRunRecord } from '../../run-record';
import { loadRunUnderstanding } from '../../stages/run-understanding';

/**
 * Runs a job hunt as a JobHuntWorkflow on Temporal. Workers and this client share only
 * Temporal and the database: the run record carries the RunConfig, its settings and its input
 * files to the activities (all eight steps run there), and the result comes back through it.
 * Report files and the digest are written here, on the machine that asked for the run.
 */
@Injectable()
export class TemporalOrchestrator implements Orchestrator {
  readonly kind = 'temporal' as const;
  pollIntervalMs = 1000;
  private readonly logger = new Logger('TemporalOrchestrator');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clients: TemporalClientFactory,
    private readonly runs: RunRepository,
    private readonly inputs: RunInputRepository,
    private readonly checkpoints: CheckpointRepository,
    private readonly finisher: RunFinisher,
  ) {}

  get address(): string {
    return this.config.temporal.address;
  }

  isAvailable(deadlineMs?: number): Promise<boolean> {
    return this.clients.isAvailable(deadlineMs);
  }

  async start(config: RunConfig, hooks: RunHooks = {}, signal?: AbortSignal): Promise<RunResult> {
    const workflows = await this.clients.open();
    try {
      // The client stores the run and its inputs, then starts, follows and reads: every step runs on the workers.
      const run = await createRunRecord({ runs: this.runs, inputs: this.inputs }, config, this.kind, this.config);
      return await this.startWorkflow(workflows, run, hooks, signal);
    } finally {
      await workflows.close();
    }
  }

  async launch(runId: string, hooks: RunHooks = {}, signal?: AbortSignal): Promise<RunResult> {
    const workflows = await this.clients.open();
    try {
      if (!(await this.runs.startQueued(runId, this.kind))) {
        throw new JobHunterError('RUN_NOT_FOUND', `No queued run with id ${runId}: it was cancelled or has started.`);
      }
      return await this.startWorkflow(workflows, (await this.requireRun(runId)).config, hooks, signal);
    } finally {
      await workflows.close();
    }
  }

  /** Sends the run's workflow the cancel signal (a graceful stop), wherever it was started. */
  async cancel(runId: string): Promise<boolean> {
    const searchId = (await this.runs.get(runId))?.config.searchId;
    const workflows = await this.clients.open();
    try {
      await workflows.attach(workflowIdOf(runId, searchId)).cancel('cancelled by request');
      return true;
    } finally {
      await workflows.close();
    }
  }

  /** Starts the recorded run's workflow and follows it; `signal` aborting sends it the cancel signal. */
  private async startWorkflow(
    workflows: JobHuntWorkflows,
    run: RunConfig,
    hooks: RunHooks,
    signal?: AbortSignal,
  ): Promise<RunResult> {
    const { taskQueue, workflowTimeoutSeconds } = this.config.temporal;
    let handle: JobHuntHandle;
    try {
      handle = await workflows.start(this.input(run), { taskQueue, timeoutSeconds: workflowTimeoutSeconds });
    } catch (e) {
      await this.markFailed(run.runId);
      throw new TemporalConnectionError(this.address, `starting the workflow failed (${this.safeMessage(e)})`);
    }
    this.logger.log(`Workflow ${run.runId} started on task queue ${taskQueue}`);
    const stop = (): void => void handle.cancel('cancelled by request').catch(() => undefined);
    if (signal?.aborted) stop();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      return await this.follow(handle, hooks);
    } finally {
      signal?.removeEventListener('abort', stop);
    }
  }

  async resume(runId: string, hooks: RunHooks = {}): Promise<RunResult> {
    const run = await this.requireRun(runId);
    const workflows = await this.clients.open();
    try {
      const handle = workflows.attach(runId);
      const state = await handle.state();
      if (state === 'COMPLETED' && run.result?.files) return run.result;
      if (state === 'NOT_FOUND') {
        if (run.result) return run.result;
        throw new JobHunterError(
          'RUN_NOT_FOUND',
          `Temporal at ${this.address} has no workflow for run ${runId} (wrong namespace, or its history expired); start a new run.`,
        );
      }
      this.logger.log(`Attaching to workflow ${runId} (${state.toLowerCase()})`);
      // A reading stored before this attach was shown by the caller already (the CLI shows it on resume).
      const readingShown = (await loadRunUnderstanding(this.checkpoints, runId)) !== undefined;
      return await this.follow(handle, hooks, readingShown);
    } finally {
      await workflows.close();
    }
  }

  async status(runId: string): Promise<RunStatusView> {
    const run = await this.requireRun(runId);
    const stored = await this.storedView(run);
    if (run.status !== 'running') return stored;
    let workflows: JobHuntWorkflows;
    try {
      workflows = await this.clients.open();
    } catch (e) {
      if (!(e instanceof TemporalConnectionError)) throw e;
      this.logger.warn(`${e.message} Showing the status stored in the database.`);
      return stored;
    }
    try {
      const handle = workflows.attach(workflowIdOf(runId, run.config.searchId));
      const state = await handle.state();
      if (state === 'RUNNING') {
        const p = await handle.progress(QUERY_DEADLINE_MS).catch(() => undefined);
        return p ? { ...stored, finishedStages: inStageOrder(p.finishedStages), currentStage: p.stage } : stored;
      }
      // Closed without a stored result: the workflow failed, timed out or was stopped.
      if (state !== 'COMPLETED') return { ...stored, status: 'failed', currentStage: null };
      return stored;
    } finally {
      await workflows.close();
    }
  }

  /** The workflow's input: the run's id and its own budget (its settings), never this process's. */
  private input(run: RunConfig): JobHuntInput {
    return {
      runId: run.runId,
      budgetUsd: runSettings(run, this.config).maxCostPerRunUsd,
      scrapeConcurrency: SCRAPE_WINDOW,
      queues: workflowQueues(this.config.temporal),
    };
  }

  private async follow(handle: JobHuntHandle, hooks: RunHooks, readingShown = false): Promise<RunResult> {
    const runId = handle.runId;
    const local: { digest?: DeliveryReceipt } = {};
    const reporter = new ProgressReporter(
      hooks,
      (stage) => this.summary(runId, stage, local.digest),
      (stage) => this.showStored(runId, stage, hooks, readingShown),
    );
    const outcome = await awaitWorkflow(handle, reporter, this.pollIntervalMs);
    if (!outcome.ok) {
      // Loaded only when a run fails: the mapper needs @temporalio/client's failure classes at runtime.
      const { isWorkflowFailure, workflowFailureError } = await import('./workflow-failure.mapper');
      if (!isWorkflowFailure(outcome.error)) {
        // The client lost Temporal; the workflow itself may well still be running.
        throw new JobHunterError(
          'TEMPORAL_UNAVAILABLE',
          `Lost contact with Temporal at ${this.address} while waiting for run ${runId} (${this.safeMessage(outcome.error)}). ` +
            `The run continues on the workers: check it with \`job-hunter status ${runId}\`, ` +
            `or wait for it again with \`job-hunter run <resume> --temporal --resume-from ${runId}\`.`,
        );
      }
      await this.markFailed(runId);
      throw workflowFailureError(runId, outcome.error, this.config.temporal.workflowTimeoutSeconds);
    }
    // The workflow has the last word on status and errors: it also saw what happened after aggregate (notify).
    const { status, errors, timings } = outcome.value;
    const finished = await this.finisher.finish(runId, { status, errors, timings });
    local.digest = finished.digest;
    await reporter.finish(await this.finishedStages(runId));
    return finished.result;
  }

  /**
   * What the first steps show the person as they finish, now that workers run them: the reading
   * of the preferences with its warnings, and the companies file's merged duplicates.
   */
  private async showStored(runId: string, stage: StageName, hooks: RunHooks, readingShown: boolean): Promise<void> {
    if (stage === 'parsePreferences' && !readingShown) {
      const understanding = await loadRunUnderstanding(this.checkpoints, runId);
      if (understanding) hooks.onUnderstanding?.(understanding);
      for (const warning of understanding?.warnings ?? []) hooks.onNotice?.(warning);
    }
    if (stage === 'findCompanies') {
      const companies = (await this.checkpoints.load<Company[]>(runId, 'findCompanies')) ?? [];
      for (const warning of duplicateCompanyWarnings(companies)) hooks.onNotice?.(warning);
    }
  }

  /** The stage's own summary line, from its stored output; the digest this machine wrote stands in for a worker's empty one. */
  private async summary(runId: string, stage: StageName, localDigest?: DeliveryReceipt): Promise<string> {
    let output = await this.checkpoints.load(runId, stage).catch(() => undefined);
    if (stage === 'notify' && localDigest && (output as DeliveryReceipt | undefined)?.sent !== true)
      output = localDigest;
    if (output === undefined) return 'done';
    try {
      return summariseStage(stage, output as never);
    } catch {
      return 'done';
    }
  }

  private async storedView(run: StoredRun): Promise<RunStatusView> {
    const finished = await this.finishedStages(run.id);
    return {
      runId: run.id,
      status: run.status,
      orchestrator: run.orchestrator,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      finishedStages: finished,
      currentStage: run.status === 'running' ? nextStage(finished) : null,
      result: run.result,
    };
  }

  private async finishedStages(runId: string): Promise<StageName[]> {
    return inStageOrder((await this.checkpoints.stages(runId)) as StageName[]);
  }

  private async requireRun(runId: string): Promise<StoredRun> {
    const run = await this.runs.get(runId);
    if (!run) {
      throw new JobHunterError('RUN_NOT_FOUND', `No run with id ${runId}: check the id with \`job-hunter status\`.`);
    }
    return run;
  }

  private safeMessage(e: unknown): string {
    return redactSecrets(errorMessage(e), [this.config.temporal.apiKey]);
  }

  private async markFailed(runId: string): Promise<void> {
    await this.runs.setStatus(runId, 'failed', new Date().toISOString()).catch(() => undefined);
  }
}

function inStageOrder(stages: readonly StageName[]): StageName[] {
  return STAGE_NAMES.filter((s) => stages.includes(s));
}
