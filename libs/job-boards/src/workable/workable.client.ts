import { Injectable } from '@nestjs/common';
import type { BoardFetchResult, BoardTarget, JobBoardClient } from '../job-board-client';
import { withInvalid } from '../job-board-client';
import { HostLimiter } from '../http/host-semaphore';
import type { BoardHttp } from '../http/http.types';
import { expectObjectWithArray } from '../shared/payload';
import { asBoardToken, boardSegment, pathSegments } from '../shared/url';
import { mapWorkableJobs } from './workable.mapper';
import type { WorkableJob } from './workable.types';

const APPLY_HOST = 'apply.workable.com';
/** workable.com subdomains that are Workable's own sites, not a company's legacy careers page. */
const NOT_ACCOUNTS = new Set([
  'www',
  'apply',
  'jobs',
  'api',
  'app',
  'help',
  'resources',
  'blog',
  'developers',
  'status',
]);
/** apply.workable.com paths that are not an account. */
const NOT_ACCOUNT_PATHS = new Set(['api', 'j', 'jobs', 'assets', 'static']);

/**
 * Workable rate-limits its widget API hard, so its requests go one at a time across every
 * company of the process, whatever the HTTP client's per-host cap.
 */
const serial = new HostLimiter(1);

@Injectable()
export class WorkableClient implements JobBoardClient {
  readonly ats = 'workable' as const;

  detect(url: URL): { board: string } | null {
    const host = url.hostname.toLowerCase();
    const segments = pathSegments(url);
    if (host === APPLY_HOST) {
      if (segments[0] === 'api') return apiAccount(segments);
      const account = NOT_ACCOUNT_PATHS.has(segments[0]?.toLowerCase() ?? '') ? null : asBoardToken(segments[0]);
      return account ? { board: account } : null;
    }
    if (host === 'www.workable.com' && segments[0] === 'api') return apiAccount(segments);
    const sub = /^([a-z0-9][a-z0-9-]*)\.workable\.com$/.exec(host)?.[1];
    return sub && !NOT_ACCOUNTS.has(sub) ? { board: sub } : null;
  }

  async fetchJobs(target: BoardTarget, http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    const url = `https://${APPLY_HOST}/api/v1/widget/accounts/${boardSegment(target.board)}?details=true`;
    const body = await serial.run(APPLY_HOST, () => http.getJson(url, { timeoutMs: 30_000, signal }));
    const postings = expectObjectWithArray<WorkableJob>(body, 'jobs', url);
    return withInvalid(mapWorkableJobs(postings.items, target, new Date().toISOString()), postings.invalid);
  }
}

/** `/api/v1/widget/accounts/{account}`, `/api/v3/accounts/{account}/…`, `/api/accounts/{account}`. */
function apiAccount(segments: readonly string[]): { board: string } | null {
  const i = segments.indexOf('accounts');
  const account = i > 0 ? asBoardToken(segments[i + 1]) : null;
  return account ? { board: account } : null;
}
