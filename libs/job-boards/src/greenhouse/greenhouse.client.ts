import { Injectable } from '@nestjs/common';
import type { JobBoardClient, BoardFetchResult, BoardTarget } from '../job-board-client';
import type { BoardHttp } from '../http/http.types';
import { asBoardToken, boardSegment, pathSegments } from '../shared/url';
import { expectObjectWithArray } from '../shared/payload';
import { withInvalid } from '../job-board-client';
import { mapGreenhouseJobs } from './greenhouse.mapper';
import type { GreenhouseJob } from './greenhouse.types';

const BOARD_HOSTS = new Set([
  'boards.greenhouse.io',
  'job-boards.greenhouse.io',
  'boards.eu.greenhouse.io',
  'job-boards.eu.greenhouse.io',
]);
const API_HOST = 'boards-api.greenhouse.io';

@Injectable()
export class GreenhouseClient implements JobBoardClient {
  readonly ats = 'greenhouse' as const;

  detect(url: URL): { board: string } | null {
    const host = url.hostname.toLowerCase();
    const segments = pathSegments(url);
    if (host === API_HOST || host === 'boards-api.eu.greenhouse.io') {
      const token = segments[0] === 'v1' && segments[1] === 'boards' ? asBoardToken(segments[2]) : null;
      return token ? { board: token } : null;
    }
    if (!BOARD_HOSTS.has(host)) return null;
    if (segments[0] === 'embed') {
      const token = asBoardToken(url.searchParams.get('for')?.trim());
      return token ? { board: token } : null;
    }
    const token = asBoardToken(segments[0]);
    return token ? { board: token } : null;
  }

  async fetchJobs(target: BoardTarget, http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    const url = `https://${API_HOST}/v1/boards/${boardSegment(target.board)}/jobs?content=true`;
    const body = await http.getJson(url, { timeoutMs: 30_000, signal });
    const postings = expectObjectWithArray<GreenhouseJob>(body, 'jobs', url);
    return withInvalid(mapGreenhouseJobs(postings.items, target, new Date().toISOString()), postings.invalid);
  }
}
