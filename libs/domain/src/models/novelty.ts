/**
 * What a saved search's run says of each shortlisted job against the search's earlier runs:
 * `new` never shortlisted by the search before, `seen` shortlisted before and unchanged,
 * `changed` shortlisted before with another title, pay or place.
 */
export type Novelty = 'new' | 'seen' | 'changed';

/** A job the search's previous run shortlisted that this run's shortlist no longer holds. */
export interface DisappearedJob {
  jobKey: string;
  title: string;
  company: string;
  applyUrl: string;
  /** The last run of the search that shortlisted it. */
  lastSeenRunId: string;
}

/** The search's run before this one: what "new" and "disappeared" are counted against. */
export interface PreviousSearchRun {
  runId: string;
  /** ISO-8601: when it finished. */
  finishedAt: string;
}

/**
 * One job a saved search shortlisted, as its last run showed it. Keyed by the jobKey it was first
 * shortlisted under; its apply-URL and dedupe identities let a repost under a new board id match it.
 */
export interface SearchJobRecord {
  jobKey: string;
  /** urlJobKey of its apply URL, null when the URL names no page. */
  urlKey: string | null;
  /** The dedupe key (company, title, place) of rules/matching. */
  dedupeKey: string;
  title: string;
  company: string;
  /** The salary label ('' when the job gave none). */
  pay: string;
  /** The location label. */
  place: string;
  applyUrl: string;
  firstRunId: string;
  lastRunId: string;
  /** ISO-8601: when the last run that shortlisted it finished. */
  lastSeenAt: string;
}

/** What a search knows before one of its runs: its previous run (null before the first) and the jobs it shortlisted. */
export interface SearchHistory {
  previousRun: PreviousSearchRun | null;
  jobs: readonly SearchJobRecord[];
}
