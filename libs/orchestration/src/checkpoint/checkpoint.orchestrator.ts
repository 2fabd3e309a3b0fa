import * as path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, redactSecrets, type AppConfig } from '@job-hunter/config';
import {
  JobHunterError,
  errorMessage,
  isJobHunterError,
  type RunConfig,
  type RunError,
  type RunResult,
} from '@job-hunter/domain';
import { CheckpointRepository, RunInputRepository, RunRepository } from '@job-hunter/persistence';
import { traceStage } from '@job-hunter/telemetry';
import { DiscoveryRounds } from '../discovery/discovery-rounds';
import type { Orchestrator, RunStatusView } from '../orchestrator';
import type { RunHooks, StageExtra } from '../stages/stage-context';
import { saveScrapeSummary } from '../stages/scrape-stage';
import { requireCheckpoint } from '../stages/checkpoint-reads';
import { summariseStage } from '../stages/stage-summaries';
import { STAGE_NAMES, nextStage, type StageName } from '../stages/stage-names';
import { StageRunner } from '../stages/stage-runner';
import { RunFinisher } from '../stages/run-finisher';
import { timed } from '../stages/stage-timings';
import { RunHeartbeat, staleSince } from './run-heartbeat';
import { createRunRecord } from '../run-record';

/**
 * The embedded default: one process runs the stages in order and stores a checkpoint after
 * each, so `--resume-from RUN_ID` continues after the last finished stage. Before aggregating it
 * may open discovery rounds (more companies, then scrape, process and score again).
 */
@Injectable()
export class CheckpointOrchestrator implements Orchestrator {
  readonly kind = 'checkpoint' as const;
  private readonly logger = new Logger('CheckpointOrchestrator');

  constructor(
    private readonly runner: StageRunner,
    private readonly runs: RunRepository,
    private readonly inputs: RunInputRepository,
    private readonly discovery: DiscoveryRounds,
    private readonly checkpoints: CheckpointRepository,
    private readonly finisher: RunFinisher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(config: RunConfig, hooks: RunHooks = {}, signal?: AbortSignal): Promise<RunResult> {
    await createRunRecord({ runs: this.runs, inputs: this.inputs }, config, this.kind, this.config);
    return this.continue(config.runId, hooks, signal);
  }

  async launch(runId: string, hooks: RunHooks = {}, signal?: AbortSignal): Promise<RunResult> {
    if (!(await this.runs.startQueued(runId, this.kind))) throw notQueued(runId);
    return this.continue(runId, hooks, signal);
  }

  /** A checkpoint run stops only through the signal of the process running it. */
  cancel(): Promise<boolean> {
    return Promise.resolve(false);
  }

  async resume(runId: string, hooks: RunHooks = {}): Promise<RunResult> {
    const run = await this.runs.get(runId);
    if (!run) {
      throw new JobHunterError('RUN_NOT_FOUND', `No run with id ${runId}: check the id with \`job-hunter status\`.`);
    }
    // A run that ended on its own with a result has nothing left; an interrupted one still saves its result below.
    if (run.result && (run.status === 'success' || run.status === 'partial')) {
      const done = await this.runner.finishedStages(runId);
      if (!nextStage(done)) return run.result;
    }
    this.logger.log(`Resuming run ${runId}`);
    await this.runs.setStatus(runId, 'running');
    return this.continue(runId, hooks);
  }

  async status(runId: string): Promise<RunStatusView> {
    const run = await this.runs.get(runId);
    if (!run) throw new JobHunterError('RUN_NOT_FOUND', `No run with id ${runId}.`);
    const finishedStages = await this.runner.finishedStages(runId);
    const noHeartbeatSince = staleSince(run);
    const status = noHeartbeatSince ? 'interrupted' : run.status;
    return {
      runId,
      status,
      orchestrator: run.orchestrator,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      finishedStages: STAGE_NAMES.filter((s) => finishedStages.includes(s)),
      currentStage: status === 'running' || status === 'interrupted' ? nextStage(finishedStages) : null,
      result: run.result,
      ...(noHeartbeatSince ? { noHeartbeatSince } : {}),
    };
  }

  private async continue(runId: string, hooks: RunHooks, signal?: AbortSignal): Promise<RunResult> {
    const heartbeat = new RunHeartbeat(() => this.runs.heartbeat(runId));
    const beating = heartbeat.around(hooks);
    const late: RunError[] = [];
    try {
      const stop = await this.runStages(runId, beating, late, signal);
      if (stop) await this.windDown(runId, beating, late, stop);
    } catch (e) {
      await heartbeat.stop();
      await this.runs.setStatus(runId, 'failed', new Date().toISOString());
      throw e;
    }
    await heartbeat.stop();
    // Also when a resume had only notify left to do: the run leaves `running` with its result and files.
    const { result, digest } = await this.finisher.finish(runId, { errors: late });
    const folder = digest.written[0] ? path.dirname(digest.written[0]) : 'the run folder';
    for (const error of late) hooks.onNotice?.(`${error.message} The digest is in ${folder} instead.`);
    return result;
  }

  /**
   * Runs the steps left, in order (discovery rounds before aggregate); undefined once all ran, or
   * the errors that record the stop when `signal` aborted (the steps before aggregate get it).
   */
  private async runStages(
    runId: string,
    hooks: Required<RunHooks>,
    late: RunError[],
    signal?: AbortSignal,
  ): Promise<RunError[] | undefined> {
    let current: StageName | null = nextStage(await this.runner.finishedStages(runId));
    let stoppedAt: StageName | undefined;
    signal?.addEventListener('abort', () => (stoppedAt ??= current ?? 'notify'), { once: true });
    const cancelled = (): RunError => cancelError(stoppedAt ?? current ?? 'notify');
    while (current) {
      if (signal?.aborted) return [cancelled()];
      const stage: StageName = current;
      try {
        // Before aggregate, a discovery round (under findCompanies) may reopen scraping.
        current = stage === 'aggregate' ? 'findCompanies' : stage;
        const discover = () => this.discovery.openNextRound(runId, hooks, signal);
        const newRound =
          stage === 'aggregate' && (await this.step(runId, 'findCompanies', 'discoverCompanies', discover)).opened;
        if (!newRound) {
          current = stage;
          const extra = stage === 'aggregate' ? await this.discovery.aggregateExtra(runId) : undefined;
          // Aggregate and notify always finish: they are what a stopped run still owes the person.
          const stoppable = stage === 'aggregate' || stage === 'notify' ? undefined : signal;
          const run = () =>
            this.step(runId, stage, stage, () =>
              this.runner.runStage(stage, runId, { hooks, extra, signal: stoppable }),
            );
          if (stage === 'notify') late.push(...(await this.notify(runId, run)));
          else await run();
        }
      } catch (e) {
        if (!signal?.aborted) throw e;
        const step = current ?? stage;
        return [cancelled(), { stage: step, code: 'CANCELLED', message: `${step} was stopped before it finished.` }];
      }
      current = nextStage(await this.runner.finishedStages(runId));
    }
    return undefined;
  }

  /**
   * After a stop, as the Temporal workflow after its cancel signal: nothing to report before the
   * companies are known (the run fails); otherwise scraping ends with what is stored, the scraped
   * jobs are processed, scoring is skipped, and the run aggregates what it has (`partial`, with the
   * stop's errors) and notifies.
   */
  private async windDown(runId: string, hooks: Required<RunHooks>, late: RunError[], stop: RunError[]): Promise<void> {
    const done = await this.runner.finishedStages(runId);
    if (!done.includes('findCompanies')) {
      throw new JobHunterError(
        'CANCELLED',
        'The run was cancelled before any company was searched, so there is nothing to report.',
      );
    }
    if (!done.includes('scrapeJobs')) {
      const companies = await requireCheckpoint(this.checkpoints, runId, 'findCompanies');
      const summary = await saveScrapeSummary(this.checkpoints, runId, companies.length);
      hooks.onStageDone('scrapeJobs', summariseStage('scrapeJobs', summary));
    }
    const run = (stage: StageName, extra?: StageExtra) => () =>
      this.step(runId, stage, stage, () => this.runner.runStage(stage, runId, { hooks, extra }));
    if (!done.includes('processJobs')) await run('processJobs')();
    const rounds = await this.discovery.aggregateExtra(runId);
    const extra: StageExtra = { errors: [...(rounds?.errors ?? []), ...stop], status: 'partial' };
    if (!done.includes('aggregate')) await run('aggregate', extra)();
    if (!done.includes('notify')) late.push(...(await this.notify(runId, run('notify'))));
  }

  /** Runs one step traced as `span`, its wall time added to the run's timings under `step`. */
  private step<T>(runId: string, step: StageName, span: string, work: () => Promise<T>): Promise<T> {
    return timed(this.checkpoints, runId, step, () => traceStage(span, runId, work));
  }

  /**
   * A run can do without its email: a failed notify is returned as the run's error (it then ends
   * `partial`) and the stage is marked done, so a resume does not send again.
   */
  private async notify(runId: string, run: () => Promise<string>): Promise<RunError[]> {
    try {
      await run();
      return [];
    } catch (e) {
      await this.checkpoints.save(runId, 'notify', { written: [], sent: false, channel: 'none' });
      const code = isJobHunterError(e) ? e.code : 'INTERNAL';
      return [{ stage: 'notify', code, message: redactSecrets(errorMessage(e), this.config) }];
    }
  }
}

/** The first error a stopped run records, as the Temporal workflow's cancel signal records it. */
function cancelError(stage: StageName): RunError {
  return { stage, code: 'CANCELLED', message: 'The run was cancelled: the results are partial.' };
}

function notQueued(runId: string): JobHunterError {
  return new JobHunterError('RUN_NOT_FOUND', `No queued run with id ${runId}: it was cancelled or has started.`);
}
