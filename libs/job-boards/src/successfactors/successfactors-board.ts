import { JobHunterError } from '@job-hunter/domain';
import { parseWebUrl, pathSegments } from '../shared/url';

/**
 * A SuccessFactors career site. Recruiting Marketing (RMK) and Career Site Builder sites are read
 * from their own host (`jobs.sap.com`, `careers.example.com`, `{tenant}.jobs.hr.cloud.sap`): the
 * token is that host. The older hosted pages are `career{N}.successfactors.{com,eu}` plus the
 * `?company=` id, neither derivable from the other: token `career5.successfactors.eu|SAP`.
 */
export type SuccessFactorsBoard = { kind: 'rmk'; host: string } | { kind: 'legacy'; host: string; company: string };

const LEGACY_HOST = /^career\d*\.successfactors\.(?:com|eu)$/;
/** SAP-hosted Career Site Builder / RMK hosts the sources show; any other host is given explicitly. */
const SAP_SITE_HOST = /^(?!www\.)[a-z0-9][a-z0-9-]*\.(?:jobs\.hr\.cloud\.sap|jobs2web\.com)$/;
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
const COMPANY_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isLegacySuccessFactorsHost(host: string): boolean {
  return LEGACY_HOST.test(host.toLowerCase());
}

export function successFactorsBoardToken(board: SuccessFactorsBoard): string {
  return board.kind === 'legacy' ? `${board.host}|${board.company}` : board.host;
}

/**
 * The board of a URL that is clearly SuccessFactors: a hosted page
 * `career{N}.successfactors.{com,eu}/career?company={ID}…`, or any page of an SAP-hosted site
 * (`{tenant}.jobs.hr.cloud.sap`, `{tenant}.jobs2web.com`). Company-branded RMK hosts do not say
 * they run SuccessFactors, so they are never claimed here.
 */
export function detectSuccessFactorsSite(url: URL): SuccessFactorsBoard | null {
  const host = url.hostname.toLowerCase();
  if (LEGACY_HOST.test(host)) return legacyBoard(host, url);
  return SAP_SITE_HOST.test(host) ? { kind: 'rmk', host } : null;
}

function legacyBoard(host: string, url: URL): SuccessFactorsBoard | null {
  const page = pathSegments(url)[0]?.toLowerCase();
  if (page !== 'career' && page !== 'careers') return null;
  const company = url.searchParams.get('company')?.trim() ?? '';
  return COMPANY_ID.test(company) ? { kind: 'legacy', host, company } : null;
}

/** Reads a board token (or a careers URL given as the board, whose host is then the RMK site). */
export function parseSuccessFactorsBoard(token: string): SuccessFactorsBoard {
  const trimmed = token.trim();
  const parts = trimmed.split('|').map((p) => p.trim());
  if (parts.length === 2) {
    const [host = '', company = ''] = parts;
    if (isLegacySuccessFactorsHost(host) && COMPANY_ID.test(company)) {
      return { kind: 'legacy', host: host.toLowerCase(), company };
    }
  } else if (HOST_NAME.test(trimmed.toLowerCase()) && !isLegacySuccessFactorsHost(trimmed)) {
    return { kind: 'rmk', host: trimmed.toLowerCase() };
  } else {
    const url = parseWebUrl(trimmed);
    const host = url?.hostname.toLowerCase() ?? '';
    const found = url ? detectSuccessFactorsSite(url) : null;
    if (found) return found;
    if (url && HOST_NAME.test(host) && !isLegacySuccessFactorsHost(host)) return { kind: 'rmk', host };
  }
  throw new JobHunterError(
    'INVALID_INPUT',
    `"${token}" is not a SuccessFactors board; give the career site's host (e.g. jobs.sap.com) or, for a hosted page, "career{N}.successfactors.{com,eu}|{companyId}".`,
  );
}

/** The page a person (or the careers-page reader) opens when the feeds are off. */
export function successFactorsCareersPage(board: SuccessFactorsBoard): string {
  return board.kind === 'legacy'
    ? `https://${board.host}/career?company=${encodeURIComponent(board.company)}&career_ns=job_listing_summary&navBarLevel=JOB_SEARCH`
    : `https://${board.host}/search/`;
}
