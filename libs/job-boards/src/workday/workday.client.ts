import { Inject, Injectable, Optional } from '@nestjs/common';
import { JobHunterError } from '@job-hunter/domain';
import { HOST_LEASES, type HostLeases } from '../http/host-leases';
import { HostLimiter } from '../http/host-semaphore';
import type { BoardHttp } from '../http/http.types';
import type { BoardFetchResult, BoardTarget, JobBoardClient } from '../job-board-client';
import { expectObjectWithArray } from '../shared/payload';
import { assembleResult, fetchDetails, readPages, wantedBy } from '../shared/paged-board';
import type { Page } from '../shared/paged-board';
import { detectWorkdaySite, parseWorkdayBoard, workdayBoardToken, workdayLocale } from './workday-board';
import { mapWorkdayPosting } from './workday.mapper';
import type {
  WorkdayDetailResponse,
  WorkdayJobPostingInfo,
  WorkdayListResponse,
  WorkdayPostingSummary,
} from './workday.types';

/** Workday answers at most 20 postings per page (more is an error or an empty page on some tenants). */
export const WORKDAY_PAGE_SIZE = 20;
/** Enough for any one company's relevant openings; beyond it the rest are counted as `over_cap`. */
export const WORKDAY_MAX_JOBS = 2000;
/** Workday throttles hard: list pages go one at a time per host, details two at a time. */
export const WORKDAY_LIST_CONCURRENCY = 1;
export const WORKDAY_DETAIL_CONCURRENCY = 2;

/**
 * Workday career sites (`{tenant}.wd{N}.myworkdayjobs.com/{site}`, `wd{N}.myworkdaysite.com/recruiting/{tenant}/{site}`):
 * the cxs list, 20 postings a page, then one detail per posting for its description, real
 * locations, exact start date and public URL. A job whose detail fails keeps its list data.
 */
@Injectable()
export class WorkdayClient implements JobBoardClient {
  readonly ats = 'workday' as const;
  // One per client instance (Nest makes one), keyed by host, so the caps hold across companies on a
  // tenant; with shared leases (Temporal workers) across every worker too.
  private readonly listLimiter: HostLimiter;
  private readonly detailLimiter: HostLimiter;

  constructor(@Optional() @Inject(HOST_LEASES) leases?: HostLeases) {
    this.listLimiter = new HostLimiter(WORKDAY_LIST_CONCURRENCY, {}, leases, 'workday-list');
    this.detailLimiter = new HostLimiter(WORKDAY_DETAIL_CONCURRENCY, {}, leases, 'workday-detail');
  }

  detect(url: URL): { board: string } | null {
    const found = detectWorkdaySite(url);
    return found ? { board: workdayBoardToken(found.board) } : null;
  }

  async fetchJobs(target: BoardTarget, http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    const board = parseWorkdayBoard(target.board);
    const fetchedAt = new Date();
    const siteUrl = `https://${board.host}/wday/cxs/${board.tenant}/${board.site}`;
    const listUrl = `${siteUrl}/jobs`;
    const fetchPage = async (offset: number): Promise<Page<WorkdayPostingSummary>> => {
      const body = await this.listLimiter.run(board.host, () =>
        http.postJson(
          listUrl,
          { appliedFacets: {}, limit: WORKDAY_PAGE_SIZE, offset, searchText: '' },
          { timeoutMs: 20_000, signal },
        ),
      );
      const page = expectObjectWithArray<WorkdayPostingSummary>(body, 'jobPostings', listUrl);
      return { ...page, total: (body as WorkdayListResponse).total };
    };
    const listing = await readPages({
      pageSize: WORKDAY_PAGE_SIZE,
      maxItems: WORKDAY_MAX_JOBS,
      fetchPage,
      keyOf: externalPath,
      signal,
    });
    const details = await fetchDetails(
      listing.items,
      this.detailLimiter,
      board.host,
      async (p) => postingInfo(await http.getJson(`${siteUrl}${externalPath(p)}`, { timeoutMs: 15_000, signal }), p),
      signal,
      wantedBy(target, (p: WorkdayPostingSummary) => p.title),
    );
    const ctx = { target, board, locale: workdayLocale(target.careersUrl), fetchedAt };
    return assembleResult(listing, details, (posting, detail) => mapWorkdayPosting(posting, detail, ctx));
  }
}

/** The path that identifies a posting and leads to its detail; null when it is missing or not a path. */
function externalPath(p: WorkdayPostingSummary): string | null {
  const path = typeof p.externalPath === 'string' ? p.externalPath.trim() : '';
  return path.startsWith('/') ? path : null;
}

function postingInfo(body: unknown, p: WorkdayPostingSummary): WorkdayJobPostingInfo {
  const info = typeof body === 'object' && body !== null ? (body as WorkdayDetailResponse).jobPostingInfo : undefined;
  if (typeof info === 'object' && info !== null) return info;
  throw new JobHunterError(
    'BOARD_MALFORMED',
    `The Workday detail of ${externalPath(p) ?? 'a posting'} has no jobPostingInfo; the board's API may have changed.`,
  );
}
