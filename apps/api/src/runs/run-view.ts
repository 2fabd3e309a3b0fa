import type { OrchestratorKind, Reading, RunError, RunStats, RunStatus } from '@job-hunter/domain';
import type { RunSummary } from '@job-hunter/persistence';
import { nextStage, staleSince, type RunStatusView, type StageName } from '@job-hunter/orchestration';
import type { ScrapeProgress } from './run-events';

/** One run of `GET /runs` (contract section 7). */
export interface RunListItem {
  runId: string;
  status: RunStatus;
  orchestrator: OrchestratorKind;
  startedAt: string;
  finishedAt: string | null;
  currentStage: StageName | null;
  jobsInOutput: number | null;
}

/**
 * `GET /runs/:id` and the first event of `/events` (contract section 7): the orchestrator's view
 * of the run without its whole result, with the progress, reading, errors and stats.
 */
export interface RunView extends Omit<RunStatusView, 'result' | 'noHeartbeatSince'> {
  progress: ScrapeProgress;
  reading?: Reading;
  errors: RunError[];
  stats?: RunStats;
}

/** A stored run as the list shows it; `finished` are its finished stages (read for running runs only). */
export function listItem(run: RunSummary, finished: readonly string[] = []): RunListItem {
  const status = staleSince(run) ? 'interrupted' : run.status;
  return {
    runId: run.id,
    status,
    orchestrator: run.orchestrator,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    currentStage: status === 'running' ? nextStage(finished) : null,
    jobsInOutput: run.jobsInOutput,
  };
}

/**
 * The run as its orchestrator reports it, with what the person wants to see: how far scraping got
 * (this process's live count, else the result's), the reading once known, the errors and stats.
 */
export function runView(status: RunStatusView, reading: Reading | undefined, live?: ScrapeProgress): RunView {
  const { result } = status;
  const attempted = result?.stats.companiesAttempted ?? 0;
  return {
    runId: status.runId,
    status: status.status,
    orchestrator: status.orchestrator,
    startedAt: status.startedAt,
    finishedAt: status.finishedAt,
    finishedStages: status.finishedStages,
    currentStage: status.currentStage,
    progress: live ?? { companiesDone: attempted, companiesTotal: attempted },
    ...(reading ? { reading } : {}),
    errors: result?.errors ?? [],
    ...(result ? { stats: result.stats } : {}),
  };
}
