import { Injectable } from '@nestjs/common';
import type { BoardFetchResult, BoardTarget, JobBoardClient } from '../job-board-client';
import { withInvalid } from '../job-board-client';
import type { BoardHttp } from '../http/http.types';
import { expectArray, fieldOf } from '../shared/payload';
import type { Postings } from '../shared/payload';
import { asBoardToken, boardSegment, pathSegments } from '../shared/url';
import { mapGemJobPosts } from './gem.mapper';
import type { GemJobPost } from './gem.types';

const BOARD_HOST = 'jobs.gem.com';
export const GEM_API_HOST = 'api.gem.com';
/** jobs.gem.com paths that are Gem's own app, not a board. */
const NOT_BOARDS = new Set(['api', 'static', 'assets', '_next']);

/**
 * Gem's documented public Job Board API: one request per board, every post with its description.
 * The board token is the first path segment of https://jobs.gem.com/{board}.
 */
@Injectable()
export class GemClient implements JobBoardClient {
  readonly ats = 'gem' as const;

  detect(url: URL): { board: string } | null {
    const host = url.hostname.toLowerCase();
    const segments = pathSegments(url);
    if (host === GEM_API_HOST) {
      // /job_board/v0/{board}/job_posts/…
      const board = segments[0] === 'job_board' && segments[1] === 'v0' ? asBoardToken(segments[2]) : null;
      return board && board !== 'reference' ? { board } : null;
    }
    if (host !== BOARD_HOST) return null;
    const board = asBoardToken(segments[0]);
    return board && !NOT_BOARDS.has(board.toLowerCase()) ? { board } : null;
  }

  async fetchJobs(target: BoardTarget, http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    // The trailing slash is required: without it the API does not answer the list.
    const url = `https://${GEM_API_HOST}/job_board/v0/${boardSegment(target.board)}/job_posts/`;
    const body = await http.getJson(url, { timeoutMs: 30_000, signal });
    const posts = jobPosts(body, url);
    return withInvalid(mapGemJobPosts(posts.items, target, new Date().toISOString()), posts.invalid);
  }
}

/**
 * The answer is a bare array (the notes and most cited clients); one public client reads a
 * `{ job_posts: [...] }` wrapper instead, so that shape is accepted too; anything else is malformed.
 */
function jobPosts(body: unknown, url: string): Postings<GemJobPost> {
  const wrapped = fieldOf(body, 'job_posts');
  if (Array.isArray(wrapped)) return expectArray<GemJobPost>(wrapped, url);
  return expectArray<GemJobPost>(body, url);
}
