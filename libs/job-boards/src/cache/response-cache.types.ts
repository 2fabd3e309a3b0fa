/**
 * The port of the board-response cache. job-boards defines it and reads through it;
 * persistence implements it (structurally, without importing job-boards) and the
 * jobs-scraper agent, which may import both, hands the database store to the HTTP factory.
 */

/** One stored board answer. Only 2xx bodies that are valid UTF-8 JSON are ever stored. */
export interface CachedBoardResponse {
  /** See `responseCacheKey`: method, URL and a hash of the request body. */
  key: string;
  method: string;
  /** The logical URL (before any host override), for inspection and purging. */
  url: string;
  status: number;
  contentType: string | null;
  body: string;
  /** ISO-8601 (`Date#toISOString`), so that freshness compares as text on every driver. */
  fetchedAt: string;
}

/** Where cached answers live: the database, shared by the CLI and every worker machine. */
export interface ResponseCacheStore {
  /** The entry for `key` fetched at or after `freshSince` (ISO-8601), else null. */
  getFresh(key: string, freshSince: string): Promise<CachedBoardResponse | null>;
  /** Inserts the entry or replaces the one with the same key. */
  put(entry: CachedBoardResponse): Promise<void>;
  /** Deletes entries fetched before `before` (ISO-8601); returns how many went. */
  deleteOlderThan(before: string): Promise<number>;
}

export type ResponseCacheAction = 'read' | 'write' | 'prune';

export interface ResponseCacheSettings {
  store: ResponseCacheStore;
  /** Answers younger than this are reused; 0 or less turns the cache off. */
  ttlMs: number;
  /** `--force-rescrape`: never read, but still store the fresh answers for later runs. */
  refresh?: boolean;
  /** Bodies above this many bytes are not stored (default 8 MiB). */
  maxEntryBytes?: number;
  now?: () => number;
  /** The cache is an optimisation: its failures are reported here and the request goes on live. */
  onError?: (error: unknown, action: ResponseCacheAction) => void;
}
