import type { ResultJob, RunResult } from './run';

export const JOB_MARK_STATES = ['saved', 'applied', 'hidden'] as const;
/** What the person did with a job: kept it for later, applied to it, or does not want to see it again. */
export type JobMarkState = (typeof JOB_MARK_STATES)[number];

/** A person's mark on a job (contract section 7), held by the job's jobKey across runs. */
export interface JobMark {
  state: JobMarkState;
  /** YYYY-MM-DD: the day of the application (for the other states, the day they were marked). */
  at: string;
  note: string | null;
}

/** Where a marked job stands on its board (rules/ranking boardState). */
export type BoardStateKind = 'open' | 'gone' | 'unknown';

export interface BoardState {
  state: BoardStateKind;
  /** ISO-8601: the last scrape that listed the job; null when no recorded scrape did. */
  lastSeenAt: string | null;
  /** ISO-8601: the last complete scrape of its board; null when none was recorded. */
  lastScrapedAt: string | null;
}

/** A result job as the API shows it: with the person's mark, and whether this run is the first to shortlist it. */
export interface MarkedResultJob extends ResultJob {
  mark: JobMark | null;
  isNew: boolean;
}

/** The result object of `GET /runs/:id/results`: every job and near miss marked. */
export interface MarkedRunResult extends Omit<RunResult, 'jobs' | 'nearMisses'> {
  jobs: MarkedResultJob[];
  nearMisses?: MarkedResultJob[];
}
