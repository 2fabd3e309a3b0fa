import type { Transport, TransportRequest, TransportResponse } from '../http/http.types';
import { responseCacheKey } from './cache-key';
import { CachingTransport } from './caching.transport';
import type { CachedBoardResponse, ResponseCacheStore } from './response-cache.types';

class MemoryStore implements ResponseCacheStore {
  readonly entries = new Map<string, CachedBoardResponse>();
  failing = false;

  async getFresh(key: string, freshSince: string): Promise<CachedBoardResponse | null> {
    if (this.failing) throw new Error('database down');
    const entry = this.entries.get(key);
    return entry && entry.fetchedAt >= freshSince ? entry : null;
  }

  async put(entry: CachedBoardResponse): Promise<void> {
    if (this.failing) throw new Error('database down');
    this.entries.set(entry.key, entry);
  }

  async deleteOlderThan(before: string): Promise<number> {
    const old = [...this.entries.values()].filter((e) => e.fetchedAt < before);
    old.forEach((e) => this.entries.delete(e.key));
    return old.length;
  }
}

/** Answers from a script of statuses and bodies, counting calls. */
class ScriptedTransport implements Transport {
  calls = 0;
  constructor(private readonly answer: (n: number) => { status: number; body: string }) {}

  async send(): Promise<TransportResponse> {
    const { status, body } = this.answer(this.calls++);
    return { status, headers: new Headers({ 'content-type': 'application/json' }), body: Buffer.from(body) };
  }
}

const HOUR = 3_600_000;
const T0 = Date.parse('2026-01-01T00:00:00Z');

function request(url = 'https://api.lever.co/v0/postings/acme?mode=json', body?: string): TransportRequest {
  return {
    url: new URL(url),
    method: body === undefined ? 'GET' : 'POST',
    headers: {},
    body,
    signal: new AbortController().signal,
    maxBytes: 1_000_000,
  };
}

describe('CachingTransport', () => {
  let store: MemoryStore;
  let clock: number;
  const now = () => clock;

  beforeEach(() => {
    store = new MemoryStore();
    clock = T0;
  });

  const cached = (inner: Transport, extra: { refresh?: boolean; maxEntryBytes?: number; ttlMs?: number } = {}) =>
    new CachingTransport(inner, { store, ttlMs: 6 * HOUR, now, ...extra });

  it('reuses a 2xx answer within the TTL and fetches again after it', async () => {
    const inner = new ScriptedTransport((n) => ({ status: 200, body: JSON.stringify({ n }) }));
    const transport = cached(inner);
    const first = await transport.send(request());
    clock = T0 + 6 * HOUR - 1;
    const second = await transport.send(request());
    expect(inner.calls).toBe(1);
    expect(second.body.toString()).toBe(first.body.toString());
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(second.headers.get('content-type')).toBe('application/json');

    clock = T0 + 6 * HOUR + 1;
    const third = await transport.send(request());
    expect(inner.calls).toBe(2);
    expect(JSON.parse(third.body.toString())).toEqual({ n: 1 });
    expect([...store.entries.values()][0]?.fetchedAt).toBe(new Date(clock).toISOString());
  });

  it('keys on method, full URL and request body', async () => {
    const inner = new ScriptedTransport((n) => ({ status: 200, body: String(n) }));
    const transport = cached(inner);
    await transport.send(request('https://x.myworkdayjobs.com/wday/cxs/x/site/jobs', '{"offset":0}'));
    await transport.send(request('https://x.myworkdayjobs.com/wday/cxs/x/site/jobs', '{"offset":20}'));
    await transport.send(request('https://api.lever.co/v0/postings/acme?mode=json&skip=1'));
    await transport.send(request('https://x.myworkdayjobs.com/wday/cxs/x/site/jobs', '{"offset":0}'));
    expect(inner.calls).toBe(3);
    expect(responseCacheKey('GET', new URL('https://a.io/x'), undefined)).toMatch(/^[0-9a-f]{64}$/);
    expect(responseCacheKey('GET', new URL('https://a.io/x'), undefined)).not.toBe(
      responseCacheKey('POST', new URL('https://a.io/x'), undefined),
    );
  });

  it.each([
    ['a 404', 404, '{"error":"gone"}'],
    ['a 500', 500, '{"error":"down"}'],
    ['a 429', 429, '{}'],
    ['malformed JSON', 200, '{"jobs": ['],
  ])('never stores %s', async (_what, status, body) => {
    const inner = new ScriptedTransport(() => ({ status, body }));
    const transport = cached(inner);
    await transport.send(request());
    await transport.send(request());
    expect(inner.calls).toBe(2);
    expect(store.entries.size).toBe(0);
  });

  it('does not store bodies above the entry cap', async () => {
    const inner = new ScriptedTransport(() => ({ status: 200, body: JSON.stringify('x'.repeat(200)) }));
    await cached(inner, { maxEntryBytes: 100 }).send(request());
    expect(store.entries.size).toBe(0);
  });

  it('refresh (--force-rescrape) skips reading but stores the fresh answer', async () => {
    const inner = new ScriptedTransport((n) => ({ status: 200, body: String(n) }));
    await cached(inner).send(request());
    const refreshed = await cached(inner, { refresh: true }).send(request());
    expect(inner.calls).toBe(2);
    expect(refreshed.body.toString()).toBe('1');
    const later = await cached(inner).send(request());
    expect(inner.calls).toBe(2);
    expect(later.body.toString()).toBe('1');
  });

  it('goes live when the store fails, and reports it', async () => {
    const inner = new ScriptedTransport(() => ({ status: 200, body: '[]' }));
    const failures: string[] = [];
    store.failing = true;
    const transport = new CachingTransport(inner, {
      store,
      ttlMs: HOUR,
      now,
      onError: (_e, action) => failures.push(action),
    });
    await expect(transport.send(request())).resolves.toMatchObject({ status: 200 });
    expect(failures).toEqual(['read', 'write']);
  });

  it('prunes entries older than the TTL once per transport', async () => {
    store.entries.set('old', {
      key: 'old',
      method: 'GET',
      url: 'https://a.io/',
      status: 200,
      contentType: null,
      body: '1',
      fetchedAt: new Date(T0 - 7 * HOUR).toISOString(),
    });
    const inner = new ScriptedTransport(() => ({ status: 200, body: '[]' }));
    await cached(inner).send(request());
    expect([...store.entries.keys()]).not.toContain('old');
  });

  it('is a pass-through when the TTL is zero', async () => {
    const inner = new ScriptedTransport(() => ({ status: 200, body: '[]' }));
    const transport = cached(inner, { ttlMs: 0 });
    await transport.send(request());
    await transport.send(request());
    expect(inner.calls).toBe(2);
    expect(store.entries.size).toBe(0);
  });
});
