import { dateLabel, newJobsOf, toSingleLine, type ResultJob, type RunResult } from '@job-hunter/domain';

const NOVELTY_ORDER = { new: 0, changed: 1, seen: 2 } as const;

/** "since 2026-03-01" (the search's last run), or "in the search's first run"; null for a run of no saved search. */
function sinceLabel(result: RunResult): string | null {
  if (!result.disappeared) return null;
  return result.previousRun ? `since ${dateLabel(result.previousRun.finishedAt)}` : "in the search's first run";
}

/**
 * What a saved search's digest leads with: "3 new since 2026-03-01, 1 changed, 2 gone"; null for a run of no saved search.
 */
export function noveltyHeadline(result: RunResult): string | null {
  const since = sinceLabel(result);
  const fresh = newJobsOf(result);
  if (!since || !fresh) return null;
  const changed = result.jobs.filter((j) => j.novelty === 'changed').length;
  const gone = result.disappeared?.length ?? 0;
  const extras = [changed ? `${changed} changed` : '', gone ? `${gone} gone` : ''].filter((p) => p);
  const lead = fresh.length ? `${fresh.length} new ${since}` : `Nothing new ${since}`;
  return [lead, ...extras].join(', ');
}

/** The jobs as a saved search's digest lists them: new first, then changed, then seen, each in rank order. */
export function digestOrder(jobs: readonly ResultJob[]): ResultJob[] {
  const order = (j: ResultJob) => (j.novelty ? NOVELTY_ORDER[j.novelty] : 0);
  return [...jobs].sort((a, b) => order(a) - order(b) || a.rank - b.rank);
}

/** "[new] " / "[changed] " before a job of a saved search's run; '' for seen jobs and other runs. */
export function noveltyTag(job: ResultJob): string {
  return job.novelty === 'new' || job.novelty === 'changed' ? `[${job.novelty}] ` : '';
}

/** One line per job the search's previous run shortlisted and this one does not. */
export function goneLines(result: RunResult): string[] {
  return (result.disappeared ?? []).map((d) => `${toSingleLine(d.title)} — ${toSingleLine(d.company)}`);
}
