import type { AtsKind, ErrorCode, RawJob } from '@job-hunter/domain';
import type { BoardHttp } from './http/http.types';

/** The board to read: the company's display name, its ATS board token and, when known, its careers URL. */
export interface BoardTarget {
  company: string;
  board: string;
  /** Lets a client pick a regional API (e.g. Lever EU) from the URL the company gave. */
  careersUrl?: string;
  /**
   * Set when the careers-page reader stands in for this board's feed (it was off or refused): the
   * page's links back to that board are then read as a page, not handed back to the same feed.
   */
  insteadOf?: AtsKind;
  /**
   * False when the run will drop this posting on its title alone: a board that needs one request per
   * posting for its details may skip that request and return the posting with its list data.
   * Absent: every posting is wanted. Boards that read no details ignore it.
   */
  wants?: (posting: { title: string }) => boolean;
}

/** Every posting becomes a RawJob or a counted skip (e.g. `unlisted`, `invalid`): none is silently lost. */
export interface BoardFetchResult {
  jobs: RawJob[];
  skipped: Record<string, number>;
  /**
   * Set when part of the board failed (a later page, some per-job details) but the jobs read
   * before the failure are kept: the scraper records it as the company's error and keeps `jobs`.
   */
  partialError?: { code: ErrorCode; message: string };
}

/** One applicant tracking system's public job-board API. */
export interface JobBoardClient {
  readonly ats: AtsKind;
  /** The board token when the URL is one of this ATS's careers pages, else null. */
  detect(url: URL): { board: string } | null;
  fetchJobs(target: BoardTarget, http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult>;
  /**
   * The page the careers-page reader takes over with when this board's feed is off or refused
   * (fetchJobs threw BOARD_FEED_OFF); absent or null when there is none worth reading.
   */
  careersPage?(target: BoardTarget): string | null;
}

/** Multi-provider token: every JobBoardClient registered in JobBoardsModule. */
export const JOB_BOARD_CLIENTS = Symbol('JOB_BOARD_CLIENTS');

/**
 * The JobBoardClients with a public API (all but the careers page), the same instances as in
 * JOB_BOARD_CLIENTS: the careers page hands the boards it finds embedded to these.
 */
export const API_BOARD_CLIENTS = Symbol('API_BOARD_CLIENTS');

export function countSkip(skipped: Record<string, number>, reason: string): void {
  skipped[reason] = (skipped[reason] ?? 0) + 1;
}

/**
 * Maps every posting of a board's answer: one `map` cannot read (null) is counted as `invalid`, and one
 * `skip` names a reason for (e.g. `unlisted`) is counted under that reason without being mapped.
 */
export function mapPostings<T>(
  postings: readonly T[],
  map: (posting: T, index: number) => RawJob | null,
  skip?: (posting: T) => string | undefined,
): BoardFetchResult {
  const result: BoardFetchResult = { jobs: [], skipped: {} };
  postings.forEach((posting, index) => {
    const reason = skip?.(posting);
    if (reason) {
      countSkip(result.skipped, reason);
      return;
    }
    const job = map(posting, index);
    if (job) result.jobs.push(job);
    else countSkip(result.skipped, 'invalid');
  });
  return result;
}

/**
 * Gathers a board's mapped jobs once per `externalId`, up to `maxJobs`: an unmappable one (null) is
 * counted as `invalid`, a repeat is dropped, one past the cap is counted as `over_cap`.
 */
export class JobCollector {
  readonly result: BoardFetchResult = { jobs: [], skipped: {} };
  private readonly seen = new Set<string>();

  constructor(private readonly maxJobs: number) {}

  /** True when the job's id was new (kept, or counted over the cap); false for a repeat or an unmappable one. */
  add(job: RawJob | null): boolean {
    if (!job) {
      countSkip(this.result.skipped, 'invalid');
      return false;
    }
    if (this.seen.has(job.externalId)) return false;
    this.seen.add(job.externalId);
    if (this.result.jobs.length < this.maxJobs) this.result.jobs.push(job);
    else countSkip(this.result.skipped, 'over_cap');
    return true;
  }

  /** True once the cap is reached. */
  get full(): boolean {
    return this.result.jobs.length >= this.maxJobs;
  }
}

/** Adds postings that were not even objects to a mapped result's `invalid` count. */
export function withInvalid(result: BoardFetchResult, invalid: number): BoardFetchResult {
  if (invalid > 0) result.skipped['invalid'] = (result.skipped['invalid'] ?? 0) + invalid;
  return result;
}
