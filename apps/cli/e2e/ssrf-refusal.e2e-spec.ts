import { existsSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { RunResult } from '@job-hunter/domain';
import { forbiddenOrigins } from '@job-hunter/testing';
import { DEMO, scratch, startCli } from './cli-harness';
import { exitOf, type Exited } from './temporal-harness';

/**
 * SSRF through the real CLI: companies whose careers URL is a forbidden address, written in every
 * spelling the guard must see through, or reached by a redirect from an allowed page. A loopback
 * server that counts every connection and request stands where those addresses lead; it serves a
 * careers page with one job, so a request that got through would also put a job in the results.
 */
const CHROMIUM = '/usr/bin/chromium';
const describeChromium = existsSync(CHROMIUM) ? describe : describe.skip;

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const redirectTo = (location: string): Answer => ({ status: 302, headers: { location }, body: '' });

/** A loopback HTTP server that counts connections and requests per path. */
class CountingServer {
  connections = 0;
  readonly hits = new Map<string, number>();
  private readonly server: Server;

  constructor(answer: (path: string) => Answer) {
    this.server = createServer((req, res) => {
      const p = (req.url ?? '/').split('?')[0] ?? '/';
      this.hits.set(p, (this.hits.get(p) ?? 0) + 1);
      const { status, headers, body } = answer(p);
      res.writeHead(status, headers).end(body);
    });
    this.server.on('connection', () => this.connections++);
  }

  async start(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  hitsUnder(prefix: string): number {
    return [...this.hits].filter(([p]) => p.startsWith(prefix)).reduce((n, [, count]) => n + count, 0);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const careersPage = (title: string): Answer => ({
  status: 200,
  headers: { 'content-type': 'text/html' },
  body: `<html><head><script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title,
    description: 'Build backend services in Go and PostgreSQL.',
    datePosted: new Date().toISOString().slice(0, 10),
    hiringOrganization: { '@type': 'Organization', name: 'Leak Inc' },
    jobLocation: { '@type': 'Place', address: { addressLocality: 'Bengaluru', addressCountry: 'IN' } },
  })}</script></head><body><h1>${title}</h1></body></html>`,
});

/** Runs the CLI as a child this process keeps serving while it waits (a blocking spawn would starve the servers). */
async function runCompanies(
  dir: string,
  env: Record<string, string>,
  companies: Array<{ name: string; careersUrl: string }>,
): Promise<{ run: Exited; result: RunResult }> {
  const file = path.join(dir, 'companies.json');
  writeFileSync(file, JSON.stringify(companies));
  const args = ['run', path.join(DEMO, 'resume.md'), '--prefs-file', path.join(DEMO, 'preferences.txt')];
  const run = await exitOf(startCli([...args, '--companies', file, '--json'], env, dir));
  let result: RunResult;
  try {
    result = JSON.parse(run.stdout) as RunResult;
  } catch {
    throw new Error(`the run printed no result (exit ${run.code}):\n${run.stderr.slice(-2000)}`);
  }
  return { run, result };
}

const codesByCompany = (result: RunResult): Record<string, string[]> => {
  const codes: Record<string, string[]> = {};
  for (const e of result.errors) if (e.company) (codes[e.company] ??= []).push(e.code);
  return codes;
};

describe('SSRF refusals through the built CLI (a loopback server that counts hits)', () => {
  let target: CountingServer;
  let port: number;

  beforeAll(async () => {
    target = new CountingServer((p) =>
      p.startsWith('/control') ? careersPage('Control Engineer') : careersPage('Leaked Engineer'),
    );
    port = await target.start();
  });
  afterAll(() => target.close());

  it('refuses every spelling written directly in the companies file, without loopback allowed: zero hits', async () => {
    const { dir, env } = scratch('ssrf-direct');
    const forms = forbiddenOrigins(port);
    const { result } = await runCompanies(
      dir,
      env,
      forms.map(({ name, origin }, i) => ({ name, careersUrl: `${origin}/direct-${i}` })),
    );

    expect({ connections: target.connections, requests: target.hitsUnder('/') }).toEqual({
      connections: 0,
      requests: 0,
    });
    expect(result.jobs).toEqual([]);
    const codes = codesByCompany(result);
    expect(forms.map(({ name }) => [name, codes[name]])).toEqual(forms.map(({ name }) => [name, ['HOST_BLOCKED']]));
    const mapped = result.errors.find((e) => e.company === 'mapped loopback, as typed');
    expect(mapped?.message).toMatch(/^Refused to fetch http:\/\/\[::ffff:7f00:1\]:\d+: it is the non-public address/);
  });

  describeChromium(`by redirect from an allowed page (loopback allowed for the redirector; ${CHROMIUM})`, () => {
    let redirector: CountingServer;
    let redirectorPort: number;
    // The loopback spellings are allowed here (the redirector is on loopback), so they are left out.
    const forms = () => forbiddenOrigins(port).filter((f) => !f.loopback);

    beforeAll(async () => {
      redirector = new CountingServer((p) => {
        if (p === '/to-control') return redirectTo(`http://[::ffff:7f00:1]:${port}/control`);
        const i = Number(/^\/to-(\d+)$/.exec(p)?.[1]);
        const form = forms()[i];
        return form ? redirectTo(`${form.origin}/redirected-${i}`) : { status: 404, headers: {}, body: '' };
      });
      redirectorPort = await redirector.start();
    });
    afterAll(() => redirector.close());

    it('refuses every forbidden spelling behind a redirect: zero hits; a mapped loopback redirect does arrive', async () => {
      const { dir, env } = scratch('ssrf-redirect');
      const companies = forms().map(({ name }, i) => ({
        name,
        careersUrl: `http://127.0.0.1:${redirectorPort}/to-${i}`,
      }));
      companies.push({ name: 'Control', careersUrl: `http://127.0.0.1:${redirectorPort}/to-control` });
      const { result } = await runCompanies(dir, { ...env, JH_ALLOW_LOOPBACK: 'true' }, companies);

      // The redirector was asked once per company; nothing reached the target but the control.
      expect(redirector.hitsUnder('/to-')).toBe(companies.length);
      expect(target.hitsUnder('/redirected-')).toBe(0);
      expect(target.hitsUnder('/control')).toBeGreaterThan(0);
      const codes = codesByCompany(result);
      expect(forms().map(({ name }) => [name, codes[name]])).toEqual(
        forms().map(({ name }) => [name, ['HOST_BLOCKED']]),
      );
      expect(codes['Control']).toBeUndefined();
      expect(result.jobs.map((j) => j.title)).not.toContain('Leaked Engineer');
    });
  });
});
