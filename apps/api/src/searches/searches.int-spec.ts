import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { RunResult } from '@job-hunter/domain';
import { DEMO_API_ENV, demoUpload, readEvents, sqliteTarget, testConfig, type Target } from '@job-hunter/testing';
import { openDataSource, SavedSearchRepository } from '@job-hunter/persistence';
import { createApi } from '../create-api';
import { listenOnLoopback } from '../test-support/listen-on-loopback';

const TOKEN = 'searches-test-token';
const AUTH = { Authorization: `Bearer ${TOKEN}` };

describe('/searches through the API (demo snapshot, SQLite)', () => {
  let target: Target;
  let out: string;
  let app: INestApplication | undefined;
  let base: string;

  /** Starts the API (again) on the test's database, with `env` on top of the demo's. */
  async function boot(env: Record<string, string> = {}): Promise<void> {
    await app?.close();
    const config = testConfig(target.db, {
      JH_OUTPUT_DIR: out,
      ...DEMO_API_ENV,
      JH_ORCHESTRATOR: 'checkpoint',
      JH_API_TOKEN: TOKEN,
      ...env,
    });
    app = await createApi(config, { logger: false });
    base = await listenOnLoopback(app);
  }

  beforeEach(async () => {
    target = await sqliteTarget();
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-api-searches-'));
    await boot();
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await target.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  async function call(method: string, route: string, body?: FormData): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${base}${route}`, { method, body, headers: AUTH });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  }

  const save = (fields: Record<string, string>) => call('POST', '/searches', demoUpload(fields));
  const errorCode = (body: unknown) => (body as { error?: { code?: string } }).error?.code;

  /** Runs the search now and waits for its run to end; returns the run's results. */
  async function runOnce(name: string): Promise<RunResult> {
    const started = await call('POST', `/searches/${name}/run`);
    expect([started.status, (started.body as { status: string }).status]).toEqual([202, 'queued']);
    const runId = (started.body as { runId: string }).runId;
    await readEvents(await fetch(`${base}/runs/${runId}/events`, { headers: AUTH }));
    const results = await call('GET', `/runs/${runId}/results`);
    expect(results.status).toBe(200);
    return results.body as RunResult;
  }

  it('saves, lists, runs (novelty new, then seen), pauses, resumes and deletes a search', async () => {
    const saved = await save({ name: 'daily', every: '24h', top: '5' });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ name: 'daily', schedule: { everyMs: 86_400_000 }, paused: false });
    expect((saved.body as { resume: { name: string } }).resume.name).toBe('resume.pdf');
    expect(saved.body).not.toHaveProperty('resume.data');

    const listed = await call('GET', '/searches');
    expect((listed.body as Array<{ name: string }>).map((s) => s.name)).toEqual(['daily']);

    const first = await runOnce('daily');
    expect(first.status).toBe('success');
    expect(first.jobs.length).toBeGreaterThan(0);
    expect(new Set(first.jobs.map((j) => j.novelty))).toEqual(new Set(['new']));
    const shown = (await call('GET', '/searches/daily')).body as { lastRunId?: string; nextDueAt?: string };
    expect(shown.lastRunId).toBe(first.runId);
    expect(shown.nextDueAt).toBe((saved.body as { nextDueAt: string }).nextDueAt);

    const second = await runOnce('daily');
    expect(new Set(second.jobs.map((j) => j.novelty))).toEqual(new Set(['seen']));
    expect(second.previousRun?.runId).toBe(first.runId);

    expect((await call('POST', '/searches/daily/pause')).body).toMatchObject({ paused: true });
    expect((await call('GET', '/searches/daily')).body).toMatchObject({ paused: true });
    expect((await call('POST', '/searches/daily/resume')).body).toMatchObject({ paused: false });

    expect((await call('DELETE', '/searches/daily')).status).toBe(204);
    const gone = await call('GET', '/searches/daily');
    expect([gone.status, errorCode(gone.body)]).toEqual([404, 'SEARCH_NOT_FOUND']);
    expect((await call('POST', '/searches/daily/run')).status).toBe(404);
    expect((await call('GET', '/searches')).body).toEqual([]);
  }, 120_000);

  it("holds the search's lock while its run lasts: 409 SEARCH_BUSY against a cron holding it or a run of it", async () => {
    // Slow boards, so that the run still lasts when the next requests come.
    await boot({ JH_SNAPSHOT_LATENCY_MS: '100' });
    expect((await save({ name: 'daily', every: '24h', top: '5' })).status).toBe(201);
    // A second connection to the database stands for a `search run --due` process.
    const cron = await openDataSource(target.db, target.overrides);
    try {
      const searches = new SavedSearchRepository(cron);
      const id = (await searches.getByName('daily'))?.id ?? '';
      const lockNow = () => searches.tryLock(id, 'cron', new Date(), new Date(Date.now() + 60_000));
      expect(await lockNow()).toBe(true);
      const busy = await call('POST', '/searches/daily/run');
      expect([busy.status, errorCode(busy.body)]).toEqual([409, 'SEARCH_BUSY']);
      await searches.unlock(id, 'cron');

      const started = await call('POST', '/searches/daily/run');
      expect(started.status).toBe(202);
      const runId = (started.body as { runId: string }).runId;
      const events = fetch(`${base}/runs/${runId}/events`, { headers: AUTH });
      // While the run lasts, neither a second run nor the cron gets the search.
      const again = await call('POST', '/searches/daily/run');
      expect([again.status, errorCode(again.body)]).toEqual([409, 'SEARCH_BUSY']);
      expect(await lockNow()).toBe(false);
      await readEvents(await events);
      // Its end frees the lock (the write follows the end event closely).
      let freed = await lockNow();
      for (let i = 0; i < 50 && !freed; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        freed = await lockNow();
      }
      expect(freed).toBe(true);
      expect(((await call('GET', '/searches/daily')).body as { lastRunId?: string }).lastRunId).toBe(runId);
    } finally {
      await cron.destroy();
    }
  }, 120_000);

  it('refuses bad input with 400 and a taken name with 409, storing nothing', async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ name: 'both', every: '24h', cron: '0 7 * * *' }, /every|cron/i],
      [{ name: 'bad every', every: 'often' }, /every|interval/i],
      [{ name: 'bad cron', cron: '99 * * * *' }, /cron/i],
      [{ name: '-bad name' }, /name/i],
    ];
    for (const [fields, message] of cases) {
      const refused = await save(fields);
      expect([refused.status, errorCode(refused.body)]).toEqual([400, expect.any(String)]);
      expect((refused.body as { error: { message: string } }).error.message).toMatch(message);
    }
    const noName = await call('POST', '/searches', demoUpload());
    expect(noName.status).toBe(400);
    expect((await call('GET', '/searches')).body).toEqual([]);

    expect((await save({ name: 'daily', cron: '0 7 * * *' })).status).toBe(201);
    const again = await save({ name: 'daily', every: '1d' });
    expect([again.status, errorCode(again.body)]).toEqual([409, 'SEARCH_EXISTS']);
    expect((await call('GET', '/searches')).body).toEqual([
      expect.objectContaining({ schedule: { cron: '0 7 * * *' } }),
    ]);
    // The uploads of a save are read and dropped: no input folder is left behind.
    expect(fs.readdirSync(path.join(out, '.inputs'))).toEqual([]);
  }, 60_000);

  it('publishes the /searches routes and their form in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${base}/docs-json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, { required?: string[] }> };
    };
    const routes = Object.entries(doc.paths)
      .filter(([route]) => route.startsWith('/searches'))
      .flatMap(([route, methods]) => Object.keys(methods).map((method) => `${method} ${route}`));
    expect(routes.sort()).toEqual([
      'delete /searches/{name}',
      'get /searches',
      'get /searches/{name}',
      'post /searches',
      'post /searches/{name}/pause',
      'post /searches/{name}/resume',
      'post /searches/{name}/run',
    ]);
    expect(doc.components.schemas.CreateSearchBody?.required).toEqual(expect.arrayContaining(['resume', 'name']));
  });

  it('answers 401 without the token on every /searches route', async () => {
    const routes: Array<[string, string]> = [
      ['GET', '/searches'],
      ['GET', '/searches/daily'],
      ['POST', '/searches'],
      ['POST', '/searches/daily/run'],
      ['POST', '/searches/daily/pause'],
      ['POST', '/searches/daily/resume'],
      ['DELETE', '/searches/daily'],
    ];
    for (const [method, route] of routes) {
      const res = await fetch(`${base}${route}`, {
        method,
        body: method === 'POST' ? demoUpload({ name: 'x' }) : undefined,
      });
      expect([method, route, res.status]).toEqual([method, route, 401]);
    }
  });
});
