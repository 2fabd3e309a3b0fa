import { JobHunterError } from '@job-hunter/domain';
import { asBoardToken, boardSegment, parseWebUrl, pathSegments } from '../shared/url';

/**
 * A Workday career site. Its board token is `{host}|{tenant}|{site}`, e.g.
 * `nvidia.wd5.myworkdayjobs.com|nvidia|NVIDIAExternalCareerSite` or
 * `wd3.myworkdaysite.com|acme|External`: the host and tenant cannot be derived from each other
 * on myworkdaysite.com, and the locale is left out so that the token stays stable.
 */
export interface WorkdayBoard {
  host: string;
  tenant: string;
  site: string;
}

export interface DetectedWorkdaySite {
  board: WorkdayBoard;
  /** The locale segment of the careers URL (e.g. `en-US`), kept for job URLs. */
  locale?: string;
}

const JOBS_HOST = /^([a-z0-9][a-z0-9-]*)\.(?:wd\d+\.)?myworkdayjobs\.com$/;
const SITE_HOST = /^wd\d+\.myworkdaysite\.com$/;
const LOCALE = /^[a-z]{2}-[a-z]{2}$/i;
/** Path segments that follow a site, never name one. */
const NOT_A_SITE = new Set(['job', 'details', 'login', 'apply', 'wday', 'recruiting', 'userHome']);

export function isWorkdayHost(host: string): boolean {
  const h = host.toLowerCase();
  return JOBS_HOST.test(h) || SITE_HOST.test(h);
}

export function workdayBoardToken(board: WorkdayBoard): string {
  return `${board.host}|${board.tenant}|${board.site}`;
}

/** The site of a Workday careers, job or cxs API URL, else null. */
export function detectWorkdaySite(url: URL): DetectedWorkdaySite | null {
  const host = url.hostname.toLowerCase();
  const jobsHost = JOBS_HOST.exec(host);
  if (!jobsHost && !SITE_HOST.test(host)) return null;
  let segments = pathSegments(url);
  if (segments[0] === 'wday' && segments[1] === 'cxs') return site(host, segments[2], segments[3]);
  const locale = segments[0] && LOCALE.test(segments[0]) ? segments[0] : undefined;
  if (locale) segments = segments.slice(1);
  const found = jobsHost
    ? site(host, jobsHost[1], segments[0])
    : segments[0] === 'recruiting'
      ? site(host, segments[1], segments[2])
      : null;
  if (!found) return null;
  return locale ? { ...found, locale } : found;
}

function site(host: string, tenant: string | undefined, siteName: string | undefined): DetectedWorkdaySite | null {
  const t = asBoardToken(tenant);
  const s = asBoardToken(siteName);
  if (!t || !s || NOT_A_SITE.has(s) || LOCALE.test(s)) return null;
  return { board: { host, tenant: t, site: s } };
}

/** Reads a board token (or, for convenience, a Workday careers URL given as the board). */
export function parseWorkdayBoard(token: string): WorkdayBoard {
  const parts = token.trim().split('|');
  if (parts.length === 3) {
    const [host = '', tenant = '', siteName = ''] = parts.map((p) => p.trim());
    if (isWorkdayHost(host)) {
      return { host: host.toLowerCase(), tenant: boardSegment(tenant), site: boardSegment(siteName) };
    }
  } else {
    const url = parseWebUrl(token);
    const found = url ? detectWorkdaySite(url) : null;
    if (found) return found.board;
  }
  throw new JobHunterError(
    'INVALID_INPUT',
    `"${token}" is not a Workday board; give the careers URL (https://{tenant}.wd{N}.myworkdayjobs.com/{site}) or the board as "{host}|{tenant}|{site}".`,
  );
}

/** The locale of a Workday careers URL, when it has one. */
export function workdayLocale(careersUrl: string | undefined): string | undefined {
  const url = careersUrl ? parseWebUrl(careersUrl) : null;
  return url ? detectWorkdaySite(url)?.locale : undefined;
}

/** The job's public page when the detail gives no `externalUrl`. */
export function workdayJobUrl(board: WorkdayBoard, externalPath: string, locale: string | undefined): string {
  const prefix = locale ? `/${locale}` : '';
  const sitePath = SITE_HOST.test(board.host) ? `/recruiting/${board.tenant}/${board.site}` : `/${board.site}`;
  return `https://${board.host}${prefix}${sitePath}${externalPath}`;
}
