import type { CandidateProfile, JobDecision, NormalisedJob, RawJob } from '@job-hunter/domain';

/** A job's description, as its board gave it. */
export type JobDescription = Pick<RawJob, 'descriptionHtml' | 'descriptionText'>;

/** One company's scrape: its raw jobs and the postings its board skipped (e.g. 'unlisted'). */
export interface CompanyJobs {
  jobs: readonly RawJob[];
  skipped: Record<string, number>;
  /**
   * When the jobs come without their descriptions (stored apart): the descriptions of the jobs at
   * these indexes, in their order, read only for the jobs whose head passes.
   */
  descriptions?: (jobs: readonly number[]) => Promise<readonly JobDescription[]>;
}

export interface ProcessOptions {
  /** Jobs the boards skipped before they reached us (e.g. 'unlisted'), merged into the drop counts. */
  skipped?: Record<string, number>;
  /** Company name → declared industries, for the excluded-industry filter. */
  industriesByCompany?: Record<string, string[]>;
  /** The resume's titles (most recent first): the roles judged when the preferences name none. */
  profile?: Pick<CandidateProfile, 'titles'>;
}

export interface ProcessStats {
  jobsScraped: number;
  jobsAfterDedupe: number;
  /** Undated jobs that were kept (recency not strict). */
  undatedKept: number;
  /** Drops by reason: 'invalid', 'duplicate', the hard-filter reasons and board skips. */
  dropped: Record<string, number>;
}

export interface ProcessResult {
  jobs: NormalisedJob[];
  stats: ProcessStats;
  /** One row per job dropped here (invalid, duplicate, hard filters), for decisions.csv. */
  droppedJobs?: JobDecision[];
}
