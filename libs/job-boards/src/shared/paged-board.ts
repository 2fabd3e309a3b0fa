import type { RawJob } from '@job-hunter/domain';
import { errorMessage, isJobHunterError } from '@job-hunter/domain';
import type { HostLimiter } from '../http/host-semaphore';
import type { BoardFetchResult, BoardTarget } from '../job-board-client';
import { mapPostings, withInvalid } from '../job-board-client';

/*
 * Shared by the boards that page their list and need one request per job for its details
 * (Workday, SmartRecruiters). It lives here until the lead moves it to shared/.
 */

/** One failure of a partly read board, in the words the run's error list shows. */
export interface PartFailure {
  what: string;
  cause: unknown;
}

export interface Page<T> {
  items: T[];
  /** Entries that were not even objects. */
  invalid: number;
  /** The board's total, when this page gives one. */
  total: unknown;
}

export interface PagingOptions<T> {
  pageSize: number;
  maxItems: number;
  fetchPage(offset: number): Promise<Page<T>>;
  /** The posting's identity, or null when it has none (counted as invalid). */
  keyOf(item: T): string | null;
  signal?: AbortSignal;
}

export interface Listing<T> {
  items: T[];
  total: number | null;
  invalid: number;
  /** Postings the board counts beyond the cap, which were not read. */
  overCap: number;
  failure: PartFailure | null;
}

/**
 * Reads pages by offset until the total (taken from the first page that gives one: Workday sends
 * it on the first page only), a short or empty page, the cap, or a page that brings nothing new
 * (a snapshot replays its one recorded page for every offset). A failing first page throws; a
 * failing later page keeps what the earlier pages gave and is reported.
 */
export async function readPages<T>(options: PagingOptions<T>): Promise<Listing<T>> {
  const { pageSize, maxItems, signal } = options;
  const listing: Listing<T> = { items: [], total: null, invalid: 0, overCap: 0, failure: null };
  const seen = new Set<string>();
  for (let offset = 0; listing.items.length < maxItems; offset += pageSize) {
    let page: Page<T>;
    try {
      page = await options.fetchPage(offset);
    } catch (e) {
      if (offset === 0 || signal?.aborted) throw e;
      listing.failure = { what: `the list page at offset ${offset} failed`, cause: e };
      break;
    }
    if (listing.total === null && typeof page.total === 'number' && page.total > 0) listing.total = page.total;
    const fresh: T[] = [];
    let unusable = 0;
    for (const item of page.items) {
      const key = options.keyOf(item);
      if (key === null) unusable++;
      else if (!seen.has(key)) {
        seen.add(key);
        fresh.push(item);
      }
    }
    if (fresh.length === 0) break;
    listing.items.push(...fresh);
    listing.invalid += page.invalid + unusable;
    if (page.items.length + page.invalid < pageSize) break;
    if (listing.total !== null && offset + pageSize >= listing.total) break;
  }
  listing.items.splice(maxItems);
  if (listing.items.length >= maxItems && listing.total !== null)
    listing.overCap = Math.max(0, listing.total - maxItems);
  return listing;
}

export interface DetailResults<D> {
  /** One entry per item, in order; undefined where that item's detail failed or was not wanted. */
  details: Array<D | undefined>;
  failed: number;
  /** Items whose detail was not requested because the run does not want them (not failures). */
  unwanted: number;
  firstError?: unknown;
}

/**
 * The filter `fetchDetails` takes from a target's `wants`, reading each item's list title with
 * `titleOf`; an item with no title of its own is wanted (its detail may be what names it).
 * Undefined when the target wants every posting.
 */
export function wantedBy<T>(
  target: Pick<BoardTarget, 'wants'>,
  titleOf: (item: T) => unknown,
): ((item: T) => boolean) | undefined {
  const wants = target.wants;
  if (!wants) return undefined;
  return (item) => {
    const title = titleOf(item);
    return typeof title !== 'string' || title.trim() === '' || wants({ title: title.trim() });
  };
}

/**
 * Fetches every item's detail through `limiter` (keyed by `key`, so the cap holds across companies);
 * a failed detail is counted, never thrown, so the job keeps its list data. An abort still throws.
 * An item `wanted` refuses gets no request: it keeps its list data and is counted as `unwanted`.
 */
export async function fetchDetails<T, D>(
  items: readonly T[],
  limiter: HostLimiter,
  key: string,
  fetchOne: (item: T) => Promise<D>,
  signal?: AbortSignal,
  wanted?: (item: T) => boolean,
): Promise<DetailResults<D>> {
  const results: DetailResults<D> = { details: new Array<D | undefined>(items.length), failed: 0, unwanted: 0 };
  await Promise.all(
    items.map(async (item, i) => {
      if (wanted && !wanted(item)) {
        results.unwanted++;
        return;
      }
      try {
        results.details[i] = await limiter.run(key, () => {
          signal?.throwIfAborted();
          return fetchOne(item);
        });
      } catch (e) {
        if (signal?.aborted) throw e;
        results.failed++;
        results.firstError ??= e;
      }
    }),
  );
  return results;
}

/**
 * Maps every listed item with its detail into the board's result: unmappable items and postings
 * beyond the cap are counted, and a failed page or failed details become `partialError`.
 */
export function assembleResult<T, D>(
  listing: Listing<T>,
  details: DetailResults<D>,
  map: (item: T, detail: D | undefined) => RawJob | null,
): BoardFetchResult {
  const result = withInvalid(
    mapPostings(listing.items, (item, i) => map(item, details.details[i])),
    listing.invalid,
  );
  if (listing.overCap > 0) result.skipped['over_cap'] = listing.overCap;
  const failures: PartFailure[] = [];
  if (listing.failure) failures.push(listing.failure);
  if (details.failed > 0) {
    failures.push({
      what: `${details.failed} of ${listing.items.length} job details could not be read, so those jobs keep only their list data`,
      cause: details.firstError,
    });
  }
  const first = failures[0];
  if (first) {
    result.partialError = {
      code: isJobHunterError(first.cause) ? first.cause.code : 'BOARD_HTTP_ERROR',
      message: failures.map((f) => `${f.what} (${errorMessage(f.cause)})`).join('; '),
    };
  }
  return result;
}
