import type { RunConfig, RunError, RunResult, RunSettings, Understanding } from '@job-hunter/domain';
import type { StageName } from './stage-names';
import type { StageOutputs } from './stage-outputs';

/** Progress callbacks; the CLI draws them on stderr, Temporal reports them through heartbeats. */
export interface RunHooks {
  onStageStart?(stage: StageName): void;
  onStageDone?(stage: StageName, summary: string): void;
  onScrapeProgress?(done: number, total: number, company: string): void;
  onNotice?(message: string): void;
  /** What the run understood of the preferences, once read (before any company is searched). */
  onUnderstanding?(understanding: Understanding): void;
}

/**
 * What the orchestrator adds to the aggregate stage: errors only it saw (the Temporal workflow's
 * cancelled scrapes, failed steps and budget guardrail; the checkpoint pipeline's discovery
 * rounds) and a forced status (e.g. 'partial', Temporal only). The cost is the run ledger's.
 */
export interface StageExtra {
  errors?: RunError[];
  status?: RunResult['status'];
}

/** What a stage may touch: the run's fixed config, earlier stages' outputs (by run id), and the hooks. */
export interface StageContext {
  config: RunConfig;
  /** The run's own settings (fixed at creation), never the worker's environment. */
  settings: RunSettings;
  startedAt: string;
  hooks: RunHooks;
  signal?: AbortSignal;
  /** Set for the aggregate stage by the Temporal activity, and by the checkpoint pipeline after discovery rounds. */
  extra?: StageExtra;
  load<K extends StageName>(stage: K): Promise<StageOutputs[K]>;
}
