import { Injectable } from '@nestjs/common';
import type { BoardFetchResult, BoardTarget, JobBoardClient } from '../job-board-client';
import { withInvalid } from '../job-board-client';
import type { BoardHttp } from '../http/http.types';
import { expectArray } from '../shared/payload';
import { asBoardToken, boardSegment, parseWebUrl, pathSegments } from '../shared/url';
import { mapLeverPostings } from './lever.mapper';
import type { LeverPosting } from './lever.types';

const SITE_HOSTS = new Set(['jobs.lever.co', 'jobs.eu.lever.co']);
const API_HOSTS = new Set(['api.lever.co', 'api.eu.lever.co']);

@Injectable()
export class LeverClient implements JobBoardClient {
  readonly ats = 'lever' as const;

  detect(url: URL): { board: string } | null {
    const host = url.hostname.toLowerCase();
    const segments = pathSegments(url);
    if (API_HOSTS.has(host)) {
      const site = segments[0] === 'v0' && segments[1] === 'postings' ? asBoardToken(segments[2]) : null;
      return site ? { board: site } : null;
    }
    if (!SITE_HOSTS.has(host)) return null;
    const site = asBoardToken(segments[0]);
    return site ? { board: site } : null;
  }

  async fetchJobs(target: BoardTarget, http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    const url = `https://${apiHost(target.careersUrl)}/v0/postings/${boardSegment(target.board)}?mode=json`;
    const body = await http.getJson(url, { timeoutMs: 20_000, signal });
    const postings = expectArray<LeverPosting>(body, url);
    return withInvalid(mapLeverPostings(postings.items, target, new Date().toISOString()), postings.invalid);
  }
}

/** EU-hosted Lever sites (jobs.eu.lever.co) are served by a separate API. */
function apiHost(careersUrl: string | undefined): string {
  const host = careersUrl ? parseWebUrl(careersUrl)?.hostname.toLowerCase() : undefined;
  return host === 'jobs.eu.lever.co' || host === 'api.eu.lever.co' ? 'api.eu.lever.co' : 'api.lever.co';
}
