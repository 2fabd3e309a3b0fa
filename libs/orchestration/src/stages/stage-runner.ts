import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { CheckpointRepository, RunRepository } from '@job-hunter/persistence';
import { JobHunterError } from '@job-hunter/domain';
import type { StageName } from './stage-names';
import type { RunHooks, StageContext, StageExtra } from './stage-context';
import { StageTable } from './stage-table';
import { summariseStage } from './stage-summaries';
import { requireCheckpoint } from './checkpoint-reads';
import { runSettings } from '../run-settings';

/** How a stage is run: progress hooks, the abort signal, and what the orchestrator adds to aggregate. */
export interface RunStageOptions {
  hooks?: RunHooks;
  signal?: AbortSignal;
  extra?: StageExtra;
}

/**
 * Runs one stage of one run: builds its context from the run record and the checkpoint store,
 * runs the stage and stores its output. The checkpoint pipeline and the Temporal activities both
 * go through here, so they cannot drift apart.
 */
@Injectable()
export class StageRunner {
  constructor(
    private readonly stages: StageTable,
    private readonly checkpoints: CheckpointRepository,
    private readonly runs: RunRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Runs `stage` of run `runId` and stores its output; the summary line is what onStageDone was told. */
  async runStage(stage: StageName, runId: string, options: RunStageOptions = {}): Promise<string> {
    const hooks = options.hooks ?? {};
    const ctx = { ...(await this.context(runId, hooks, options.signal)), extra: options.extra };
    hooks.onStageStart?.(stage);
    const output = await this.stages.run(stage, ctx);
    await this.checkpoints.save(runId, stage, output);
    const summary = summariseStage(stage, output);
    hooks.onStageDone?.(stage, summary);
    return summary;
  }

  async finishedStages(runId: string): Promise<StageName[]> {
    return (await this.checkpoints.stages(runId)) as StageName[];
  }

  private async context(runId: string, hooks: RunHooks, signal?: AbortSignal): Promise<StageContext> {
    const run = await this.runs.get(runId);
    if (!run) throw new JobHunterError('RUN_NOT_FOUND', `No run with id ${runId}.`);
    return {
      config: run.config,
      settings: runSettings(run.config, this.config),
      startedAt: run.startedAt,
      hooks,
      signal,
      load: (stage) => requireCheckpoint(this.checkpoints, runId, stage),
    };
  }
}
