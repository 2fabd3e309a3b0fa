import { Inject, Injectable, Optional } from '@nestjs/common';
import { JobHunterError, isJobHunterError } from '@job-hunter/domain';
import { HOST_LEASES, type HostLeases } from '../http/host-leases';
import { HostLimiter } from '../http/host-semaphore';
import type { BoardHttp } from '../http/http.types';
import type { BoardFetchResult, BoardTarget, JobBoardClient } from '../job-board-client';
import { withInvalid } from '../job-board-client';
import { expectArray } from '../shared/payload';
import { parseWebUrl } from '../shared/url';
import { parsePersonioFeed } from './personio.feed';
import { mapPersonioPositions, mapPersonioSearchJobs } from './personio.mapper';
import type { PersonioSearchJob } from './personio.types';

/** `{slug}.jobs.personio.de` / `.com`: the company's job board (not `{slug}.personio.de`, its HR sign-in). */
const BOARD_HOST = /^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.jobs\.personio\.(de|com)$/;
const SLUG = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
/** The key every Personio request of the process (and, with shared leases, of every worker) queues on. */
const LIMIT_KEY = 'personio';

/**
 * Personio (`{slug}.jobs.personio.de`): the public XML feed, one request per company with every
 * position and its description. When a company has the feed switched off (`/xml` 404 while the
 * board exists) the board's own `/search.json` list is read instead, without descriptions.
 */
@Injectable()
export class PersonioClient implements JobBoardClient {
  readonly ats = 'personio' as const;
  /**
   * Personio answers HTTP 429 after a few tenants in a row ([PROBE]), and every company's board is a
   * subdomain of the same service, so its requests go one at a time across all companies (and, with
   * shared leases, across every worker); a 429 is retried by the HTTP client, honouring Retry-After,
   * while the slot is held.
   */
  private readonly limiter: HostLimiter;

  constructor(@Optional() @Inject(HOST_LEASES) leases?: HostLeases) {
    this.limiter = new HostLimiter(1, {}, leases, 'personio');
  }

  detect(url: URL): { board: string } | null {
    const slug = BOARD_HOST.exec(url.hostname.toLowerCase())?.[1];
    return slug ? { board: slug } : null;
  }

  careersPage(target: BoardTarget): string | null {
    try {
      return `https://${boardHost(target)}/?language=en`;
    } catch {
      return null;
    }
  }

  async fetchJobs(target: BoardTarget, http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    const host = boardHost(target);
    const slug = host.split('.')[0] ?? host;
    const xmlUrl = `https://${host}/xml?language=en`;
    const fetchedAt = new Date().toISOString();
    let xmlAnswer: 'missing' | 'page';
    try {
      const body = await this.limiter.run(LIMIT_KEY, () => http.getText(xmlUrl, { timeoutMs: 30_000, signal }));
      const feed = parsePersonioFeed(body, `${host}/xml`);
      if (feed.kind === 'feed') {
        return withInvalid(mapPersonioPositions(feed.positions, target, host, fetchedAt), feed.invalid);
      }
      xmlAnswer = 'page';
    } catch (e) {
      if (!isJobHunterError(e) || e.code !== 'BOARD_NOT_FOUND' || signal?.aborted) throw e;
      xmlAnswer = 'missing';
    }
    // No feed: either it is switched off for this company, or there is no such board.
    const searchUrl = `https://${host}/search.json`;
    let body: unknown;
    try {
      body = await this.limiter.run(LIMIT_KEY, () => http.getJson(searchUrl, { timeoutMs: 30_000, signal }));
    } catch (e) {
      if (signal?.aborted || !isJobHunterError(e)) throw e;
      if (e.code === 'BOARD_NOT_FOUND' || (e.code === 'BOARD_MALFORMED' && xmlAnswer === 'page')) {
        throw new JobHunterError(
          'BOARD_NOT_FOUND',
          `${host} has no Personio job board: /xml ${xmlAnswer === 'missing' ? 'answered 404' : 'answered a web page'} and /search.json ${e.code === 'BOARD_NOT_FOUND' ? 'answered 404' : 'no job list'}; check the careers URL or the company's board token.`,
        );
      }
      if (e.code === 'BOARD_MALFORMED') {
        // The board answers but neither feed does: its careers page is what is left to read.
        throw new JobHunterError(
          'BOARD_FEED_OFF',
          `Personio's XML feed is switched off for ${slug} and its /search.json list answered no job list`,
        );
      }
      throw e;
    }
    const listed = expectArray<PersonioSearchJob>(body, searchUrl);
    const result = withInvalid(mapPersonioSearchJobs(listed.items, target, host, fetchedAt), listed.invalid);
    result.partialError = {
      code: 'BOARD_FEED_OFF',
      message: `Personio's XML feed is switched off for ${slug}; read its job list without descriptions`,
    };
    return result;
  }
}

/**
 * The board's host: the slug (lower case) on `.jobs.personio.de`, or on `.jobs.personio.com` when
 * the careers URL is there. A board token written as the whole host keeps its own domain.
 */
export function boardHost(target: BoardTarget): string {
  const token = target.board.trim().toLowerCase();
  const asHost = BOARD_HOST.exec(token);
  if (asHost) return token;
  if (!SLUG.test(token)) {
    throw new JobHunterError(
      'INVALID_INPUT',
      `"${target.board}" is not a Personio company name; use the part before .jobs.personio.de of the careers URL.`,
    );
  }
  const careersHost = target.careersUrl ? parseWebUrl(target.careersUrl)?.hostname.toLowerCase() : undefined;
  const tld = careersHost && BOARD_HOST.exec(careersHost)?.[2] === 'com' ? 'com' : 'de';
  return `${token}.jobs.personio.${tld}`;
}
