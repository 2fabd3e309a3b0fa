import {
  dismissal,
  droppedDecision,
  jobKey,
  searchNovelty,
  type JobDecision,
  type RunResult,
  type ScoredJob,
  type SearchJobRecord,
} from '@job-hunter/domain';
import type { CheckpointRepository, JobMarkRepository, SearchHistoryRepository } from '@job-hunter/persistence';

/**
 * Checkpoint item (under aggregate, beside the result at key '') holding the search history rows a
 * saved search's run writes when it finishes: the aggregate stage works them out with the result's
 * novelty, the finish step records them, so a resumed or re-finished run writes the same rows.
 */
export const SEARCH_HISTORY_KEY = 'searchHistory';

/** What a saved search's run reads: the person's marks and the search's history. */
export interface SearchStores {
  marks: Pick<JobMarkRepository, 'find'>;
  history: Pick<SearchHistoryRepository, 'history'>;
}

/**
 * The scored jobs without those the person hid or applied to (a saved search never shows them
 * again), how many of each went (for the result's `stats.dropped`), and a dropped row each for
 * the run's decisions.
 */
export async function withoutDismissed(
  marks: SearchStores['marks'],
  scored: readonly ScoredJob[],
): Promise<{ scored: ScoredJob[]; dropped: Record<string, number>; decisions: JobDecision[] }> {
  const found = await marks.find(scored.map((s) => jobKey(s.job)));
  const dropped: Record<string, number> = {};
  const decisions: JobDecision[] = [];
  const kept = scored.filter((s) => {
    const why = dismissal(found.get(jobKey(s.job)));
    if (why) {
      dropped[why] = (dropped[why] ?? 0) + 1;
      decisions.push(droppedDecision(s.job, why));
    }
    return !why;
  });
  return { scored: kept, dropped, decisions };
}

/**
 * The result of a saved search's run with each job's novelty, what went missing since the
 * search's previous run (but for the jobs the person hid or applied to) and that run; the history
 * rows to write are saved for the finish step.
 */
export async function withNovelty(
  stores: SearchStores & { checkpoints: Pick<CheckpointRepository, 'save'> },
  searchId: string,
  result: RunResult,
  scored: readonly ScoredJob[],
): Promise<RunResult> {
  const history = await stores.history.history(searchId);
  const dedupeKeys = new Map(scored.map((s) => [jobKey(s.job), s.job.id]));
  const outcome = searchNovelty(result, result.jobs, dedupeKeys, history);
  await stores.checkpoints.save(result.runId, 'aggregate', outcome.records, SEARCH_HISTORY_KEY);
  const marks = await stores.marks.find(outcome.disappeared.map((d) => d.jobKey));
  return {
    ...result,
    jobs: outcome.jobs,
    disappeared: outcome.disappeared.filter((d) => !dismissal(marks.get(d.jobKey))),
    ...(history.previousRun ? { previousRun: history.previousRun } : {}),
  };
}

/** Records a finished saved search run in the search's history (the rows its aggregate stage saved). */
export async function recordSearchRun(
  stores: { checkpoints: Pick<CheckpointRepository, 'load'>; history: Pick<SearchHistoryRepository, 'record'> },
  searchId: string,
  result: RunResult,
): Promise<void> {
  const records = await stores.checkpoints.load<SearchJobRecord[]>(result.runId, 'aggregate', SEARCH_HISTORY_KEY);
  // A run stored before its search kept a history (or one aggregated with no search): nothing to record.
  if (!records) return;
  await stores.history.record(searchId, { runId: result.runId, finishedAt: result.finishedAt }, records);
}
