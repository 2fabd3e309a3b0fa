import { Injectable } from '@nestjs/common';
import { JobHunterError, isJobHunterError } from '@job-hunter/domain';
import type { BoardFetchResult, BoardTarget, JobBoardClient } from '../job-board-client';
import { withInvalid } from '../job-board-client';
import type { BoardHttp, RequestOptions } from '../http/http.types';
import { decodeEntities } from '../shared/html';
import { expectArray } from '../shared/payload';
import { decodeSegment, pathSegments } from '../shared/url';
import { mapZohoJobOpenings } from './zohorecruit.mapper';
import type { ZohoSite } from './zohorecruit.mapper';
import type { ZohoJobOpening } from './zohorecruit.types';

/** Zoho's data centres for Recruit; the tenant's data centre is in its host. */
const TENANT_HOST = /^([a-z0-9][a-z0-9-]*)\.zohorecruit\.(com|in|eu|com\.au|jp)$/;
/** zohorecruit subdomains that are Zoho's own sites, not a tenant's career site. */
const NOT_TENANTS = new Set(['www', 'recruit', 'api', 'help', 'accounts', 'static', 'blog', 'status', 'support']);
const PAGE_NAME = /^[^/?#|\s]+$/;
export const ZOHO_DEFAULT_PAGE = 'Careers';
const API_PATH = '/recruit/v2/public/Job_Openings';
/** The fields beyond the list's defaults that the career-site widget can ask for. */
const EXTRA_FIELDS = ['Date_Opened', 'Job_Description', 'Work_Experience', 'Job_Type', 'Required_Skills'];

/**
 * Zoho Recruit career sites: the public Job_Openings JSON the career-site widget reads, one request
 * per site (paging is not documented and not seen in any source: one request, paging unverified).
 * Board token `{host}` or `{host}|{page name}`, e.g. `acme.zohorecruit.in|Careers`; the page name
 * defaults to "Careers". When that JSON is refused or is not the JSON answer, the list embedded in
 * the careers page (`<input id="jobs" value="…">`) is read instead.
 */
@Injectable()
export class ZohoRecruitClient implements JobBoardClient {
  readonly ats = 'zohorecruit' as const;

  detect(url: URL): { board: string } | null {
    const host = tenantHost(url.hostname);
    if (!host) return null;
    const segments = pathSegments(url);
    const named =
      segments[0] === 'jobs'
        ? segments[1]
        : url.pathname === API_PATH || url.pathname === `${API_PATH}/`
          ? (url.searchParams.get('pagename') ?? undefined)
          : undefined;
    const page = named === undefined ? undefined : decodeSegment(named);
    return { board: page && PAGE_NAME.test(page) ? `${host}|${page}` : host };
  }

  careersPage(target: BoardTarget): string | null {
    const site = parseBoard(target.board, false);
    return site ? careersPageUrl(site) : null;
  }

  async fetchJobs(target: BoardTarget, http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    const site = parseBoard(target.board, true) as ZohoSite;
    const fetchedAt = new Date().toISOString();
    const map = (openings: unknown[]) => {
      const postings = expectArray<ZohoJobOpening>(openings, apiUrl(site));
      return withInvalid(mapZohoJobOpenings(postings.items, site, target, fetchedAt), postings.invalid);
    };
    let refused: JobHunterError | null = null;
    try {
      const body = await http.getText(apiUrl(site), apiOptions(site, signal));
      const openings = apiOpenings(body);
      if (openings) return map(openings);
    } catch (e) {
      if (!isJobHunterError(e) || (e.code !== 'BOARD_FEED_OFF' && e.code !== 'BOARD_NOT_FOUND')) throw e;
      if (e.code === 'BOARD_FEED_OFF') refused = e;
    }
    // Refused, missing (also what a replayed snapshot says of a list that was refused when it was
    // recorded), or not the JSON answer (an HTML page, another code): the careers page, if it is there.
    let page: string;
    try {
      page = await http.getText(careersPageUrl(site), { timeoutMs: 60_000, signal });
    } catch (e) {
      if (isJobHunterError(e) && e.code === 'BOARD_NOT_FOUND') throw notFound(site);
      throw e;
    }
    const embedded = embeddedOpenings(page);
    if (embedded) return map(embedded);
    if (refused) {
      throw new JobHunterError(
        'BOARD_FEED_OFF',
        `Zoho Recruit refused the public job list of ${site.host} (${refused.message}) and its careers page ${careersPageUrl(site)} embeds no list to read.`,
      );
    }
    throw notFound(site);
  }
}

function tenantHost(hostname: string): string | null {
  const host = hostname.toLowerCase();
  const sub = TENANT_HOST.exec(host)?.[1];
  return sub && !NOT_TENANTS.has(sub) ? host : null;
}

/** `{host}` or `{host}|{page}`; null (or INVALID_INPUT when `strict`) for anything else. */
function parseBoard(board: string, strict: boolean): ZohoSite | null {
  const [rawHost = '', rawPage, ...rest] = board.trim().split('|');
  const host = tenantHost(rawHost.trim());
  const pagename = rawPage?.trim() || ZOHO_DEFAULT_PAGE;
  if (host && rest.length === 0 && PAGE_NAME.test(pagename)) return { host, pagename };
  if (!strict) return null;
  throw new JobHunterError(
    'INVALID_INPUT',
    `"${board}" is not a Zoho Recruit board: use the career site's host with its data centre, e.g. "acme.zohorecruit.in", optionally "|" and the page name from …/jobs/{page name} (default ${ZOHO_DEFAULT_PAGE}).`,
  );
}

function apiUrl(site: ZohoSite): string {
  const query = new URLSearchParams({
    pagename: site.pagename,
    source: 'CareerSite',
    extra_fields: JSON.stringify(EXTRA_FIELDS),
  });
  return `https://${site.host}${API_PATH}?${query.toString()}`;
}

/** Two career sites of one host differ only in the query: their snapshots get a file each. */
function apiOptions(site: ZohoSite, signal: AbortSignal | undefined): RequestOptions {
  return {
    timeoutMs: 30_000,
    signal,
    headers: { accept: 'application/json' },
    ...(site.pagename === ZOHO_DEFAULT_PAGE
      ? {}
      : { snapshotKey: `${API_PATH.slice(1)}/${encodeURIComponent(site.pagename)}` }),
  };
}

function careersPageUrl(site: ZohoSite): string {
  return `https://${site.host}/jobs/${encodeURIComponent(site.pagename)}`;
}

/** The openings of a `{code:"success", data:[…]}` answer (an empty body is an empty list); null for any other answer. */
function apiOpenings(body: string): unknown[] | null {
  if (body.trim() === '') return [];
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const { code, data } = json as { code?: unknown; data?: unknown };
  if (typeof code !== 'string' || code.toLowerCase() !== 'success') return null;
  return Array.isArray(data) ? data : data === undefined || data === null ? [] : null;
}

/** The list a careers page embeds, entity-encoded, in `<input id="jobs" value="…">`; null when there is none. */
export function embeddedOpenings(html: string): unknown[] | null {
  // Quoted attribute values may hold a raw ">" (only quotes and ampersands must be encoded).
  for (const tag of html.match(/<input\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi) ?? []) {
    if (!/\sid\s*=\s*(?:"jobs"|'jobs'|jobs[\s/>])/i.test(tag)) continue;
    const value = /\svalue\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const raw = value?.[1] ?? value?.[2];
    if (raw === undefined) return null;
    try {
      const json: unknown = JSON.parse(decodeEntities(raw));
      if (Array.isArray(json)) return json;
      const data = (json as { data?: unknown } | null)?.data;
      return Array.isArray(data) ? data : null;
    } catch {
      return null;
    }
  }
  return null;
}

function notFound(site: ZohoSite): JobHunterError {
  const tld = site.host.slice(site.host.indexOf('.zohorecruit.') + '.zohorecruit'.length);
  return new JobHunterError(
    'BOARD_NOT_FOUND',
    `Zoho Recruit has no career site "${site.pagename}" on ${site.host}: check the data-centre domain (${tld}; Indian tenants are on .zohorecruit.in, EU ones on .zohorecruit.eu) and the page name after /jobs/ in the careers URL.`,
  );
}
