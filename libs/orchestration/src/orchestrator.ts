import type { OrchestratorKind, RunConfig, RunResult, RunStatus } from '@job-hunter/domain';
import type { RunHooks } from './stages/stage-context';
import type { StageName } from './stages/stage-names';

/** What `job-hunter status` shows. */
export interface RunStatusView {
  runId: string;
  status: RunStatus;
  orchestrator: OrchestratorKind;
  startedAt: string;
  finishedAt: string | null;
  finishedStages: StageName[];
  currentStage: StageName | null;
  result: RunResult | null;
  /** Set when a run stored as `running` is shown as `interrupted`: its last heartbeat (see STALE_RUN_MS). */
  noHeartbeatSince?: string;
}

/** Runs a job hunt end to end; the checkpoint pipeline and Temporal both implement it. */
export interface Orchestrator {
  readonly kind: OrchestratorKind;
  start(config: RunConfig, hooks?: RunHooks): Promise<RunResult>;
  resume(runId: string, hooks?: RunHooks): Promise<RunResult>;
  status(runId: string): Promise<RunStatusView>;
}

export const ORCHESTRATOR = Symbol('ORCHESTRATOR');
