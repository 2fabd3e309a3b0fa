import { JobHunterError } from '@job-hunter/domain';
import { decodeSegment, parseWebUrl, pathSegments } from '../shared/url';

/**
 * An Oracle Recruiting Cloud career site: its token is `{host}|{siteNumber}`, e.g.
 * `eeho.fa.us2.oraclecloud.com|CX_1`. Neither part can be guessed from the other (a tenant can run
 * several sites), and the site number goes into the REST finder string, so it is kept to the
 * characters site numbers are made of (CX_1, CX_1001, CX, jobs).
 */
export interface OracleBoard {
  host: string;
  site: string;
}

/** `{pod}.fa[.{region}][.ocs].oraclecloud.com`; the `fa` label keeps Oracle's other sites out. */
const ORACLE_HOST = /^[a-z0-9][a-z0-9-]*\.fa\.(?:[a-z0-9-]+\.)*oraclecloud\.com$/;
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
const SITE_NUMBER = /^[A-Za-z0-9_-]{1,64}$/;

export function isOracleCloudHost(host: string): boolean {
  return ORACLE_HOST.test(host.toLowerCase());
}

export function oracleBoardToken(board: OracleBoard): string {
  return `${board.host}|${board.site}`;
}

/**
 * The site of an ORC careers, job or REST URL on an `*.fa.*.oraclecloud.com` host:
 * `/hcmUI/CandidateExperience/{lang}/sites/{site}[/jobs|/job/{id}|/requisitions/preview/{id}]`,
 * `/hcmRestApi/resources/{version}/recruitingCEJobRequisitions?…finder=findReqs;siteNumber={site},…`
 * (and the Details finder), or the older `?site_number={site}` link.
 */
export function detectOracleSite(url: URL): OracleBoard | null {
  const host = url.hostname.toLowerCase();
  if (!isOracleCloudHost(host)) return null;
  return siteOf(host, url);
}

function siteOf(host: string, url: URL): OracleBoard | null {
  const segments = pathSegments(url);
  const ce = segments.indexOf('CandidateExperience');
  if (segments[0] === 'hcmUI' && ce === 1) {
    const sites = segments.indexOf('sites', ce);
    const site = sites > ce ? segments[sites + 1] : undefined;
    if (site !== undefined) return board(host, decodeSegment(site));
  }
  if (segments[0] === 'hcmRestApi' && /^recruitingCEJobRequisition(?:s|Details)$/.test(segments[3] ?? '')) {
    const finder = url.searchParams.get('finder') ?? '';
    const site = /[;,]siteNumber=([^,;]+)/.exec(finder)?.[1];
    if (site !== undefined) return board(host, site);
  }
  const legacy = url.searchParams.get('site_number');
  return legacy ? board(host, legacy) : null;
}

function board(host: string, site: string): OracleBoard | null {
  return SITE_NUMBER.test(site) ? { host, site } : null;
}

/**
 * Reads a board token, or an ORC careers URL given as the board. A company domain that serves
 * the Candidate Experience is taken when given as `{host}|{site}` (or as its careers URL with the
 * ATS named): detection alone never claims a domain that is not Oracle's.
 */
export function parseOracleBoard(token: string): OracleBoard {
  const trimmed = token.trim();
  const parts = trimmed.split('|').map((p) => p.trim());
  if (parts.length === 2) {
    const [host = '', site = ''] = parts;
    const h = host.toLowerCase();
    if (HOST_NAME.test(h) && SITE_NUMBER.test(site)) return { host: h, site };
  } else {
    const url = parseWebUrl(trimmed);
    const found = url ? siteOf(url.hostname.toLowerCase(), url) : null;
    if (found) return found;
  }
  throw new JobHunterError(
    'INVALID_INPUT',
    `"${token}" is not an Oracle Recruiting Cloud board; give the careers URL (https://{host}/hcmUI/CandidateExperience/en/sites/{site}) or the board as "{host}|{site}" (e.g. eeho.fa.us2.oraclecloud.com|CX_1).`,
  );
}

/** The job's public page on the site. */
export function oracleJobUrl(board: OracleBoard, id: string): string {
  return `https://${board.host}/hcmUI/CandidateExperience/en/sites/${board.site}/job/${encodeURIComponent(id)}`;
}
