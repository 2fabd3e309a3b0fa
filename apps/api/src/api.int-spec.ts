import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { INestApplication, LoggerService } from '@nestjs/common';
import { childEnv, sqliteTarget, testConfig, type Target } from '@job-hunter/testing';
import { createApi } from './create-api';

const REPO = path.resolve(__dirname, '../../..');
const TOKEN = 'int-token-7c1e9a0b52d4';
const PREFS =
  'Senior or staff backend roles in Berlin, hybrid, or remote within the EU. At least €80k. ' +
  'Posted in the last 30 days. No crypto, not Acme Lending.';
const UNAUTHORIZED = { error: { code: 'UNAUTHORIZED', message: 'Unauthorized' } };

/** Every line the app logs, whatever its level. */
class CapturedLog implements LoggerService {
  readonly lines: string[] = [];
  log = (...parts: unknown[]): void => void this.lines.push(parts.map(String).join(' '));
  error = this.log;
  warn = this.log;
  debug = this.log;
  verbose = this.log;
  fatal = this.log;
}

/** `job-hunter understand --prefs TEXT --json` as a person runs it (from the sources, in a scratch folder). */
function cliUnderstanding(prefs: string): unknown {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-api-cli-'));
  try {
    const run = spawnSync(
      process.execPath,
      [
        '-r',
        path.join(REPO, 'tools/bench/register.cjs'),
        path.join(REPO, 'apps/cli/src/main.ts'),
        'understand',
        '--prefs',
        prefs,
        '--json',
      ],
      {
        cwd: dir,
        env: childEnv({ JH_DATABASE_URL: `sqlite:${path.join(dir, 'jh.db')}` }),
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(0);
    return JSON.parse(run.stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the API over HTTP (token, errors, OpenAPI, POST /understand)', () => {
  let target: Target;
  let app: INestApplication | undefined;
  let base: string;

  beforeAll(async () => (target = await sqliteTarget()));
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  afterAll(async () => target.cleanup());

  async function boot(env: Record<string, string>, logger: LoggerService | false = false): Promise<void> {
    app = await createApi(testConfig(target.db, env), { logger });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  }

  /** `token` null: no Authorization header. */
  function understand(body: unknown, token: string | null = TOKEN): Promise<Response> {
    const auth: Record<string, string> = token === null ? {} : { Authorization: `Bearer ${token}` };
    return fetch(`${base}/understand`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...auth },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  describe('with JH_API_TOKEN', () => {
    let log: CapturedLog;
    beforeEach(async () => {
      log = new CapturedLog();
      await boot({ JH_API_TOKEN: TOKEN }, log);
    });

    it('answers 401 with no detail to a missing or wrong token, and serves the right one', async () => {
      for (const token of [null, 'wrong-token', `${TOKEN}x`]) {
        const res = await understand({ prefs: PREFS }, token);
        expect(res.status).toBe(401);
        expect(res.headers.get('www-authenticate')).toBe('Bearer');
        expect(await res.json()).toEqual(UNAUTHORIZED);
      }
      expect((await understand({ prefs: PREFS })).status).toBe(200);
    });

    it('keeps every run and mark route, the event stream and the files behind the header alone', async () => {
      const routes: Array<[string, string]> = [
        ['GET', '/runs'],
        ['POST', '/runs'],
        ['GET', '/runs/r1'],
        ['GET', '/runs/r1/events'],
        ['GET', '/runs/r1/results'],
        ['GET', '/runs/r1/files/report.html'],
        ['POST', '/runs/r1/cancel'],
        ['PUT', '/runs/r1/jobs/1/mark'],
        ['DELETE', '/runs/r1/jobs/1/mark'],
        ['GET', '/marks'],
      ];
      for (const [method, route] of routes) {
        // A token in the URL is never read (URLs end up in logs and browser history).
        for (const query of ['', `?token=${TOKEN}`, `?access_token=${TOKEN}`]) {
          const res = await fetch(`${base}${route}${query}`, { method });
          expect([method, route, query, res.status]).toEqual([method, route, query, 401]);
        }
      }
      const withHeader = await fetch(`${base}/runs/r1/events`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      expect(withHeader.status).not.toBe(401);
      await withHeader.body?.cancel();
    });

    it('leaves health, metrics and the OpenAPI document open', async () => {
      for (const route of ['/health/live', '/health/ready', '/metrics', '/docs', '/docs-json']) {
        expect([route, (await fetch(`${base}${route}`)).status]).toEqual([route, 200]);
      }
      expect((await fetch(`${base}/docs`)).headers.get('content-type')).toMatch(/^text\/html/);
    });

    it('publishes an OpenAPI document listing POST /understand behind the bearer token', async () => {
      const doc = (await (await fetch(`${base}/docs-json`)).json()) as {
        paths: Record<string, Record<string, { security?: unknown[] }>>;
        security: unknown[];
        components: { securitySchemes: Record<string, { scheme?: string }>; schemas: Record<string, unknown> };
      };
      expect(doc.paths['/understand']?.post).toBeDefined();
      expect(doc.paths['/understand']?.post?.security).toBeUndefined();
      expect(doc.security).toEqual([{ bearer: [] }]);
      expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
      expect(doc.components.schemas.UnderstandRequest).toMatchObject({
        required: ['prefs'],
        properties: { prefs: { type: 'string', maxLength: 20000 } },
      });
      // Open routes are marked as needing nothing.
      expect(doc.paths['/health/live']?.get?.security).toEqual([{}]);
    });

    it('POST /understand answers what `job-hunter understand --prefs TEXT --json` prints', async () => {
      const res = await understand({ prefs: PREFS });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const api = await res.json();
      expect(api).toMatchObject({ readBy: 'rules', reading: { seniority: { min: 'senior', max: 'staff' } } });
      expect(api).toEqual(cliUnderstanding(PREFS));
    });

    it.each([
      ['no prefs', {}, 'prefs must be a string'],
      ['blank prefs', { prefs: ' \n ' }, 'prefs is empty: write what you are looking for'],
      ['prefs of another type', { prefs: 42 }, 'prefs must be a string'],
      ['prefs too long', { prefs: 'x'.repeat(20_001) }, 'prefs must be shorter than or equal to 20000 characters'],
      ['an unknown field', { prefs: PREFS, engine: 'anthropic' }, 'property engine should not exist'],
      ['a body that is no JSON', '{"prefs": ', expect.stringContaining('JSON')],
    ])('refuses %s with 400 BAD_INPUT in the error shape', async (_what, body, message) => {
      const res = await understand(body);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: { code: 'BAD_INPUT', message } });
    });

    it('answers an unknown route with 404 in the error shape', async () => {
      const res = await fetch(`${base}/nope?x=1`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Cannot GET /nope?x=1' } });
    });

    it('logs each request (method, path, status, time) and never the token, a query string or a body', async () => {
      await understand({ prefs: 'remote only' });
      await understand({ prefs: 'remote only' }, 'wrong-token');
      await fetch(`${base}/health/live?token=${TOKEN}`);
      await fetch(`${base}/nope`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      const requests = log.lines.filter((l) => /^(GET|POST) /.test(l));
      expect(requests).toEqual([
        expect.stringMatching(/^POST \/understand 200 \d+\.\d ms Http$/),
        expect.stringMatching(/^POST \/understand 401 \d+\.\d ms Http$/),
        expect.stringMatching(/^GET \/health\/live 200 \d+\.\d ms Http$/),
        expect.stringMatching(/^GET \/nope 404 \d+\.\d ms Http$/),
      ]);
      const all = log.lines.join('\n');
      expect(all).not.toContain(TOKEN);
      expect(all).not.toContain('wrong-token');
      expect(all).not.toContain('remote only');
    });
  });

  it('without JH_API_TOKEN (loopback) every route is open', async () => {
    await boot({});
    const res = await understand({ prefs: PREFS }, null);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ readBy: 'rules' });
  });
});
