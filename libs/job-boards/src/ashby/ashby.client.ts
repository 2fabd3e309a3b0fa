import { Injectable } from '@nestjs/common';
import type { BoardFetchResult, BoardTarget, JobBoardClient } from '../job-board-client';
import { withInvalid } from '../job-board-client';
import type { BoardHttp } from '../http/http.types';
import { expectObjectWithArray } from '../shared/payload';
import { asBoardToken, boardSegment, pathSegments } from '../shared/url';
import { mapAshbyJobs } from './ashby.mapper';
import type { AshbyJob } from './ashby.types';

@Injectable()
export class AshbyClient implements JobBoardClient {
  readonly ats = 'ashby' as const;

  detect(url: URL): { board: string } | null {
    const host = url.hostname.toLowerCase();
    const segments = pathSegments(url);
    if (host === 'api.ashbyhq.com') {
      const board = segments[0] === 'posting-api' && segments[1] === 'job-board' ? asBoardToken(segments[2]) : null;
      return board ? { board } : null;
    }
    if (host !== 'jobs.ashbyhq.com') return null;
    // Board names keep their URL encoding (`Hyperliquid%20Labs`), as the API path and snapshot key need it.
    const board = asBoardToken(segments[0]);
    return board ? { board } : null;
  }

  async fetchJobs(target: BoardTarget, http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    const url = `https://api.ashbyhq.com/posting-api/job-board/${boardSegment(target.board)}?includeCompensation=true`;
    const body = await http.getJson(url, { timeoutMs: 20_000, signal });
    const postings = expectObjectWithArray<AshbyJob>(body, 'jobs', url);
    return withInvalid(mapAshbyJobs(postings.items, target, new Date().toISOString()), postings.invalid);
  }
}
