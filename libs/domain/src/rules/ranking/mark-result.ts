import type { JobMark, MarkedResultJob, MarkedRunResult } from '../../models/job-mark';
import type { ResultJob, RunResult } from '../../models/run';
import { urlJobKey } from '../matching/job-key';
import { dismissal } from '../novelty/search-novelty';

/** What the person and earlier runs said about jobs, by jobKey. */
export interface JobHistory {
  marks: ReadonlyMap<string, JobMark>;
  /** The id of the first run that shortlisted each job. */
  firstRuns: ReadonlyMap<string, string>;
}

/** A stored job's jobKey; a job stored before jobs carried one gets its apply URL's (contract section 5). */
export function storedJobKey(job: Pick<ResultJob, 'jobKey' | 'applyUrl'>): string {
  return (job.jobKey as string | undefined) ?? urlJobKey(job.applyUrl) ?? job.applyUrl;
}

/** Every job key of a result, shortlist and near misses: what to look up for markResult. */
export function resultJobKeys(result: RunResult): string[] {
  return [...result.jobs, ...(result.nearMisses ?? [])].map(storedJobKey);
}

/**
 * The result with each job's mark and whether it is new: a job is new in the run that first
 * shortlisted it (so never a near miss, nor a job an earlier run shortlisted), unless the person
 * applied to it or hid it.
 */
export function markResult(result: RunResult, history: JobHistory): MarkedRunResult {
  const marked = (job: ResultJob): MarkedResultJob => {
    const jobKey = storedJobKey(job);
    const mark = history.marks.get(jobKey) ?? null;
    const isNew = dismissal(mark ?? undefined) === null && history.firstRuns.get(jobKey) === result.runId;
    return { ...job, jobKey, mark, isNew };
  };
  const { nearMisses, ...rest } = result;
  return { ...rest, jobs: result.jobs.map(marked), ...(nearMisses ? { nearMisses: nearMisses.map(marked) } : {}) };
}
