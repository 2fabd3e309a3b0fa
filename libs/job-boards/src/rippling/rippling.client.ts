import { Inject, Injectable, Optional } from '@nestjs/common';
import { JobHunterError, isJobHunterError } from '@job-hunter/domain';
import { HOST_LEASES, type HostLeases } from '../http/host-leases';
import { HostLimiter } from '../http/host-semaphore';
import type { BoardHttp } from '../http/http.types';
import type { BoardFetchResult, BoardTarget, JobBoardClient } from '../job-board-client';
import { assembleResult, fetchDetails, wantedBy } from '../shared/paged-board';
import type { Listing } from '../shared/paged-board';
import { expectArray, isRecord } from '../shared/payload';
import { asBoardToken, boardSegment, pathSegments } from '../shared/url';
import { mapRipplingPosting, mergeRipplingRows } from './rippling.mapper';
import type { RipplingJobDetail, RipplingPosting, RipplingRow } from './rippling.types';

const API_HOST = 'api.rippling.com';
const SITE_HOST = 'ats.rippling.com';
/** A locale path segment (`en-US`, `fr-FR`) before the board name on the board site. */
const LOCALE = /^[a-z]{2}-[a-z]{2}$/i;
/** First path segments of the board site that are Rippling's own, not a board. */
const NOT_BOARDS = new Set(['api', '_next', 'static', 'assets', 'jobs']);
/** Detail requests in flight per board; the HTTP client's per-host cap bounds all boards together (one API host). */
export const RIPPLING_DETAIL_CONCURRENCY = 4;
/** Beyond this many jobs the rest are counted as `over_cap` (Rippling's own board lists about 650 rows). */
export const RIPPLING_MAX_JOBS = 2000;

/**
 * Rippling (`ats.rippling.com/{slug}/jobs`): the public job-board API Rippling documents
 * (developer.rippling.com, Job Board API) and its board pages read. The list is one request with one
 * row per job and work location and no date; then one record per job for the description, the
 * posting date, the employment type and pay. Board names are case-sensitive and kept as written.
 */
@Injectable()
export class RipplingClient implements JobBoardClient {
  readonly ats = 'rippling' as const;
  /** Per board, across calls (and, with shared leases, across every Temporal worker). */
  private readonly detailLimiter: HostLimiter;

  constructor(@Optional() @Inject(HOST_LEASES) leases?: HostLeases) {
    this.detailLimiter = new HostLimiter(RIPPLING_DETAIL_CONCURRENCY, {}, leases, 'rippling-detail');
  }

  /**
   * `ats.rippling.com/{slug}/jobs[/{uuid}]`, `ats.rippling.com/{locale}/{slug}/jobs[/{uuid}]`, and the
   * API (`api.rippling.com/platform/api/ats/v1/board/{slug}/jobs`, also v2 and
   * `ats.rippling.com/api/v2/board/{slug}/jobs`). Not www.rippling.com or app.rippling.com.
   */
  detect(url: URL): { board: string } | null {
    const host = url.hostname.toLowerCase();
    const segments = pathSegments(url);
    if (host === API_HOST || (host === SITE_HOST && segments[0] === 'api')) return apiBoard(segments);
    if (host !== SITE_HOST) return null;
    const [first, second, third] = segments;
    const slug = first && LOCALE.test(first) && third === 'jobs' ? second : second === 'jobs' ? first : undefined;
    const board = asBoardToken(slug);
    return board && !NOT_BOARDS.has(board.toLowerCase()) ? { board } : null;
  }

  async fetchJobs(target: BoardTarget, http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    const slug = boardSegment(target.board);
    const jobsUrl = `https://${API_HOST}/platform/api/ats/v1/board/${slug}/jobs`;
    const fetchedAt = new Date().toISOString();
    let body: unknown;
    try {
      body = await http.getJson(jobsUrl, { timeoutMs: 20_000, signal });
    } catch (e) {
      if (isJobHunterError(e) && e.code === 'BOARD_NOT_FOUND') {
        throw new JobHunterError(
          'BOARD_NOT_FOUND',
          `No Rippling board "${target.board}" (${e.message}). Board names are case-sensitive: copy it from the ats.rippling.com URL.`,
          { cause: e },
        );
      }
      throw e;
    }
    const rows = expectArray<RipplingRow>(body, jobsUrl);
    const merged = mergeRipplingRows(rows.items);
    const listing: Listing<RipplingPosting> = {
      items: merged.postings.slice(0, RIPPLING_MAX_JOBS),
      total: merged.postings.length,
      invalid: rows.invalid + merged.invalid,
      overCap: Math.max(0, merged.postings.length - RIPPLING_MAX_JOBS),
      failure: null,
    };
    const details = await fetchDetails(
      listing.items,
      this.detailLimiter,
      slug,
      async (posting) => {
        const url = `${jobsUrl}/${encodeURIComponent(posting.uuid)}`;
        return asDetail(await http.getJson(url, { timeoutMs: 15_000, signal }), url);
      },
      signal,
      wantedBy(target, (posting: RipplingPosting) => posting.name),
    );
    return assembleResult(listing, details, (posting, detail) =>
      mapRipplingPosting(posting, detail, target, slug, fetchedAt),
    );
  }
}

/** `…/board/{slug}` or `…/board/{slug}/jobs[/…]`: the segment after `board`. */
function apiBoard(segments: readonly string[]): { board: string } | null {
  const i = segments.indexOf('board');
  const next = segments[i + 2];
  const board = i >= 0 && (next === undefined || next === 'jobs') ? asBoardToken(segments[i + 1]) : null;
  return board ? { board } : null;
}

function asDetail(body: unknown, url: string): RipplingJobDetail {
  if (isRecord(body)) return body as RipplingJobDetail;
  throw new JobHunterError(
    'BOARD_MALFORMED',
    `${url.replace(/\?.*$/, '')} did not answer a job record; Rippling may have changed its API.`,
  );
}
