import { Injectable } from '@nestjs/common';
import { JobHunterError, errorMessage, isJobHunterError } from '@job-hunter/domain';
import type { BoardHttp } from '../http/http.types';
import type { BoardFetchResult, BoardTarget, JobBoardClient } from '../job-board-client';
import { JobCollector, withInvalid } from '../job-board-client';
import { parseTeamtailorFeed } from './teamtailor.feed';
import { mapTeamtailorItem } from './teamtailor.mapper';

/** Asked of the feed per page; without it the feed gives only its first 100 jobs ([REG]). */
export const TEAMTAILOR_PER_PAGE = 200;
/** The feed's own page size: a page this full may be followed by more, whatever per_page said. */
const DEFAULT_PAGE_SIZE = 100;
/** Beyond this many jobs the rest of the page is counted as `over_cap` and no further page is read. */
export const TEAMTAILOR_MAX_JOBS = 2000;

/** teamtailor.com subdomains that are Teamtailor's own sites, not a company's careers site. */
const NOT_COMPANIES = new Set([
  'www',
  'api',
  'app',
  'support',
  'docs',
  'status',
  'blog',
  'help',
  'partner',
  'partners',
  'marketplace',
  'assets',
  'na',
]);
const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
/** `{slug}.teamtailor.com` or `{slug}.na.teamtailor.com` (North America). */
const TEAMTAILOR_HOST = /^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(\.na)?\.teamtailor\.com$/;

/**
 * Teamtailor (`{slug}.teamtailor.com`, `{slug}.na.teamtailor.com`, or a company's own domain serving
 * the same paths): the public RSS feed, `jobs.rss?per_page=200`, with each job's description,
 * remote status, department and locations; more pages only for boards larger than one page.
 */
@Injectable()
export class TeamtailorClient implements JobBoardClient {
  readonly ats = 'teamtailor' as const;

  detect(url: URL): { board: string } | null {
    const m = TEAMTAILOR_HOST.exec(url.hostname.toLowerCase());
    const slug = m?.[1];
    if (!slug || NOT_COMPANIES.has(slug)) return null;
    return { board: m[2] ? `${slug}.na` : slug };
  }

  /** The board's job list page, for the careers-page reader when the feed is refused (401/403). */
  careersPage(target: BoardTarget): string | null {
    try {
      return `https://${teamtailorHost(target.board)}/jobs`;
    } catch {
      return null;
    }
  }

  async fetchJobs(target: BoardTarget, http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    const host = teamtailorHost(target.board);
    const feedUrl = `https://${host}/jobs.rss?per_page=${TEAMTAILOR_PER_PAGE}`;
    const fetchedAt = new Date().toISOString();
    const jobs = new JobCollector(TEAMTAILOR_MAX_JOBS);
    const result = jobs.result;
    for (let page = 1; ; page++) {
      let body: string;
      try {
        body =
          page === 1
            ? await http.getText(feedUrl, { timeoutMs: 30_000, signal })
            : await http.getText(`${feedUrl}&page=${page}`, {
                timeoutMs: 30_000,
                signal,
                // Each page its own snapshot file, so a recorded run replays every job.
                snapshotKey: `jobs.rss/page-${page}`,
              });
      } catch (e) {
        if (page === 1 || signal?.aborted) throw e;
        // A page past the end may be a 404 rather than an empty feed: the list simply ended.
        if (isJobHunterError(e) && e.code === 'BOARD_NOT_FOUND') break;
        result.partialError = {
          code: isJobHunterError(e) ? e.code : 'BOARD_HTTP_ERROR',
          message: `page ${page} of ${host}/jobs.rss failed (${errorMessage(e)})`,
        };
        break;
      }
      const feed = parseTeamtailorFeed(body, `${host}/jobs.rss`);
      withInvalid(result, feed.invalid);
      let fresh = 0;
      for (const item of feed.items) {
        if (jobs.add(mapTeamtailorItem(item, feed.prefix, target, fetchedAt))) fresh++;
      }
      const pageSize = feed.items.length + feed.invalid;
      // A short page ends the list; so does a page that repeats the last (a feed that ignores `page`).
      if (fresh === 0 || pageSize < DEFAULT_PAGE_SIZE || jobs.full) break;
    }
    return result;
  }
}

/**
 * The host a board token names: `{slug}` → `{slug}.teamtailor.com`, `{slug}.na` →
 * `{slug}.na.teamtailor.com`; any other token with a dot is the host itself (a company's own
 * domain serving Teamtailor's paths, given explicitly with `ats: teamtailor`).
 */
export function teamtailorHost(board: string): string {
  const token = board.trim().toLowerCase();
  if (LABEL.test(token)) return `${token}.teamtailor.com`;
  const na = /^(.+)\.na$/.exec(token)?.[1];
  if (na && LABEL.test(na)) return `${na}.na.teamtailor.com`;
  const labels = token.split('.');
  if (labels.length >= 2 && labels.every((l) => LABEL.test(l)) && !/^\d+$/.test(labels[labels.length - 1] ?? '')) {
    return token;
  }
  throw new JobHunterError(
    'INVALID_INPUT',
    `"${board}" is not a Teamtailor board: use the part before .teamtailor.com of the careers URL ({slug}, or {slug}.na for .na.teamtailor.com), or the whole host of a company's own Teamtailor careers domain.`,
  );
}
