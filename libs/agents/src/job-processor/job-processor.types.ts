import type { NormalisedJob } from '@job-hunter/domain';

export interface ProcessOptions {
  /** Jobs the boards skipped before they reached us (e.g. 'unlisted'), merged into the drop counts. */
  skipped?: Record<string, number>;
  /** Company name → declared industries, for the excluded-industry filter. */
  industriesByCompany?: Record<string, string[]>;
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
}
