import { Injectable } from '@nestjs/common';
import { JobHunterError, isJobHunterError } from '@job-hunter/domain';
import type { BoardFetchResult, BoardTarget, JobBoardClient } from '../job-board-client';
import { withInvalid } from '../job-board-client';
import type { BoardHttp } from '../http/http.types';
import { expectArray, fieldOf } from '../shared/payload';
import { pathSegments } from '../shared/url';
import { mapKekaJobs } from './keka.mapper';
import type { KekaJob } from './keka.types';

const TENANT_HOST = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.keka\.com$/;
/** keka.com subdomains that are Keka's own sites, not a company's careers portal. */
const NOT_TENANTS = new Set([
  'www',
  'app',
  'help',
  'api',
  'blog',
  'status',
  'developers',
  'support',
  'login',
  'signup',
  'community',
  'docs',
]);
const TENANT = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const PORTAL = /^[a-z0-9][a-z0-9_-]*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UUID_TEXT = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/**
 * Where a careers page names its portal's UUID: the portal document it loads
 * (`fetch('/ats/documents/{uuid}/careerportal/….html')`), the embed script, or the embed's config.
 */
const UUID_ON_PAGE = [
  new RegExp(`/ats/documents/(${UUID_TEXT})/careerportal/`),
  new RegExp(`/careers/api/embedjobs/js/(${UUID_TEXT})`),
  new RegExp(`khConfig\\s*=\\s*\\{[^}]*?identifier\\s*:\\s*["'](${UUID_TEXT})["']`),
];
/** Pages Keka serves with HTTP 200 instead of an error status. */
const INVALID_TENANT = /Invalid Tenant/i;
const FORBIDDEN_ACCESS = /Forbidden Access/i;
/** /careers/{segment} paths that are pages of a portal, not another portal. */
const NOT_PORTALS = new Set(['jobdetails', 'applyjob', 'api', 'assets', 'static']);
export const KEKA_DEFAULT_PORTAL = 'default';

interface KekaBoard {
  tenant: string;
  portal: string;
  uuid?: string;
}

/**
 * Keka careers portals: the careers page names the portal's UUID, then one request lists every active
 * job with its description. Board token `{tenant}` (the {tenant}.keka.com subdomain), `{tenant}/{portal}`
 * for a portal other than the default one, each optionally followed by `|{portal UUID}` to skip the
 * page. The UUID read from a page is kept for the life of the client (one read per tenant per process).
 */
@Injectable()
export class KekaClient implements JobBoardClient {
  readonly ats = 'keka' as const;
  private readonly uuids = new Map<string, string>();

  detect(url: URL): { board: string } | null {
    const tenant = tenantOf(url.hostname);
    if (!tenant) return null;
    const segments = pathSegments(url).map((s) => s.toLowerCase());
    if (segments.length === 0) return { board: tenant };
    if (segments[0] !== 'careers') return null;
    const [, second, third, fourth, fifth, sixth] = segments;
    if (second === 'api') {
      // The embed script /careers/api/embedjobs/js/{uuid} names the default portal's UUID.
      if (third === 'embedjobs' && fourth === 'js' && fifth && UUID.test(fifth)) return { board: `${tenant}|${fifth}` };
      // /careers/api/embedjobs/{portal}/active/{uuid}
      const portal = third === 'embedjobs' && fifth === 'active' ? fourth : undefined;
      const uuid = sixth && UUID.test(sixth) ? sixth : undefined;
      if (!portal || !PORTAL.test(portal) || !uuid) return { board: tenant };
      return { board: `${boardName(tenant, portal)}|${uuid}` };
    }
    if (second && !NOT_PORTALS.has(second) && PORTAL.test(second)) return { board: boardName(tenant, second) };
    return { board: tenant };
  }

  careersPage(target: BoardTarget): string | null {
    const board = parseBoard(target.board, false);
    return board ? portalUrl(board) : null;
  }

  async fetchJobs(target: BoardTarget, http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    const board = parseBoard(target.board, true) as KekaBoard;
    const key = boardName(board.tenant, board.portal);
    const uuid = board.uuid ?? this.uuids.get(key) ?? (await this.readUuid(board, http, signal));
    const url = `https://${board.tenant}.keka.com/careers/api/embedjobs/${board.portal}/active/${uuid}`;
    let body: string;
    try {
      body = await http.getText(url, { timeoutMs: 30_000, signal, headers: { accept: 'application/json' } });
    } catch (e) {
      // A UUID read earlier may be stale (the portal was recreated): read the page again next time.
      if (!board.uuid && isJobHunterError(e) && e.code === 'BOARD_NOT_FOUND') this.uuids.delete(key);
      throw e;
    }
    const jobs = expectArray<KekaJob>(activeJobs(body, board, url), url);
    return withInvalid(mapKekaJobs(jobs.items, portalUrl(board), target, new Date().toISOString()), jobs.invalid);
  }

  private async readUuid(board: KekaBoard, http: BoardHttp, signal?: AbortSignal): Promise<string> {
    const page = await http.getText(portalUrl(board), { timeoutMs: 30_000, signal });
    for (const pattern of UUID_ON_PAGE) {
      const uuid = pattern.exec(page)?.[1]?.toLowerCase();
      if (uuid) {
        this.uuids.set(boardName(board.tenant, board.portal), uuid);
        return uuid;
      }
    }
    refuseSoftErrors(page, board);
    throw new JobHunterError(
      'BOARD_NOT_FOUND',
      `${portalUrl(board)} names no Keka careers portal (no portal id on the page): check the careers URL, or give the board as "${boardName(board.tenant, board.portal)}|{portal UUID}".`,
    );
  }
}

function tenantOf(hostname: string): string | null {
  const tenant = TENANT_HOST.exec(hostname.toLowerCase())?.[1];
  return tenant && !NOT_TENANTS.has(tenant) ? tenant : null;
}

function boardName(tenant: string, portal: string): string {
  return portal === KEKA_DEFAULT_PORTAL ? tenant : `${tenant}/${portal}`;
}

/** `{tenant}[/{portal}][|{uuid}]`; null (or INVALID_INPUT when `strict`) for anything else. */
function parseBoard(raw: string, strict: boolean): KekaBoard | null {
  const [name = '', uuidPart, ...rest] = raw.trim().toLowerCase().split('|');
  const [tenant = '', portal = KEKA_DEFAULT_PORTAL, ...deeper] = name.trim().split('/');
  const uuid = uuidPart?.trim() || undefined;
  const valid =
    rest.length === 0 &&
    deeper.length === 0 &&
    TENANT.test(tenant) &&
    !NOT_TENANTS.has(tenant) &&
    PORTAL.test(portal) &&
    (uuid === undefined || UUID.test(uuid));
  if (valid) return { tenant, portal, ...(uuid ? { uuid } : {}) };
  if (!strict) return null;
  throw new JobHunterError(
    'INVALID_INPUT',
    `"${raw}" is not a Keka board: use the part before .keka.com of the careers URL (e.g. "acme" for https://acme.keka.com/careers), "acme/{portal}" for a named portal, optionally "|" and the portal's UUID.`,
  );
}

function portalUrl(board: KekaBoard): string {
  const base = `https://${board.tenant}.keka.com/careers`;
  return board.portal === KEKA_DEFAULT_PORTAL ? base : `${base}/${board.portal}`;
}

/** Keka answers an unknown tenant ("Invalid Tenant") and a switched-off portal ("Forbidden Access") with a 200 page. */
function refuseSoftErrors(body: string, board: KekaBoard): void {
  if (INVALID_TENANT.test(body)) {
    throw new JobHunterError(
      'BOARD_NOT_FOUND',
      `Keka has no tenant "${board.tenant}" (it answered "Invalid Tenant"): check the careers URL.`,
    );
  }
  if (FORBIDDEN_ACCESS.test(body)) {
    throw new JobHunterError(
      'BOARD_NOT_FOUND',
      `The Keka careers portal ${portalUrl(board)} is switched off (it answered "Forbidden Access"): the company publishes no jobs there.`,
    );
  }
}

/** The active-jobs answer: a bare array (one source describes a `{ jobs: [...] }` wrapper, also read). */
function activeJobs(body: string, board: KekaBoard, url: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    refuseSoftErrors(body, board);
    throw new JobHunterError(
      'BOARD_MALFORMED',
      `${url.replace(/^https:\/\//, '')} did not answer JSON; Keka's careers API may have changed.`,
    );
  }
  const wrapped = fieldOf(json, 'jobs');
  if (Array.isArray(wrapped)) return wrapped;
  return json;
}
