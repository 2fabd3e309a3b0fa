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
import type { RunHooks } from '../stages/stage-context';
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

  async start(config: RunConfig, hooks: RunHooks = {}): Promise<RunResult> {
    await createRunRecord({ runs: this.runs, inputs: this.inputs }, config, this.kind, this.config);
    return this.continue(config.runId, hooks);
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

  private async continue(runId: string, hooks: RunHooks): Promise<RunResult> {
    const heartbeat = new RunHeartbeat(() => this.runs.heartbeat(runId));
    const beating = heartbeat.around(hooks);
    const late: RunError[] = [];
    try {
      for (let stage = nextStage(await this.runner.finishedStages(runId)); stage;) {
        const discover = () => this.discovery.openNextRound(runId, beating);
        const newRound =
          stage === 'aggregate' && (await this.step(runId, 'findCompanies', 'discoverCompanies', discover)).opened;
        if (!newRound) {
          const extra = stage === 'aggregate' ? await this.discovery.aggregateExtra(runId) : undefined;
          const current = stage;
          const run = () =>
            this.step(runId, current, current, () => this.runner.runStage(current, runId, { hooks: beating, extra }));
          if (current === 'notify') late.push(...(await this.notify(runId, run)));
          else await run();
        }
        stage = nextStage(await this.runner.finishedStages(runId));
      }
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
