import type { CostSummary, RunConfig, RunError, RunResult } from '@job-hunter/domain';
import type { StageName } from './stage-names';
import type { StageOutputs } from './stage-outputs';

/** Progress callbacks; the CLI draws them on stderr, Temporal reports them through heartbeats. */
export interface RunHooks {
  onStageStart?(stage: StageName): void;
  onStageDone?(stage: StageName, summary: string): void;
  onScrapeProgress?(done: number, total: number, company: string): void;
  onNotice?(message: string): void;
}

/**
 * What the Temporal workflow adds to the aggregate stage: errors only it saw (cancelled
 * scrapes, failed steps, the budget guardrail), a forced status (e.g. 'partial') and the
 * spend of every activity, which it sums itself.
 */
export interface StageExtra {
  errors?: RunError[];
  status?: RunResult['status'];
  cost?: CostSummary;
}

/** What a stage may touch: the run's fixed config, earlier stages' outputs (by run id), and the hooks. */
export interface StageContext {
  config: RunConfig;
  startedAt: string;
  hooks: RunHooks;
  signal?: AbortSignal;
  /**
   * True when the stage runs in the process that owns the run folder (the checkpoint
   * pipeline); false on a Temporal worker, where the client writes the files afterwards.
   */
  local: boolean;
  /** Only the Temporal aggregate activity sets it; the checkpoint pipeline never does. */
  extra?: StageExtra;
  load<K extends StageName>(stage: K): Promise<StageOutputs[K]>;
}
