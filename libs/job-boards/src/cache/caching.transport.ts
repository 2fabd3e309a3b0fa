import type { Transport, TransportRequest, TransportResponse } from '../http/http.types';
import { tooLarge } from '../http/read-capped-body';
import { responseCacheKey } from './cache-key';
import type { CachedBoardResponse, ResponseCacheAction, ResponseCacheSettings } from './response-cache.types';

export const DEFAULT_MAX_CACHE_ENTRY_BYTES = 8 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Answers a request from the shared cache when a fresh copy exists, else asks the inner
 * (live) transport and stores a successful JSON answer. It sits below the HttpClient, so
 * retries, error codes and per-host limits work on cached and live answers alike; it is
 * never put in front of a snapshot, so a replay stays byte-for-byte the recorded market.
 */
export class CachingTransport implements Transport {
  private readonly maxEntryBytes: number;
  private readonly now: () => number;
  private pruned?: Promise<void>;

  constructor(
    private readonly inner: Transport,
    private readonly settings: ResponseCacheSettings,
  ) {
    this.maxEntryBytes = settings.maxEntryBytes ?? DEFAULT_MAX_CACHE_ENTRY_BYTES;
    this.now = settings.now ?? Date.now;
  }

  async send(request: TransportRequest): Promise<TransportResponse> {
    if (this.settings.ttlMs <= 0) return this.inner.send(request);
    // Entries older than the TTL can serve nobody; dropping them once per client keeps the table bounded.
    this.pruned ??= this.prune();
    await this.pruned;
    const key = responseCacheKey(request.method, request.url, request.body);
    if (!this.settings.refresh) {
      const hit = await this.read(key);
      if (hit) return fromCache(hit, request);
    }
    const response = await this.inner.send(request);
    const body = cacheableBody(response, this.maxEntryBytes);
    if (body !== null) {
      await this.guard('write', () =>
        this.settings.store.put({
          key,
          method: request.method,
          url: request.url.href,
          status: response.status,
          contentType: response.headers.get('content-type'),
          body,
          fetchedAt: new Date(this.now()).toISOString(),
        }),
      );
    }
    return response;
  }

  private read(key: string): Promise<CachedBoardResponse | null | undefined> {
    return this.guard('read', () => this.settings.store.getFresh(key, this.since()));
  }

  private async prune(): Promise<void> {
    await this.guard('prune', () => this.settings.store.deleteOlderThan(this.since()));
  }

  private since(): string {
    return new Date(this.now() - this.settings.ttlMs).toISOString();
  }

  private async guard<T>(action: ResponseCacheAction, work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      this.settings.onError?.(error, action);
      return undefined;
    }
  }
}

/** The body as text when the answer may be stored: 2xx, within the cap, UTF-8 JSON. */
function cacheableBody(response: TransportResponse, maxBytes: number): string | null {
  if (response.status < 200 || response.status >= 300) return null;
  if (response.body.byteLength > maxBytes) return null;
  try {
    const text = utf8.decode(response.body);
    // A malformed answer would otherwise be replayed as an error for a whole TTL.
    JSON.parse(text);
    return text;
  } catch {
    return null;
  }
}

function fromCache(hit: CachedBoardResponse, request: TransportRequest): TransportResponse {
  const body = Buffer.from(hit.body, 'utf8');
  if (body.byteLength > request.maxBytes) throw tooLarge(request.url, request.maxBytes);
  const headers = new Headers({ 'x-cache': 'hit', 'x-cache-fetched-at': hit.fetchedAt });
  if (hit.contentType) headers.set('content-type', hit.contentType);
  return { status: hit.status, headers, body };
}
