import { Inject, Injectable, Optional } from '@nestjs/common';
import { JobHunterError } from '@job-hunter/domain';
import { HOST_LEASES, type HostLeases } from '../http/host-leases';
import { HostLimiter } from '../http/host-semaphore';
import type { BoardHttp } from '../http/http.types';
import type { BoardFetchResult, BoardTarget, JobBoardClient } from '../job-board-client';
import { assembleResult, fetchDetails, readPages, wantedBy } from '../shared/paged-board';
import type { Page } from '../shared/paged-board';
import { expectObjectWithArray, isRecord } from '../shared/payload';
import { detectOracleSite, oracleBoardToken, parseOracleBoard, type OracleBoard } from './oracle-board';
import { mapOracleRequisition, oracleRequisitionId } from './oracle.mapper';
import type { OracleDetailResponse, OracleRequisition, OracleRequisitionDetail, OracleSearch } from './oracle.types';

/** The page size the Candidate Experience site itself asks for. */
export const ORACLE_PAGE_SIZE = 25;
/** Beyond this many requisitions the rest are counted as `over_cap` (JPMorgan lists 7,000+). */
export const ORACLE_MAX_JOBS = 2000;
/** Detail requests in flight per ORC host (some tenants sit behind a WAF); list pages go one at a time. */
export const ORACLE_DETAIL_CONCURRENCY = 2;

const REST = 'hcmRestApi/resources/latest';

/**
 * Oracle Recruiting Cloud (`{pod}.fa.{region}.oraclecloud.com/hcmUI/CandidateExperience/{lang}/sites/{site}`):
 * the public Candidate Experience REST API, paged by the offset inside the finder string, then one
 * detail per requisition for its full texts and exact posting time. A job whose detail fails keeps
 * its list data (short text, posting day).
 */
@Injectable()
export class OracleClient implements JobBoardClient {
  readonly ats = 'oracle' as const;
  /** Per ORC host across companies (and, with shared leases, across every Temporal worker). */
  private readonly detailLimiter: HostLimiter;

  constructor(@Optional() @Inject(HOST_LEASES) leases?: HostLeases) {
    this.detailLimiter = new HostLimiter(ORACLE_DETAIL_CONCURRENCY, {}, leases, 'oracle-detail');
  }

  detect(url: URL): { board: string } | null {
    const found = detectOracleSite(url);
    return found ? { board: oracleBoardToken(found) } : null;
  }

  /** The site's job list (a client-side page; some tenants' WAF refuses the REST API to data-centre addresses). */
  careersPage(target: BoardTarget): string | null {
    try {
      const board = parseOracleBoard(target.board);
      return `https://${board.host}/hcmUI/CandidateExperience/en/sites/${board.site}/jobs`;
    } catch {
      return null;
    }
  }

  async fetchJobs(target: BoardTarget, http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    const board = parseOracleBoard(target.board);
    const fetchedAt = new Date().toISOString();
    const listing = await readPages({
      pageSize: ORACLE_PAGE_SIZE,
      maxItems: ORACLE_MAX_JOBS,
      fetchPage: (offset) => this.listPage(board, offset, http, signal),
      keyOf: oracleRequisitionId,
      signal,
    });
    const details = await fetchDetails(
      listing.items,
      this.detailLimiter,
      board.host,
      (row) => this.detail(board, oracleRequisitionId(row) ?? '', http, signal),
      signal,
      wantedBy(target, (row: OracleRequisition) => row.Title),
    );
    const ctx = { target, board, fetchedAt };
    return assembleResult(listing, details, (row, detail) => mapOracleRequisition(row, detail, ctx));
  }

  private async listPage(
    board: OracleBoard,
    offset: number,
    http: BoardHttp,
    signal?: AbortSignal,
  ): Promise<Page<OracleRequisition>> {
    // limit and offset only count inside the finder (top-level ones are ignored), and without the
    // expand the answer carries the total but no requisitions.
    const url =
      `https://${board.host}/${REST}/recruitingCEJobRequisitions?onlyData=true` +
      `&expand=requisitionList.secondaryLocations` +
      `&finder=findReqs;siteNumber=${board.site},limit=${ORACLE_PAGE_SIZE},offset=${offset},sortBy=POSTING_DATES_DESC`;
    const body = await http.getJson(url, {
      timeoutMs: 20_000,
      signal,
      snapshotKey: `${REST}/recruitingCEJobRequisitions/${board.site}/offset-${offset}`,
    });
    const { items } = expectObjectWithArray<OracleSearch>(body, 'items', url);
    const search = items[0];
    // No search context: the site lists nothing (an empty board answers so).
    if (!search) return { items: [], invalid: 0, total: 0 };
    const list = search.requisitionList;
    if (list === undefined || list === null) {
      if (typeof search.TotalJobsCount === 'number' && search.TotalJobsCount > offset) {
        throw new JobHunterError(
          'BOARD_MALFORMED',
          `${board.host} counted ${search.TotalJobsCount} requisitions on site ${board.site} but listed none; the Candidate Experience API may have changed.`,
        );
      }
      return { items: [], invalid: 0, total: search.TotalJobsCount };
    }
    const page = expectObjectWithArray<OracleRequisition>(search, 'requisitionList', url);
    return { ...page, total: search.TotalJobsCount };
  }

  private async detail(
    board: OracleBoard,
    id: string,
    http: BoardHttp,
    signal?: AbortSignal,
  ): Promise<OracleRequisitionDetail> {
    const url =
      `https://${board.host}/${REST}/recruitingCEJobRequisitionDetails?onlyData=true&expand=all` +
      `&finder=ById;Id="${id}",siteNumber=${board.site}`;
    const body = (await http.getJson(url, {
      timeoutMs: 15_000,
      signal,
      snapshotKey: `${REST}/recruitingCEJobRequisitionDetails/${board.site}/${id}`,
    })) as OracleDetailResponse | null;
    const item = Array.isArray(body?.items) ? body.items[0] : undefined;
    if (isRecord(item)) return item;
    if (Array.isArray(body?.items)) {
      throw new JobHunterError(
        'BOARD_NOT_FOUND',
        `${board.host} has no detail for requisition ${id} (closed since it was listed?).`,
      );
    }
    throw new JobHunterError(
      'BOARD_MALFORMED',
      `The ${board.host} detail of requisition ${id} has no items; the Candidate Experience API may have changed.`,
    );
  }
}
