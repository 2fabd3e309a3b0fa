import { Inject, Injectable, Optional } from '@nestjs/common';
import { JobHunterError, isJobHunterError } from '@job-hunter/domain';
import { HOST_LEASES, type HostLeases } from '../http/host-leases';
import { HostLimiter } from '../http/host-semaphore';
import type { BoardHttp } from '../http/http.types';
import type { BoardFetchResult, BoardTarget, JobBoardClient } from '../job-board-client';
import { assembleResult, fetchDetails, wantedBy } from '../shared/paged-board';
import type { Listing } from '../shared/paged-board';
import { text } from '../shared/html';
import { expectObjectWithArray, isRecord } from '../shared/payload';
import { pathSegments } from '../shared/url';
import { isBambooHrWidget, parseBambooHrWidget } from './bamboohr-widget';
import { isOpen, mapBambooHrOpening } from './bamboohr.mapper';
import type { BambooHrDetailResponse, BambooHrJobOpening, BambooHrListEntry, BambooHrOpening } from './bamboohr.types';

/** Detail requests in flight per company (each company is its own host). */
export const BAMBOOHR_DETAIL_CONCURRENCY = 4;
/** Beyond this many openings the rest are counted as `over_cap`. */
export const BAMBOOHR_MAX_JOBS = 2000;

const HOST = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.bamboohr\.com$/;
const TENANT = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/**
 * bamboohr.com subdomains that are BambooHR's own sites, not a company's. A company may hold any other
 * name (a public list of live boards has `developers.bamboohr.com/careers`), and a wrong guess costs
 * only a BOARD_NOT_FOUND judged by content.
 */
const NOT_TENANTS = new Set([
  'www',
  'marketplace',
  'help',
  'api',
  'app',
  'partners',
  'status',
  'documentation',
  'blog',
  'resources',
  'support',
  'community',
  'learn',
  'go',
  'login',
  'static',
  'cdn',
  'assets',
]);
/** List failures after which the embed widget is tried: missing (404), refused (401/403), not the JSON list. */
const TRY_WIDGET = new Set(['BOARD_NOT_FOUND', 'BOARD_FEED_OFF', 'BOARD_MALFORMED']);

interface Openings {
  openings: BambooHrOpening[];
  invalid: number;
}

/**
 * BambooHR (`{slug}.bamboohr.com/careers`): the careers list JSON (`/careers/list`), or, where it is
 * missing, refused or not JSON, the embed widget's HTML (`/jobs/embed2.php`); then one detail JSON per
 * opening (`/careers/{id}/detail`) for the description, date and pay. Sources disagree on whether
 * `/careers/list` still works (docs/ats-feeds.md §5), so both forms are read.
 */
@Injectable()
export class BambooHrClient implements JobBoardClient {
  readonly ats = 'bamboohr' as const;
  /** Per company, across calls (and, with shared leases, across every Temporal worker). */
  private readonly detailLimiter: HostLimiter;

  constructor(@Optional() @Inject(HOST_LEASES) leases?: HostLeases) {
    this.detailLimiter = new HostLimiter(BAMBOOHR_DETAIL_CONCURRENCY, {}, leases, 'bamboohr-detail');
  }

  /**
   * `{slug}.bamboohr.com/careers[/…]` (the board, a job, `/careers/list`, `/careers/{id}/detail`),
   * `/jobs[/…]` (`/jobs/`, `/jobs/embed2.php`, `/jobs/view.php?id=`) and the embed script
   * `/js/embed.js` that company sites include. Not BambooHR's own sites (www, marketplace, help, …).
   */
  detect(url: URL): { board: string } | null {
    const slug = HOST.exec(url.hostname.toLowerCase())?.[1];
    if (!slug || NOT_TENANTS.has(slug)) return null;
    const [first, second] = pathSegments(url).map((s) => s.toLowerCase());
    const board = first === 'careers' || first === 'jobs' || (first === 'js' && second === 'embed.js');
    return board ? { board: slug } : null;
  }

  careersPage(target: BoardTarget): string | null {
    const slug = tenantOf(target.board);
    return slug ? `https://${slug}.bamboohr.com/careers` : null;
  }

  async fetchJobs(target: BoardTarget, http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    const slug = tenantOf(target.board);
    if (!slug) {
      throw new JobHunterError(
        'INVALID_INPUT',
        `"${target.board}" is not a BambooHR company name (the part before .bamboohr.com); fix the company's board or careersUrl.`,
      );
    }
    const origin = `https://${slug}.bamboohr.com`;
    const fetchedAt = new Date().toISOString();
    const read = await this.readOpenings(slug, http, signal);

    // Details only for openings worth one: valid, once per id, not already closed.
    const kept: BambooHrOpening[] = [];
    const seen = new Set<string>();
    let closed = 0;
    for (const opening of read.openings) {
      if (seen.has(opening.id)) continue;
      seen.add(opening.id);
      if (!isOpen(opening.jobOpeningStatus)) closed++;
      else kept.push(opening);
    }
    const overCap = Math.max(0, kept.length - BAMBOOHR_MAX_JOBS);
    const listing: Listing<BambooHrOpening> = {
      items: kept.slice(0, BAMBOOHR_MAX_JOBS),
      total: kept.length,
      invalid: read.invalid,
      overCap,
      failure: null,
    };
    const details = await fetchDetails(
      listing.items,
      this.detailLimiter,
      slug,
      async (opening) => {
        const url = `${origin}/careers/${encodeURIComponent(opening.id)}/detail`;
        return asDetail(await http.getJson(url, { timeoutMs: 15_000, signal, headers: JSON_ACCEPT }), url);
      },
      signal,
      wantedBy(target, (opening: BambooHrOpening) => opening.jobOpeningName),
    );
    let closedByDetail = 0;
    const result = assembleResult(listing, details, (opening, detail) => {
      if (detail && !isOpen(detail.jobOpeningStatus)) {
        closedByDetail++;
        return null;
      }
      return mapBambooHrOpening(opening, detail, target, slug, fetchedAt);
    });
    return withClosed(result, closed, closedByDetail);
  }

  /** The openings from the JSON list, else from the embed widget; throws when the company has neither. */
  private async readOpenings(slug: string, http: BoardHttp, signal?: AbortSignal): Promise<Openings> {
    const origin = `https://${slug}.bamboohr.com`;
    const listUrl = `${origin}/careers/list`;
    let listError: JobHunterError;
    try {
      const body = await http.getJson(listUrl, { timeoutMs: 20_000, signal, headers: JSON_ACCEPT });
      const list = fromList(expectObjectWithArray<BambooHrListEntry>(body, 'result', listUrl));
      if (list.openings.length > 0 || list.invalid > 0) return list;
      // One public client reports /careers/list answering an empty list for every board: an empty
      // list is checked against the widget (one more request), and kept when the widget fails.
      const widget = await this.readWidget(slug, http, signal).catch((e: unknown) => {
        if (signal?.aborted) throw e;
        return null;
      });
      return widget && widget.openings.length > 0 ? widget : list;
    } catch (e) {
      if (signal?.aborted || !isJobHunterError(e) || !TRY_WIDGET.has(e.code)) throw e;
      listError = e;
    }
    let widget: Openings | null;
    try {
      widget = await this.readWidget(slug, http, signal);
    } catch (e) {
      if (signal?.aborted || !isJobHunterError(e)) throw e;
      if (e.code === 'BOARD_FEED_OFF' || listError.code === 'BOARD_FEED_OFF') throw feedOff(slug, listError, e);
      if (e.code === 'BOARD_NOT_FOUND') throw noBoard(slug, listError);
      throw e;
    }
    if (widget) return widget;
    // The widget URL answered a page that is no widget (BambooHR's marketing site, where unknown companies land).
    if (listError.code === 'BOARD_FEED_OFF') throw feedOff(slug, listError);
    throw noBoard(slug, listError);
  }

  /** The embed widget's openings, or null when the answer is some other page. */
  private async readWidget(slug: string, http: BoardHttp, signal?: AbortSignal): Promise<Openings | null> {
    const html = await http.getText(`https://${slug}.bamboohr.com/jobs/embed2.php`, { timeoutMs: 20_000, signal });
    return isBambooHrWidget(html) ? parseBambooHrWidget(html, slug) : null;
  }
}

const JSON_ACCEPT = { accept: 'application/json' };

/** The board token as the company's host label, or null when it cannot be one. */
function tenantOf(board: string): string | null {
  const slug = board.trim().toLowerCase();
  return TENANT.test(slug) && !NOT_TENANTS.has(slug) ? slug : null;
}

function fromList(list: { items: BambooHrListEntry[]; invalid: number }): Openings {
  const out: Openings = { openings: [], invalid: list.invalid };
  for (const entry of list.items) {
    const id = typeof entry.id === 'number' ? String(entry.id) : text(entry.id ?? undefined);
    if (id && text(entry.jobOpeningName)) out.openings.push({ ...entry, id });
    else out.invalid++;
  }
  return out;
}

function asDetail(body: unknown, url: string): BambooHrJobOpening {
  const opening = (body as BambooHrDetailResponse | null)?.result?.jobOpening;
  if (isRecord(opening)) return opening;
  throw new JobHunterError(
    'BOARD_MALFORMED',
    `${url} did not answer a job opening ({result:{jobOpening}}); BambooHR may have changed it.`,
  );
}

function noBoard(slug: string, listError: JobHunterError): JobHunterError {
  return new JobHunterError(
    'BOARD_NOT_FOUND',
    `No BambooHR board at ${slug}: neither ${slug}.bamboohr.com/careers/list nor /jobs/embed2.php is a careers board (${listError.message}); check the careers URL.`,
    { cause: listError },
  );
}

function feedOff(slug: string, listError: JobHunterError, widgetError?: JobHunterError): JobHunterError {
  return new JobHunterError(
    'BOARD_FEED_OFF',
    `BambooHR refuses to list ${slug}'s openings to anonymous readers (${(widgetError ?? listError).message}); its careers page is read instead.`,
    { cause: widgetError ?? listError },
  );
}

/** assembleResult counts every unmapped opening as `invalid`; those a detail says are closed are `closed`. */
function withClosed(result: BoardFetchResult, closedByList: number, closedByDetail: number): BoardFetchResult {
  const invalid = (result.skipped['invalid'] ?? 0) - closedByDetail;
  if (invalid > 0) result.skipped['invalid'] = invalid;
  else delete result.skipped['invalid'];
  if (closedByList + closedByDetail > 0) result.skipped['closed'] = closedByList + closedByDetail;
  return result;
}
