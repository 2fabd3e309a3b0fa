import type { AtsKind, RawJob, RunError } from '@job-hunter/domain';

export interface ScrapeOptions {
  /** Replay job-board answers from this snapshot directory (contract §4). */
  snapshotDir?: string;
  /** Record every job-board answer into this directory. */
  recordSnapshotDir?: string;
  /** Fetch every board live instead of reusing cached answers (the fresh answers refill the cache). */
  forceRescrape: boolean;
  /** The run's own board deadline (its settings); absent, the process's JH_BOARD_DEADLINE_MS. */
  deadlineMs?: number;
  /**
   * The run's title filter (false: the run drops this posting on its title and company alone): the
   * boards that read one detail per posting skip the unwanted ones' details. Not used when recording
   * a snapshot (a recorded market is replayed later with other preferences) nor by the careers page
   * read in place of a board; absent, every posting's details are read.
   */
  wants?: (posting: { title: string; company: string }) => boolean;
}

export interface CompanyScrapeResult {
  company: string;
  ats?: AtsKind;
  board?: string;
  jobs: RawJob[];
  /** Postings the board listed that did not become jobs, by reason (e.g. `unlisted`). */
  skipped: Record<string, number>;
  /** Set when the board could not be detected or read, or was read only in part (`jobs` keeps what was read); the other companies go on. */
  error?: RunError;
}

export interface ScrapeAllHooks {
  /** Companies read at once (default 4; per-host limits still apply underneath). */
  concurrency?: number;
  onProgress?: (done: number, total: number, company: string) => void;
  signal?: AbortSignal;
}
