import { Inject, Injectable, Optional } from '@nestjs/common';
import { APP_CONFIG } from '@job-hunter/config';
import type { AppConfig } from '@job-hunter/config';
import { JobHunterError } from '@job-hunter/domain';
import { BOARD_HTTP_SETTINGS } from '../board-http.provider';
import type { BoardHttpSettings } from '../http/board-http.factory';
import { DEFAULT_USER_AGENT } from '../http/http-client';
import type { BoardHttp } from '../http/http.types';
import { SsrfGuard, isKnownBoardHost } from '../http/ssrf-guard';
import type { Resolver } from '../http/ssrf-guard';
import type { BoardFetchResult, BoardTarget, JobBoardClient } from '../job-board-client';
import { API_BOARD_CLIENTS, countSkip } from '../job-board-client';
import { parseWebUrl } from '../shared/url';
import { CareersBrowser } from './careers-browser';
import type { PageScan } from './careers-browser';
import { jobPostingsFromJsonLd } from './json-ld';
import { mapJobPostings, postingUrl } from './job-posting.mapper';
import type { FoundPosting } from './job-posting.types';
import { pageError, pageStatusError } from './page-errors';
import { PageGuard } from './page-guard';
import { embeddedBoards, jobLinkCandidates, mergeBoards } from './page-links';
import type { EmbeddedBoard } from './page-links';

export interface CareersPageOptions {
  /** Permit loopback pages (tests); defaults to the scraping settings. */
  allowLoopback?: boolean;
  /** Host → origin to connect to instead (tests); such hosts are trusted. */
  hostOverrides?: Record<string, string>;
  resolver?: Resolver;
  executablePath?: string;
  userAgent?: string;
  navigationTimeoutMs?: number;
  settleMs?: number;
  /** Linked job pages read for JSON-LD, at most. */
  maxJobPages?: number;
  pageConcurrency?: number;
  /** No new job page is opened after this long. */
  crawlBudgetMs?: number;
  maxBodyBytes?: number;
}

/** Optional Nest token for CareersPageOptions. */
export const CAREERS_PAGE_OPTIONS = Symbol('CAREERS_PAGE_OPTIONS');

const DEFAULTS = {
  executablePath: '/usr/bin/chromium',
  navigationTimeoutMs: 15_000,
  settleMs: 2_000,
  maxJobPages: 50,
  pageConcurrency: 2,
  crawlBudgetMs: 120_000,
  maxBodyBytes: 10 * 1024 * 1024,
};
/** Distinct embedded boards read from one page; more means links to other companies' boards. */
const MAX_EMBEDDED_BOARDS = 3;

type Plan =
  { kind: 'boards'; boards: EmbeddedBoard[] } | { kind: 'postings'; found: FoundPosting[]; unreadable: number };

/**
 * A careers page that is no known board, read in headless Chromium: an embedded board (Greenhouse,
 * Lever, Ashby, Workday, …) is handed to that board's API client, else schema.org JobPosting
 * JSON-LD is read from the page and its same-site job pages. Detection matches any web URL, so
 * this client must be registered last.
 *
 * The API clients are injected, never built here: they are the instances the registry holds, so a
 * board reached through a careers page shares its per-host and per-tenant limits (Workday's one
 * list page at a time) with the same board scraped directly in the same run.
 */
@Injectable()
export class CareersPageClient implements JobBoardClient {
  readonly ats = 'careers-page' as const;
  private readonly boards: readonly JobBoardClient[];
  private readonly options: CareersPageOptions & typeof DEFAULTS & { allowLoopback: boolean; userAgent: string };

  constructor(
    @Inject(API_BOARD_CLIENTS) boards: readonly JobBoardClient[],
    @Optional() @Inject(APP_CONFIG) config?: AppConfig,
    @Optional() @Inject(BOARD_HTTP_SETTINGS) settings?: BoardHttpSettings,
    @Optional() @Inject(CAREERS_PAGE_OPTIONS) options: CareersPageOptions = {},
  ) {
    this.boards = boards.filter((b) => b.ats !== this.ats);
    this.options = {
      ...DEFAULTS,
      allowLoopback: settings?.allowLoopback ?? config?.scraping.allowLoopback ?? false,
      hostOverrides: settings?.hostOverrides,
      resolver: settings?.resolver,
      userAgent: settings?.userAgent ?? (config?.scraping.userAgent.trim() || DEFAULT_USER_AGENT),
      ...options,
    };
  }

  /** Outside Nest: `boards` are the API clients embedded boards are handed to (share them with the registry). */
  static create(boards: readonly JobBoardClient[], options: CareersPageOptions = {}): CareersPageClient {
    return new CareersPageClient(boards, undefined, undefined, options);
  }

  detect(url: URL): { board: string } | null {
    // A known board's host that its client did not recognise is a malformed board URL, not a careers page.
    if (isKnownBoardHost(url.hostname)) return null;
    // Credentials in a careers URL are a typo ("mailto:jobs@acme.com" read as a web URL) or a trick.
    if (url.username || url.password) return null;
    const page = new URL(url.href);
    page.hash = '';
    return { board: page.href };
  }

  async fetchJobs(target: BoardTarget, http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    const start = parseWebUrl(target.careersUrl ?? '') ?? parseWebUrl(target.board);
    if (!start) {
      throw new JobHunterError(
        'INVALID_INPUT',
        `"${target.board}" is not a careers page URL; fix the company's careersUrl.`,
      );
    }
    const guard = new PageGuard(
      new SsrfGuard(this.options.allowLoopback, this.options.resolver),
      this.options.hostOverrides,
    );
    await guard.check(start);
    let plan: Plan;
    try {
      plan = await this.explore(start, guard, this.boardsFor(target), signal);
    } catch (e) {
      if (signal?.aborted) throw e;
      // Whatever the browser threw becomes one PAGE_* code with a one-line message.
      throw pageError(start, e);
    }
    if (plan.kind === 'boards') return this.fromBoards(plan.boards, target, http, signal);
    const result = mapJobPostings(plan.found, target, new Date().toISOString());
    for (let i = 0; i < plan.unreadable; i++) countSkip(result.skipped, 'page_unreadable');
    return result;
  }

  /** The boards a page may hand over to: all but the one whose feed sent the reader here. */
  private boardsFor(target: BoardTarget): readonly JobBoardClient[] {
    return target.insteadOf ? this.boards.filter((b) => b.ats !== target.insteadOf) : this.boards;
  }

  /** Everything the browser is needed for; it is closed before any board API is called. */
  private async explore(
    start: URL,
    guard: PageGuard,
    boards: readonly JobBoardClient[],
    signal?: AbortSignal,
  ): Promise<Plan> {
    const o = this.options;
    const browser = await CareersBrowser.launch({ ...o, guard });
    const onAbort = (): void => void browser.close();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      signal?.throwIfAborted();
      const page = await browser.scan(start);
      if (page.status >= 400) throw pageStatusError(start, page.status);
      const onPage = embeddedBoards(page, boards);
      if (onPage.length) return { kind: 'boards', boards: onPage };
      const found = postingsOn(page);
      const known = new Set(found.map(postingUrl).filter((u): u is string => !!u));
      const links = jobLinkCandidates(page, known, o.maxJobPages);
      const deadline = Date.now() + o.crawlBudgetMs;
      const linked: EmbeddedBoard[] = [];
      let unreadable = 0;
      await eachLimited(links, o.pageConcurrency, async (link) => {
        if (Date.now() > deadline || signal?.aborted) return;
        try {
          const scan = await scanOnceMore(browser, link);
          if (scan.status >= 400) return void unreadable++;
          const postings = postingsOn(scan);
          found.push(...postings);
          if (!postings.length) linked.push(...embeddedBoards(scan, boards));
        } catch (e) {
          if (signal?.aborted) throw e;
          unreadable++;
        }
      });
      signal?.throwIfAborted();
      // An "open positions" page one click away often embeds the board.
      if (!found.length && linked.length) return { kind: 'boards', boards: mergeBoards(linked) };
      return { kind: 'postings', found, unreadable };
    } finally {
      signal?.removeEventListener('abort', onAbort);
      await browser.close();
    }
  }

  private async fromBoards(
    found: readonly EmbeddedBoard[],
    target: BoardTarget,
    http: BoardHttp,
    signal?: AbortSignal,
  ): Promise<BoardFetchResult> {
    const result: BoardFetchResult = { jobs: [], skipped: {} };
    let firstError: unknown;
    let succeeded = 0;
    for (const embedded of found.slice(0, MAX_EMBEDDED_BOARDS)) {
      const client = this.boards.find((b) => b.ats === embedded.ats);
      if (!client) continue;
      try {
        const part = await client.fetchJobs(
          { company: target.company, board: embedded.board, careersUrl: embedded.foundIn },
          http,
          signal,
        );
        succeeded++;
        result.jobs.push(...part.jobs);
        for (const [reason, n] of Object.entries(part.skipped))
          result.skipped[reason] = (result.skipped[reason] ?? 0) + n;
      } catch (e) {
        if (signal?.aborted) throw e;
        firstError ??= e;
      }
    }
    if (succeeded === 0 && firstError !== undefined) throw firstError;
    return result;
  }
}

/** A job page that fails to load is tried once more (a busy site or a busy machine); a blocked one is not. */
async function scanOnceMore(browser: CareersBrowser, url: URL): Promise<PageScan> {
  try {
    return await browser.scan(url);
  } catch (e) {
    if (e instanceof JobHunterError && e.code === 'HOST_BLOCKED') throw e;
    return browser.scan(url);
  }
}

function postingsOn(scan: PageScan): FoundPosting[] {
  const postings = jobPostingsFromJsonLd(scan.jsonLd);
  return postings.map((posting) => ({ posting, pageUrl: scan.url, onPage: postings.length }));
}

async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) await work(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
