import { lookup } from 'node:dns/promises';
import { FakeJobBoardServer } from '@job-hunter/testing';
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

  const http = (allowLoopback: boolean) =>
    createBoardHttp({}, { hostOverrides: { [BOARD]: server.url }, allowLoopback, resolver, retries: 0 });

  const forms = (): Array<[string, string]> => [
    ['dotted loopback', `http://127.0.0.1:${port}`],
    ['mapped loopback, as typed', `http://[::ffff:127.0.0.1]:${port}`],
    ['mapped loopback, as URL writes it', `http://[::ffff:7f00:1]:${port}`],
    ['mapped loopback, long form', `http://[0:0:0:0:0:ffff:7f00:1]:${port}`],
    ['mapped metadata address', `http://[::ffff:a9fe:a9fe]:${port}`],
    ['mapped 10/8', `http://[::ffff:a00:1]:${port}`],
    ['mapped 192.168/16', `http://[::ffff:c0a8:101]:${port}`],
    ['IPv4-translated loopback', `http://[::ffff:0:7f00:1]:${port}`],
    ['NAT64 loopback', `http://[64:ff9b::7f00:1]:${port}`],
    ['6to4 loopback', `http://[2002:7f00:1::]:${port}`],
    ['IPv4-compatible loopback', `http://[::7f00:1]:${port}`],
    ['IPv6 loopback', `http://[::1]:${port}`],
    ['a name resolving to loopback', `http://loopback.example:${port}`],
    ['a name resolving to mapped loopback', `http://mapped.example:${port}`],
    ['localhost', `http://localhost:${port}`],
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
});
