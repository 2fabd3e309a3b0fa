import { Inject, Injectable } from '@nestjs/common';
import {
  AggregatorAgent,
  CompanyFinderAgent,
  JobProcessorAgent,
  JobsScorerAgent,
  JobsScraperAgent,
  NotifierAgent,
  PrefsParserAgent,
  ResumeParserAgent,
} from '@job-hunter/agents';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { CheckpointRepository, RunInputRepository, RunRepository } from '@job-hunter/persistence';
import { JobHunterError, type RunConfig } from '@job-hunter/domain';
import type { StageName } from './stage-names';
import type { CompanyCheckpoint, StageOutputs } from './stage-outputs';
import { companyKey } from './stage-outputs';
import type { RunHooks, StageContext, StageExtra } from './stage-context';
import { STAGE_TABLE } from './stage-table';
import { runSettings } from '../run-settings';

/** How a stage is run: progress hooks, the abort signal, and what the orchestrator adds to aggregate. */
export interface RunStageOptions {
  hooks?: RunHooks;
  signal?: AbortSignal;
  extra?: StageExtra;
}

/**
 * Runs one stage of one run: reads what it needs from the checkpoint store, calls the
 * agent, stores the output. The checkpoint pipeline and the Temporal activities both
 * go through here, so they cannot drift apart.
 */
@Injectable()
export class StageRunner {
  constructor(
    readonly resumeParser: ResumeParserAgent,
    readonly prefsParser: PrefsParserAgent,
    readonly companyFinder: CompanyFinderAgent,
    readonly scraper: JobsScraperAgent,
    readonly processor: JobProcessorAgent,
    readonly scorer: JobsScorerAgent,
    readonly aggregator: AggregatorAgent,
    readonly notifier: NotifierAgent,
    readonly checkpoints: CheckpointRepository,
    readonly runs: RunRepository,
    readonly inputs: RunInputRepository,
    @Inject(APP_CONFIG) readonly config: AppConfig,
  ) {}

  /** Runs `stage` of run `runId` and stores its output; the summary line is what onStageDone was told. */
  async runStage(stage: StageName, runId: string, options: RunStageOptions = {}): Promise<string> {
    const hooks = options.hooks ?? {};
    const ctx = { ...(await this.context(runId, hooks, options.signal)), extra: options.extra };
    hooks.onStageStart?.(stage);
    const output = await STAGE_TABLE[stage].run(this, ctx);
    await this.checkpoints.save(runId, stage, output);
    const summary = STAGE_TABLE[stage].summarise(output as never);
    hooks.onStageDone?.(stage, summary);
    return summary;
  }

  /** Scrapes one company of the run's company list and stores its result under its index. */
  async scrapeCompany(
    runId: string,
    index: number,
    config: RunConfig,
    signal?: AbortSignal,
  ): Promise<CompanyCheckpoint> {
    const companies = await this.requireCheckpoint<Company[]>(runId, 'findCompanies');
    const company = companies[index];
    if (!company) throw new JobHunterError('INTERNAL', `Run ${runId} has no company #${index}.`);
    const result = await this.scraper.scrapeCompany(
      company,
      {
        snapshotDir: config.snapshotDir,
        recordSnapshotDir: config.recordSnapshotDir,
        forceRescrape: config.forceRescrape,
        deadlineMs: runSettings(config, this.config).boardDeadlineMs,
      },
      signal,
    );
    await this.checkpoints.save(runId, 'scrapeJobs', result, companyKey(index));
    return result;
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
      load: <K extends StageName>(stage: K) => this.requireCheckpoint<StageOutputs[K]>(runId, stage),
    };
  }

  async requireCheckpoint<T>(runId: string, stage: StageName): Promise<T> {
    const data = await this.checkpoints.load<T>(runId, stage);
    if (data === undefined) {
      throw new JobHunterError('INTERNAL', `Run ${runId} has no checkpoint for stage ${stage}; it must run first.`);
    }
    return data;
  }
}

type Company = StageOutputs['findCompanies'][number];
