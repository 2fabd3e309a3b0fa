import { FakeJobBoardServer } from '@job-hunter/testing';
import type { FakeResponse } from '@job-hunter/testing';
import { createBoardHttp } from './board-http.factory';
import type { BoardHttpSettings } from './board-http.factory';
import { DEFAULT_USER_AGENT } from './http-client';
import { describeRequest, type RequestEvent } from './request-log';

const HOST = 'api.lever.co';
const url = (path: string): string => `https://${HOST}${path}`;

describe('HttpClient against a local server', () => {
  let server: FakeJobBoardServer;

  beforeEach(async () => {
    server = await new FakeJobBoardServer().start();
  });
  afterEach(() => server.close());

  const client = (settings: BoardHttpSettings = {}) =>
    createBoardHttp(
      {},
      { hostOverrides: { [HOST]: server.url }, retries: 2, backoffBaseMs: 1, maxRetryAfterMs: 150, ...settings },
    );
  const serve = (path: string, respond: FakeResponse | FakeResponse[]) => server.route({ path, respond });

  it('sends the User-Agent and parses JSON', async () => {
    serve('/ok', { json: { hello: 'world' } });
    await expect(client().getJson(url('/ok?mode=json'))).resolves.toEqual({ hello: 'world' });
    expect(server.requests[0]).toMatchObject({ method: 'GET', path: '/ok', query: 'mode=json' });
    expect(server.requests[0]?.headers['user-agent']).toBe(DEFAULT_USER_AGENT);
  });

  it('waits for Retry-After on 429, clamped, then succeeds', async () => {
    serve('/limited', [{ status: 429, headers: { 'retry-after': '5' } }, { json: [1] }]);
    const started = Date.now();
    await expect(client().getJson(url('/limited'))).resolves.toEqual([1]);
    const waited = Date.now() - started;
    expect(server.requestsTo('/limited')).toHaveLength(2);
    expect(waited).toBeGreaterThanOrEqual(140);
    expect(waited).toBeLessThan(2000);
  });

  it('retries a 500 and returns the next success', async () => {
    serve('/flaky', [{ status: 500, body: 'oops' }, { json: { ok: true } }]);
    await expect(client().getJson(url('/flaky'))).resolves.toEqual({ ok: true });
    expect(server.requestsTo('/flaky')).toHaveLength(2);
  });

  it('tells of every attempt: method, host and path (no query), status or how it ended, time and attempt', async () => {
    serve('/flaky', [{ status: 500, body: 'oops' }, { json: { ok: true } }]);
    serve('/slow', { json: {}, delayMs: 300 });
    const events: RequestEvent[] = [];
    const http = client({ onRequest: (e) => events.push(e), retries: 1 });
    await http.getJson(url('/flaky?api_key=s3cret'));
    // Only /slow needs the short timeout: on a loaded machine 100 ms can pass before a first local answer.
    await expect(http.getJson(url('/slow'), { timeoutMs: 100 })).rejects.toMatchObject({ code: 'BOARD_TIMEOUT' });
    const lines = events.map((e) => describeRequest({ ...e, ms: 0 }));
    expect(lines).toEqual([
      `GET ${HOST}/flaky → 500 in 0 ms (attempt 1)`,
      `GET ${HOST}/flaky → 200 in 0 ms (attempt 2)`,
      `GET ${HOST}/slow → timed out in 0 ms (attempt 1)`,
      `GET ${HOST}/slow → timed out in 0 ms (attempt 2)`,
    ]);
    expect(events[2]?.ms).toBeGreaterThanOrEqual(90);
  });

  it('gives up after the retries with a retryable BOARD_HTTP_ERROR', async () => {
    serve('/down', { status: 503 });
    await expect(client().getJson(url('/down'))).rejects.toMatchObject({ code: 'BOARD_HTTP_ERROR', retryable: true });
    expect(server.requestsTo('/down')).toHaveLength(3);
  });

  it.each([
    [404, 'BOARD_NOT_FOUND'],
    [410, 'BOARD_NOT_FOUND'],
    [400, 'BOARD_HTTP_ERROR'],
    [401, 'BOARD_FEED_OFF'],
    [403, 'BOARD_FEED_OFF'],
  ])('never retries HTTP %i (%s)', async (status, code) => {
    serve('/no', { status, json: { error: 'no' } });
    await expect(client().getJson(url('/no'))).rejects.toMatchObject({ code, retryable: false });
    expect(server.requestsTo('/no')).toHaveLength(1);
  });

  it('times out slow answers, retries, then reports BOARD_TIMEOUT', async () => {
    serve('/slow', { json: {}, delayMs: 400 });
    await expect(client({ retries: 1 }).getJson(url('/slow'), { timeoutMs: 50 })).rejects.toMatchObject({
      code: 'BOARD_TIMEOUT',
    });
    expect(server.requestsTo('/slow')).toHaveLength(2);
  });

  it('reports malformed JSON', async () => {
    serve('/bad', { body: '{"jobs": [', headers: { 'content-type': 'application/json' } });
    await expect(client().getJson(url('/bad'))).rejects.toMatchObject({ code: 'BOARD_MALFORMED' });
  });

  it('refuses an oversized answer, declared or streamed', async () => {
    serve('/big', { body: 'x'.repeat(5000) });
    serve('/big-stream', { body: 'y'.repeat(5000), headers: { 'transfer-encoding': 'chunked' } });
    const small = client({ maxBodyBytes: 1000 });
    await expect(small.getJson(url('/big'))).rejects.toMatchObject({ code: 'BOARD_TOO_LARGE' });
    await expect(small.getJson(url('/big-stream'))).rejects.toMatchObject({ code: 'BOARD_TOO_LARGE' });
  });

  it('blocks a redirect to 127.0.0.1 unless loopback is allowed', async () => {
    serve('/moved', { status: 302, headers: { location: `${server.url}/target` } });
    serve('/target', { json: { reached: true } });
    await expect(client().getJson(url('/moved'))).rejects.toMatchObject({ code: 'HOST_BLOCKED' });
    expect(server.requestsTo('/target')).toHaveLength(0);
    await expect(client({ allowLoopback: true }).getJson(url('/moved'))).resolves.toEqual({ reached: true });
  });

  it('follows a relative redirect on the same board host and stops after 5 hops', async () => {
    serve('/a', { status: 301, headers: { location: '/b' } });
    serve('/b', { json: { hop: 'b' } });
    serve('/loop', { status: 302, headers: { location: '/loop' } });
    await expect(client().getJson(url('/a'))).resolves.toEqual({ hop: 'b' });
    await expect(client().getJson(url('/loop'))).rejects.toMatchObject({ code: 'BOARD_HTTP_ERROR' });
    expect(server.requestsTo('/loop')).toHaveLength(6);
  });

  it('keeps at most the per-host limit of requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    server.route({
      path: '/busy',
      respond: async () => {
        peak = Math.max(peak, ++inFlight);
        await new Promise((r) => setTimeout(r, 30));
        inFlight--;
        return { json: {} };
      },
    });
    const http = client({ perHostConcurrency: { [HOST]: 2 } });
    await Promise.all(Array.from({ length: 6 }, () => http.getJson(url('/busy'))));
    expect(peak).toBe(2);
    expect(server.requestsTo('/busy')).toHaveLength(6);
  });

  it('stops at once when the caller aborts, without retrying', async () => {
    serve('/slow', { json: {}, delayMs: 300 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('cancelled')), 30);
    await expect(client().getJson(url('/slow'), { signal: controller.signal })).rejects.toThrow('cancelled');
    expect(server.requestsTo('/slow')).toHaveLength(1);
  });
});
