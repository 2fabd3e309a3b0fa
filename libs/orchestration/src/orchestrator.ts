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

/**
 * Runs a job hunt end to end; the checkpoint pipeline and Temporal both implement it. A `signal`
 * stops a run gracefully when it aborts, as Temporal's cancel signal does: no more scrapes or
 * scoring, the run aggregates what it has and ends `partial` with the error CANCELLED (or `failed`
 * when no company was searched yet).
 */
export interface Orchestrator {
  readonly kind: OrchestratorKind;
  start(config: RunConfig, hooks?: RunHooks, signal?: AbortSignal): Promise<RunResult>;
  /** Starts a run recorded earlier with status `queued` (the API's queue), now owned by this orchestrator. */
  launch(runId: string, hooks?: RunHooks, signal?: AbortSignal): Promise<RunResult>;
  resume(runId: string, hooks?: RunHooks): Promise<RunResult>;
  status(runId: string): Promise<RunStatusView>;
  /**
   * Asks a run that another process follows to stop gracefully; false when this orchestrator cannot
   * reach it (a checkpoint run stops only through the signal of the process running it).
   */
  cancel(runId: string): Promise<boolean>;
}

export const ORCHESTRATOR = Symbol('ORCHESTRATOR');
