import { lookup } from 'node:dns/promises';
import { FakeJobBoardServer, forbiddenOrigins } from '@job-hunter/testing';
import { createBoardHttp } from './board-http.factory';
import type { Resolver } from './ssrf-guard';

/**
 * SSRF through the real live transport: a loopback server counts every request it gets, and no
 * forbidden form of an address, written directly or reached by a redirect from an allowed board
 * host, may reach it while loopback is not allowed.
 */
describe('SSRF guard against a loopback server that counts hits', () => {
  const BOARD = 'api.lever.co';
  let server: FakeJobBoardServer;
  let port: string;

  beforeEach(async () => {
    server = await new FakeJobBoardServer().start();
    port = new URL(server.url).port;
  });
  afterEach(() => server.close());

  /** Two names only this test can resolve, to loopback in two spellings; the rest (localhost) by the system. */
  const resolverCalls: string[] = [];
  const resolver: Resolver = async (host) => {
    resolverCalls.push(host);
    if (host === 'loopback.example') return ['127.0.0.1'];
    if (host === 'mapped.example') return ['::ffff:7f00:1'];
    return (await lookup(host, { all: true, verbatim: true })).map((r) => r.address);
  };
  beforeEach(() => {
    resolverCalls.length = 0;
  });

  /** Node's fetch reads its default dispatcher here; loading undici must not leave its own Agent in it. */
  const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');
  let dispatcherBefore: unknown;
  beforeAll(() => {
    dispatcherBefore = (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER];
  });

  const http = (allowLoopback: boolean) =>
    createBoardHttp({}, { hostOverrides: { [BOARD]: server.url }, allowLoopback, resolver, retries: 0 });

  const forms = (): Array<[string, string]> => [
    ...forbiddenOrigins(Number(port)).map((f): [string, string] => [f.name, f.origin]),
    ['a name resolving to loopback', `http://loopback.example:${port}`],
    ['a name resolving to mapped loopback', `http://mapped.example:${port}`],
  ];

  it('the mapped forms do reach the server when loopback is allowed (so zero hits below means refused)', async () => {
    for (const origin of [`http://[::ffff:7f00:1]:${port}`, `http://[0:0:0:0:0:ffff:7f00:1]:${port}`]) {
      server.route({ path: '/control', respond: { json: { ok: true } } });
      await expect(http(true).getJson(`${origin}/control`)).resolves.toEqual({ ok: true });
    }
    server.route({ path: '/named', respond: { json: { ok: true } } });
    await expect(http(true).getJson(`http://loopback.example:${port}/named`)).resolves.toEqual({ ok: true });
    expect(server.requestsTo('/control')).toHaveLength(2);
    expect(server.requestsTo('/named')).toHaveLength(1);
  });

  it('refuses every forbidden form written directly, with zero hits', async () => {
    for (const [name, origin] of forms()) {
      await expect(http(false).getJson(`${origin}/direct`)).rejects.toMatchObject({
        code: 'HOST_BLOCKED',
        message: expect.stringContaining('Refused to fetch'),
      });
      expect([name, server.requests.length]).toEqual([name, 0]);
    }
  });

  it('refuses every forbidden form reached by a redirect from an allowed board host, with zero hits there', async () => {
    for (const [i, [name, origin]] of forms().entries()) {
      for (const status of [302, 307]) {
        server.route({ path: `/hop-${i}-${status}`, respond: { status, headers: { location: `${origin}/landed` } } });
        await expect(http(false).getJson(`https://${BOARD}/hop-${i}-${status}`)).rejects.toMatchObject({
          code: 'HOST_BLOCKED',
        });
        expect([name, server.requestsTo(`/hop-${i}-${status}`).length]).toEqual([name, 1]);
        expect([name, server.requestsTo('/landed').length]).toEqual([name, 0]);
      }
    }
  });

  it('resolves a name once and connects to the address it checked', async () => {
    // loopback.example exists only in the test resolver: reaching the server proves the socket went
    // to the address the guard resolved and checked, not to a second, unchecked system lookup.
    server.route({ path: '/once', respond: { json: { ok: true } } });
    await expect(http(true).getJson(`http://loopback.example:${port}/once`)).resolves.toEqual({ ok: true });
    expect(resolverCalls).toEqual(['loopback.example']);
    resolverCalls.length = 0;
    await expect(http(false).getJson(`http://loopback.example:${port}/once`)).rejects.toMatchObject({
      code: 'HOST_BLOCKED',
    });
    expect(resolverCalls).toEqual(['loopback.example']);
    expect(server.requestsTo('/once')).toHaveLength(1);
  });

  it('leaves the process-wide dispatcher as it was after live requests through undici', async () => {
    server.route({ path: '/global', respond: { json: { ok: true } } });
    await expect(http(true).getJson(`http://loopback.example:${port}/global`)).resolves.toEqual({ ok: true });
    expect((globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER]).toBe(dispatcherBefore);
  });
});
