import { Injectable } from '@nestjs/common';
import { JobHunterError, isJobHunterError, type RawJob } from '@job-hunter/domain';
import type { BoardHttp } from '../http/http.types';
import type { BoardFetchResult, BoardTarget, JobBoardClient } from '../job-board-client';
import { JobCollector } from '../job-board-client';
import { assembleResult, readPages, type Listing, type Page } from '../shared/paged-board';
import { isRecord } from '../shared/payload';
import {
  detectSuccessFactorsSite,
  parseSuccessFactorsBoard,
  successFactorsBoardToken,
  successFactorsCareersPage,
} from './successfactors-board';
import { isJobListing, parseSitemalRss, scanJobListing } from './successfactors-feeds';
import { csbJobId, legacyDateReader, mapCsbJob, mapLegacyJob, mapRssItem } from './successfactors.mapper';
import type { SuccessFactorsCsbJob, SuccessFactorsCsbResponse } from './successfactors.types';

/** Feeds list a company's every opening at once (1,000+ on big sites); beyond this the rest are `over_cap`. */
export const SUCCESSFACTORS_MAX_JOBS = 5000;
/** The Career Site Builder search answers 10 rows a page, whatever is asked. */
export const SUCCESSFACTORS_CSB_PAGE_SIZE = 10;
/** A site advertising more languages than this is read in the first ones only. */
export const SUCCESSFACTORS_MAX_LOCALES = 12;
/** Read first, so a posting published in several languages keeps its English page. */
const PREFERRED_LOCALES = ['en_US', 'en_GB'];

/**
 * SAP SuccessFactors. A Recruiting Marketing site (its own host) is read from its `sitemal.xml`
 * RSS (one request, full descriptions); when that is missing or empty, from the Career Site
 * Builder search JSON, in every language the site's `/search/` page offers (a posting is only
 * listed in the languages it was published in), de-duplicated by id. A hosted page
 * (`career{N}.successfactors.{com,eu}`, `?company={ID}`) is read from its Job-Listing XML.
 */
@Injectable()
export class SuccessFactorsClient implements JobBoardClient {
  readonly ats = 'successfactors' as const;

  detect(url: URL): { board: string } | null {
    const found = detectSuccessFactorsSite(url);
    return found ? { board: successFactorsBoardToken(found) } : null;
  }

  careersPage(target: BoardTarget): string | null {
    try {
      return successFactorsCareersPage(parseSuccessFactorsBoard(target.board));
    } catch {
      return null;
    }
  }

  async fetchJobs(target: BoardTarget, http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    const board = parseSuccessFactorsBoard(target.board);
    const ctx = { target, fetchedAt: new Date().toISOString() };
    if (board.kind === 'legacy') return this.readJobListing(board.host, board.company, ctx, http, signal);

    const { host } = board;
    let sitemal: 'missing' | 'refused' | 'empty' = 'missing';
    try {
      const xml = await http.getText(`https://${host}/sitemal.xml`, { timeoutMs: 60_000, signal });
      const feed = parseSitemalRss(xml);
      if (feed.items.length > 0) return this.mapRss(feed.items, host, ctx);
      sitemal = feed.isRss ? 'empty' : 'missing';
    } catch (e) {
      if (!isJobHunterError(e) || (e.code !== 'BOARD_NOT_FOUND' && e.code !== 'BOARD_FEED_OFF')) throw e;
      sitemal = e.code === 'BOARD_FEED_OFF' ? 'refused' : 'missing';
    }
    try {
      return await this.searchCsb(host, ctx, http, signal);
    } catch (e) {
      if (!isJobHunterError(e)) throw e;
      // An RMK site with an empty feed and no Career Site Builder search (which answers 404, or 401
      // on sites that are not CSB) has no openings.
      if ((e.code === 'BOARD_NOT_FOUND' || e.code === 'BOARD_FEED_OFF') && sitemal === 'empty') {
        return { jobs: [], skipped: {} };
      }
      if (e.code === 'BOARD_FEED_OFF' || (e.code === 'BOARD_NOT_FOUND' && sitemal === 'refused')) {
        throw new JobHunterError(
          'BOARD_FEED_OFF',
          `${host} refuses anonymous readers of its job feeds (sitemal.xml ${sitemal === 'refused' ? 'refused' : 'not there'}; ${e.message}); its careers page is read instead.`,
        );
      }
      if (e.code === 'BOARD_NOT_FOUND') {
        throw new JobHunterError(
          'BOARD_NOT_FOUND',
          `${host} has neither a SuccessFactors sitemal.xml feed nor a Career Site Builder search; check the board (the career site's host) or the careers URL.`,
        );
      }
      throw e;
    }
  }

  private mapRss(
    items: ReturnType<typeof parseSitemalRss>['items'],
    host: string,
    ctx: { target: BoardTarget; fetchedAt: string },
  ): BoardFetchResult {
    const { result } = collect(items, (item) => mapRssItem(item, ctx));
    if (result.jobs.length === 0 && items.length > 0) {
      throw new JobHunterError(
        'BOARD_MALFORMED',
        `https://${host}/sitemal.xml listed ${items.length} items but none had a title, link and id; the feed may have changed.`,
      );
    }
    return result;
  }

  private async readJobListing(
    host: string,
    company: string,
    ctx: { target: BoardTarget; fetchedAt: string },
    http: BoardHttp,
    signal?: AbortSignal,
  ): Promise<BoardFetchResult> {
    const url = `https://${host}/career?company=${encodeURIComponent(company)}&career_ns=job_listing_summary&resultType=XML`;
    const xml = await http.getText(url, { timeoutMs: 60_000, signal, snapshotKey: `career/${company}` });
    if (!isJobListing(xml)) {
      throw new JobHunterError(
        'BOARD_NOT_FOUND',
        `${host} has no SuccessFactors job listing for company "${company}" (it answered a page, not a Job-Listing); check the company id in the careers URL.`,
      );
    }
    const blocks = scanJobListing(xml);
    const readDate = legacyDateReader(blocks);
    const { result } = collect(blocks, (block) => mapLegacyJob(block, { ...ctx, host, company, readDate }));
    if (result.jobs.length === 0 && blocks.length > 0) {
      throw new JobHunterError(
        'BOARD_MALFORMED',
        `${host} listed ${blocks.length} jobs for "${company}" but none had a ReqId and a JobTitle; the feed may have changed.`,
      );
    }
    return result;
  }

  /** The site's languages from its `/search/` page (best effort), English first; en_US when it names none. */
  private async locales(host: string, http: BoardHttp, signal?: AbortSignal): Promise<string[]> {
    let html = '';
    try {
      html = await http.getText(`https://${host}/search/`, { timeoutMs: 20_000, signal });
    } catch (e) {
      if (signal?.aborted) throw e;
    }
    const found = new Set<string>();
    for (const m of html.matchAll(/locale=([a-z]{2}_[A-Z]{2})\b/g)) if (m[1]) found.add(m[1]);
    const rank = (l: string): number => {
      const i = PREFERRED_LOCALES.indexOf(l);
      return i === -1 ? PREFERRED_LOCALES.length : i;
    };
    const sorted = [...found].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    return sorted.length ? sorted.slice(0, SUCCESSFACTORS_MAX_LOCALES) : ['en_US'];
  }

  private async searchCsb(
    host: string,
    ctx: { target: BoardTarget; fetchedAt: string },
    http: BoardHttp,
    signal?: AbortSignal,
  ): Promise<BoardFetchResult> {
    const url = `https://${host}/services/recruiting/v1/jobs`;
    const locales = await this.locales(host, http, signal);
    const fetchPage =
      (locale: string) =>
      async (offset: number): Promise<Page<SuccessFactorsCsbJob>> => {
        const pageNumber = offset / SUCCESSFACTORS_CSB_PAGE_SIZE;
        const body = (await http.postJson(
          url,
          { keywords: '', locale, location: '', pageNumber, sortBy: 'recent' },
          { timeoutMs: 20_000, signal, snapshotKey: `services/recruiting/v1/jobs/${locale}/page-${pageNumber}` },
        )) as SuccessFactorsCsbResponse | null;
        if (!isRecord(body)) {
          throw new JobHunterError(
            'BOARD_MALFORMED',
            `${url} did not answer an object; the search API may have changed.`,
          );
        }
        // Past the last page some sites answer the total without any rows.
        const rows = Array.isArray(body.jobSearchResult) ? body.jobSearchResult : [];
        const items = rows
          .map((r) => (r && typeof r === 'object' ? r.response : undefined))
          .filter((j): j is SuccessFactorsCsbJob => isRecord(j));
        return { items, invalid: rows.length - items.length, total: body.totalJobs };
      };

    const combined: Listing<{ row: SuccessFactorsCsbJob; locale: string }> = {
      items: [],
      total: null,
      invalid: 0,
      overCap: 0,
      failure: null,
    };
    const seen = new Set<string>();
    for (const [i, locale] of locales.entries()) {
      const room = SUCCESSFACTORS_MAX_JOBS - combined.items.length;
      if (room <= 0) break;
      let listing: Listing<SuccessFactorsCsbJob>;
      try {
        listing = await readPages({
          pageSize: SUCCESSFACTORS_CSB_PAGE_SIZE,
          maxItems: room,
          fetchPage: fetchPage(locale),
          keyOf: csbJobId,
          signal,
        });
      } catch (e) {
        // The first language decides whether the search exists at all; a later one failing is partial.
        if (i === 0 || signal?.aborted) throw e;
        combined.failure ??= { what: `the ${locale} search failed`, cause: e };
        continue;
      }
      combined.invalid += listing.invalid;
      combined.overCap += listing.overCap;
      if (listing.failure) combined.failure ??= { ...listing.failure, what: `${listing.failure.what} (${locale})` };
      for (const row of listing.items) {
        const id = csbJobId(row);
        if (id === null || seen.has(id)) continue;
        seen.add(id);
        combined.items.push({ row, locale });
      }
    }
    return assembleResult(combined, { details: [], failed: 0, unwanted: 0 }, ({ row, locale }) =>
      mapCsbJob(row, locale, { ...ctx, host }),
    );
  }
}

/** A feed's entries mapped once per id, up to the cap (see JobCollector). */
function collect<T>(entries: readonly T[], map: (entry: T) => RawJob | null): JobCollector {
  const jobs = new JobCollector(SUCCESSFACTORS_MAX_JOBS);
  for (const entry of entries) jobs.add(map(entry));
  return jobs;
}
