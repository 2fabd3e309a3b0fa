import { jobDecisions, type JobDecision, type RunResult, type ScoredJob } from '@job-hunter/domain';
import type { CheckpointRepository } from '@job-hunter/persistence';

/**
 * Checkpoint item (under aggregate, beside the result at key '') holding one decision row per job
 * the run saw, for decisions.csv. The aggregate stage writes it from the jobs in the store; the
 * report writer reads it, so under Temporal no workflow payload carries thousands of rows.
 */
export const DECISIONS_KEY = 'decisions';

export function saveRunDecisions(
  checkpoints: Pick<CheckpointRepository, 'save'>,
  runId: string,
  result: RunResult,
  scored: readonly ScoredJob[],
  dropped: readonly JobDecision[],
  opts: { minScore: number; maxPerCompany: number },
): Promise<void> {
  return checkpoints.save(runId, 'aggregate', jobDecisions(result, scored, dropped, opts), DECISIONS_KEY);
}

/** Undefined for a run stored before runs kept their decisions (or a store that holds none). */
export async function loadRunDecisions(
  checkpoints: Pick<CheckpointRepository, 'load'>,
  runId: string,
): Promise<JobDecision[] | undefined> {
  const rows = await checkpoints.load<unknown>(runId, 'aggregate', DECISIONS_KEY);
  return Array.isArray(rows) ? (rows as JobDecision[]) : undefined;
}
