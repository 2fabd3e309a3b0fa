import { Inject, Injectable, Optional } from '@nestjs/common';
import { JobHunterError } from '@job-hunter/domain';
import { HOST_LEASES, type HostLeases } from '../http/host-leases';
import { HostLimiter } from '../http/host-semaphore';
import type { BoardHttp } from '../http/http.types';
import type { BoardFetchResult, BoardTarget, JobBoardClient } from '../job-board-client';
import { expectObjectWithArray, isRecord } from '../shared/payload';
import { asBoardToken, boardSegment, pathSegments } from '../shared/url';
import { assembleResult, fetchDetails, readPages, wantedBy } from '../shared/paged-board';
import type { Page } from '../shared/paged-board';
import { mapSmartRecruitersPosting } from './smartrecruiters.mapper';
import type {
  SmartRecruitersListResponse,
  SmartRecruitersPosting,
  SmartRecruitersPostingDetail,
} from './smartrecruiters.types';

const API_HOST = 'api.smartrecruiters.com';
const SITE_HOSTS = new Set(['jobs.smartrecruiters.com', 'careers.smartrecruiters.com']);
/** First path segments on the career hosts that are SmartRecruiters' own pages, not companies. */
const NOT_A_COMPANY = new Set(['oneclick-ui', 'sr-jobs', 'static', 'api']);
export const SMARTRECRUITERS_PAGE_SIZE = 100;
/** Beyond this many postings the rest are counted as `over_cap` (some boards list thousands). */
export const SMARTRECRUITERS_MAX_JOBS = 2000;
/** Detail requests in flight per company; the HTTP client's per-host cap bounds all companies together. */
export const SMARTRECRUITERS_DETAIL_CONCURRENCY = 4;

/**
 * SmartRecruiters (`jobs.`/`careers.smartrecruiters.com/{company}`): the public posting API, paged
 * by offset, then one detail per posting for its job ad and public URL.
 */
@Injectable()
export class SmartRecruitersClient implements JobBoardClient {
  readonly ats = 'smartrecruiters' as const;
  /** Per company, across companies (and, with shared leases, across every Temporal worker). */
  private readonly detailLimiter: HostLimiter;

  constructor(@Optional() @Inject(HOST_LEASES) leases?: HostLeases) {
    this.detailLimiter = new HostLimiter(SMARTRECRUITERS_DETAIL_CONCURRENCY, {}, leases, 'smartrecruiters-detail');
  }

  detect(url: URL): { board: string } | null {
    const host = url.hostname.toLowerCase();
    const segments = pathSegments(url);
    if (host === API_HOST) {
      const company = segments[0] === 'v1' && segments[1] === 'companies' ? asBoardToken(segments[2]) : null;
      return company ? { board: company } : null;
    }
    if (!SITE_HOSTS.has(host)) return null;
    // Apply links: jobs.smartrecruiters.com/oneclick-ui/company/{company}/publication/{uuid}
    if (segments[0] === 'oneclick-ui') {
      const company = segments[1] === 'company' ? asBoardToken(segments[2]) : null;
      return company ? { board: company } : null;
    }
    const company = asBoardToken(segments[0]);
    return company && !NOT_A_COMPANY.has(company.toLowerCase()) ? { board: company } : null;
  }

  async fetchJobs(target: BoardTarget, http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    const company = boardSegment(target.board);
    const postingsUrl = `https://${API_HOST}/v1/companies/${company}/postings`;
    const fetchedAt = new Date().toISOString();
    const fetchPage = async (offset: number): Promise<Page<SmartRecruitersPosting>> => {
      const url = `${postingsUrl}?limit=${SMARTRECRUITERS_PAGE_SIZE}&offset=${offset}`;
      const body = await http.getJson(url, { timeoutMs: 20_000, signal });
      const page = expectObjectWithArray<SmartRecruitersPosting>(body, 'content', url);
      return { ...page, total: (body as SmartRecruitersListResponse).totalFound };
    };
    const listing = await readPages({
      pageSize: SMARTRECRUITERS_PAGE_SIZE,
      maxItems: SMARTRECRUITERS_MAX_JOBS,
      fetchPage,
      keyOf: (p) => (typeof p.id === 'string' && p.id.trim() ? p.id.trim() : null),
      signal,
    });
    const details = await fetchDetails(
      listing.items,
      this.detailLimiter,
      company.toLowerCase(),
      async (p) =>
        asDetail(
          await http.getJson(`${postingsUrl}/${encodeURIComponent(p.id.trim())}`, { timeoutMs: 15_000, signal }),
        ),
      signal,
      wantedBy(target, (p: SmartRecruitersPosting) => p.name),
    );
    return assembleResult(listing, details, (posting, detail) =>
      mapSmartRecruitersPosting(posting, detail, target, fetchedAt),
    );
  }
}

function asDetail(body: unknown): SmartRecruitersPostingDetail {
  if (isRecord(body)) return body as SmartRecruitersPostingDetail;
  throw new JobHunterError(
    'BOARD_MALFORMED',
    'A SmartRecruiters posting detail was not an object; the API may have changed.',
  );
}
