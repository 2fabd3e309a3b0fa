import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { JobHunterError, type RunConfig, type RunResult } from '@job-hunter/domain';
import { RunInputRepository, RunRepository } from '@job-hunter/persistence';
import { traceStage } from '@job-hunter/telemetry';
import { DiscoveryRounds } from '../discovery/discovery-rounds';
import type { Orchestrator, RunStatusView } from '../orchestrator';
import type { RunHooks } from '../stages/stage-context';
import { STAGE_NAMES, nextStage } from '../stages/stage-names';
import { StageRunner } from '../stages/stage-runner';
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
    try {
      for (let stage = nextStage(await this.runner.finishedStages(runId)); stage;) {
        const newRound =
          stage === 'aggregate' &&
          (await traceStage('discoverCompanies', runId, () => this.discovery.openNextRound(runId, beating))).opened;
        if (!newRound) {
          const extra = stage === 'aggregate' ? await this.discovery.aggregateExtra(runId) : undefined;
          const current = stage;
          await traceStage(current, runId, () => this.runner.runStage(current, runId, beating, undefined, true, extra));
        }
        stage = nextStage(await this.runner.finishedStages(runId));
      }
    } catch (e) {
      await heartbeat.stop();
      await this.runs.setStatus(runId, 'failed', new Date().toISOString());
      throw e;
    }
    await heartbeat.stop();
    // The stored run holds the final result (a failed notify adds its error after aggregate). It is
    // saved again so the run leaves `running` even when a resume had only notify left to do.
    const result =
      (await this.runs.get(runId))?.result ?? (await this.runner.requireCheckpoint<RunResult>(runId, 'aggregate'));
    await this.runs.saveResult(runId, result);
    return result;
  }
}
