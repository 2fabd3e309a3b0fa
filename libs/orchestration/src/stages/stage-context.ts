import type { RunConfig } from '@job-hunter/domain';
import type { StageName } from './stage-names';
import type { StageOutputs } from './stage-outputs';

/** Progress callbacks; the CLI draws them on stderr, Temporal reports them through heartbeats. */
export interface RunHooks {
  onStageStart?(stage: StageName): void;
  onStageDone?(stage: StageName, summary: string): void;
  onScrapeProgress?(done: number, total: number, company: string): void;
  onNotice?(message: string): void;
}

/** What a stage may touch: the run's fixed config, earlier stages' outputs (by run id), and the hooks. */
export interface StageContext {
  config: RunConfig;
  startedAt: string;
  hooks: RunHooks;
  signal?: AbortSignal;
  load<K extends StageName>(stage: K): Promise<StageOutputs[K]>;
}
