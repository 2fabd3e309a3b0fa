import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { MarkedRunResult, RunResult } from '@job-hunter/domain';
import { CheckpointOrchestrator } from '@job-hunter/orchestration';
import { DataSource } from 'typeorm';
import { JobMarkEntity, RunRepository } from '@job-hunter/persistence';
import {
  demoRunConfig,
  postgresAvailable,
  postgresDatabaseTarget,
  runConfig,
  sqliteTarget,
  testConfig,
  type Target,
} from '@job-hunter/testing';
import { createApi } from '../create-api';
import { RunPipeline } from '../runs/run-pipeline';
import { listenOnLoopback } from '../test-support/listen-on-loopback';

const TOKEN = 'marks-test-token-0123456789';

/**
 * Two checkpoint runs of the demo market through the API's own pipeline into a SQLite file, then
 * marks set and results read (GET /runs/:id/results) through the real API on a loopback port.
 */
describe('job marks through the API', () => {
  let target: Target;
  let pipeline: RunPipeline;
  let api: INestApplication;
  let base: string;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-api-marks-'));

  beforeAll(async () => {
    target = await sqliteTarget();
    api = await createApi(testConfig(target.db, { JH_API_TOKEN: TOKEN }), { logger: false });
    pipeline = api.get(RunPipeline);
    base = await listenOnLoopback(api);
  });
  afterAll(async () => {
    await api?.close();
    await target?.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  const demoRun = async (runId: string): Promise<RunResult> =>
    (await pipeline.get(CheckpointOrchestrator)).start(demoRunConfig(runId, out, { formats: ['json'] }));
  const call = (method: string, route: string, body?: unknown, token = TOKEN): Promise<Response> =>
    fetch(`${base}${route}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  const mark = (runId: string, rank: number | string, body: unknown): Promise<Response> =>
    call('PUT', `/runs/${runId}/jobs/${rank}/mark`, body);
  const results = async (runId: string): Promise<MarkedRunResult> => {
    const answer = await call('GET', `/runs/${runId}/results`);
    expect(answer.status).toBe(200);
    return (await answer.json()) as MarkedRunResult;
  };

  it('marks jobs by identity: kept on reload, not new in a later run, hidden stays hidden', async () => {
    const first = await demoRun('marks-run-1');
    expect(first.jobs.length).toBeGreaterThanOrEqual(4);
    const [applied, hidden, saved, untouched] = first.jobs;
    if (!applied || !hidden || !saved || !untouched) throw new Error('the demo shortlist is too short');

    // The first run: every shortlisted job is new, no near miss is, nothing is marked.
    const fresh = await results('marks-run-1');
    expect(fresh.jobs.every((j) => j.isNew && j.mark === null)).toBe(true);
    expect((fresh.nearMisses ?? []).every((j) => !j.isNew)).toBe(true);

    const put = await mark('marks-run-1', applied.rank, { state: 'applied', note: '  Referral from Sam  ' });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({
      jobKey: applied.jobKey,
      state: 'applied',
      at: new Date().toLocaleDateString('en-CA'),
      note: 'Referral from Sam',
      title: applied.title,
      company: applied.company,
      applyUrl: applied.applyUrl,
      runId: 'marks-run-1',
    });
    expect((await mark('marks-run-1', hidden.rank, { state: 'hidden' })).status).toBe(200);
    expect((await mark('marks-run-1', saved.rank, { state: 'saved', at: '2026-01-05' })).status).toBe(200);

    // Reloaded: the marks are kept; applied and hidden jobs are no longer new, a saved one still is.
    const reloaded = await results('marks-run-1');
    const byKey = new Map(reloaded.jobs.map((j) => [j.jobKey, j]));
    expect(byKey.get(applied.jobKey)).toMatchObject({
      mark: { state: 'applied', note: 'Referral from Sam' },
      isNew: false,
    });
    expect(byKey.get(hidden.jobKey)).toMatchObject({ mark: { state: 'hidden', note: null }, isNew: false });
    expect(byKey.get(saved.jobKey)).toMatchObject({ mark: { state: 'saved', at: '2026-01-05' }, isNew: true });
    expect(byKey.get(untouched.jobKey)).toMatchObject({ mark: null, isNew: true });

    // A later run finds the same market: the same jobs by the same keys, none new, the marks with them.
    const second = await demoRun('marks-run-2');
    expect(second.jobs.map((j) => j.jobKey)).toEqual(first.jobs.map((j) => j.jobKey));
    const later = await results('marks-run-2');
    expect(later.jobs.filter((j) => j.isNew)).toEqual([]);
    const laterByKey = new Map(later.jobs.map((j) => [j.jobKey, j]));
    expect(laterByKey.get(applied.jobKey)?.mark?.state).toBe('applied');
    expect(laterByKey.get(hidden.jobKey)?.mark?.state).toBe('hidden');
    // The first run still shows its jobs as new there.
    expect((await results('marks-run-1')).jobs.find((j) => j.jobKey === untouched.jobKey)?.isNew).toBe(true);

    // The list, newest first, and by state; a mark removed from the later run is gone everywhere.
    const listed = (await (await call('GET', '/marks')).json()) as {
      marks: Array<{ jobKey: string; board: { state: string; lastSeenAt: string; lastScrapedAt: string } }>;
      next: string | null;
    };
    expect(listed.marks.map((m) => m.jobKey)).toEqual([saved.jobKey, hidden.jobKey, applied.jobKey]);
    expect(listed.next).toBeNull();
    // Each with its board state: the second run's scrape of its board listed it.
    for (const { board } of listed.marks) {
      expect(board).toEqual({ state: 'open', lastSeenAt: board.lastScrapedAt, lastScrapedAt: expect.any(String) });
      expect(board.lastScrapedAt > second.finishedAt).toBe(false);
      expect(board.lastScrapedAt > first.finishedAt).toBe(true);
    }
    const appliedOnly = (await (await call('GET', '/marks?state=applied')).json()) as { marks: unknown[] };
    expect(appliedOnly.marks).toHaveLength(1);
    const savedRank = laterByKey.get(saved.jobKey)?.rank;
    const removed = await call('DELETE', `/runs/marks-run-2/jobs/${savedRank}/mark`);
    expect(removed.status).toBe(204);
    expect(await removed.text()).toBe('');
    expect((await results('marks-run-1')).jobs.find((j) => j.jobKey === saved.jobKey)?.mark).toBeNull();
    expect((await call('DELETE', `/runs/marks-run-2/jobs/${savedRank}/mark`)).status).toBe(204);
  });

  it.each([
    ['an unknown state', 1, { state: 'liked' }, /state must be one of saved, applied, hidden/],
    ['a date that does not exist', 1, { state: 'applied', at: '2026-02-30' }, /at must be a real date/],
    ['a date in another form', 1, { state: 'applied', at: '02/03/2026' }, /YYYY-MM-DD/],
    ['a note over 2000 characters', 1, { state: 'saved', note: 'x'.repeat(2001) }, /note/],
    ['an unknown field', 1, { state: 'saved', colour: 'red' }, /colour/],
    ['a rank that is no number', 'first', { state: 'saved' }, /numeric/],
  ])('refuses %s with 400 BAD_INPUT', async (_what, rank, body, message) => {
    const answer = await mark('marks-run-1', rank, body);
    expect(answer.status).toBe(400);
    const { error } = (await answer.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(message);
    expect((await call('GET', '/marks?state=liked')).status).toBe(400);
  });

  it('answers 404 for an unknown run or rank, 409 for a run still going, 401 without the token', async () => {
    const codeOf = async (answer: Response): Promise<[number, string]> => [
      answer.status,
      ((await answer.json()) as { error: { code: string } }).error.code,
    ];
    expect(await codeOf(await mark('no-such-run', 1, { state: 'saved' }))).toEqual([404, 'RUN_NOT_FOUND']);
    expect(await codeOf(await mark('marks-run-1', 999, { state: 'saved' }))).toEqual([404, 'JOB_NOT_FOUND']);
    expect(await codeOf(await call('DELETE', '/runs/marks-run-1/jobs/0/mark'))).toEqual([404, 'JOB_NOT_FOUND']);
    await (
      await pipeline.get(RunRepository)
    ).create({
      id: 'marks-running',
      orchestrator: 'checkpoint',
      engine: 'heuristic',
      config: runConfig('marks-running'),
      startedAt: new Date().toISOString(),
    });
    expect(await codeOf(await mark('marks-running', 1, { state: 'saved' }))).toEqual([409, 'RUN_NOT_FINISHED']);
    expect((await call('GET', '/marks', undefined, 'wrong-token')).status).toBe(401);
  });

  it('describes the routes in the OpenAPI document', async () => {
    const document = (await (await fetch(`${base}/docs-json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const mark = document.paths['/runs/{id}/jobs/{rank}/mark'];
    expect(Object.keys(mark ?? {}).sort()).toEqual(['delete', 'put']);
    expect(Object.keys(mark?.['put']?.responses ?? {}).sort()).toEqual(['200', '400', '401', '404', '409']);
    expect(Object.keys(document.paths['/marks'] ?? {})).toEqual(['get']);
  });
});

/** Marks stored straight into the database (many set at the same millisecond), then paged through GET /marks. */
describe.each([
  ['SQLite', sqliteTarget, true],
  ['PostgreSQL', postgresDatabaseTarget, postgresAvailable()],
] as const)('GET /marks a page at a time on %s', (_name, makeTarget, enabled) => {
  const maybe = enabled ? describe : describe.skip;

  maybe('paging', () => {
    let target: Target;
    let api: INestApplication;
    let base: string;
    // 45 marks set at 5 moments, 9 at each: every page boundary but one falls inside a tie.
    const moments = ['2026-03-05', '2026-03-04', '2026-03-03', '2026-03-02', '2026-03-01'];
    const stored = moments.flatMap((day, m) =>
      Array.from({ length: 9 }, (_, i) => ({
        jobKey: `${(m * 9 + i).toString(16).padStart(4, '0')}${'a'.repeat(12)}`,
        state: i % 3 === 0 ? 'saved' : 'applied',
        at: day,
        note: null,
        title: `Engineer ${m}-${i}`,
        company: 'Acme',
        applyUrl: `https://jobs.lever.co/acme/${m}-${i}`,
        runId: 'marks-paged',
        updatedAt: `${day}T09:30:00.000Z`,
      })),
    );

    beforeAll(async () => {
      target = await makeTarget();
      api = await createApi(testConfig(target.db, { JH_API_TOKEN: TOKEN }), { logger: false });
      base = await listenOnLoopback(api);
      const dataSource = await api.get(RunPipeline).get(DataSource);
      // Stored in an order unlike the list's, so that the order comes from the query.
      await dataSource.getRepository(JobMarkEntity).insert([...stored].reverse());
    });
    afterAll(async () => {
      await api?.close();
      await target?.cleanup();
    });

    type Page = { marks: Array<{ jobKey: string; state: string; board: { state: string } }>; next: string | null };
    const get = async (route: string): Promise<Response> =>
      fetch(`${base}${route}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    const all = async (query: string): Promise<Page[]> => {
      const pages: Page[] = [];
      let before: string | null = null;
      do {
        const answer = await get(`/marks?${query}${before ? `&before=${encodeURIComponent(before)}` : ''}`);
        expect(answer.status).toBe(200);
        const page = (await answer.json()) as Page;
        pages.push(page);
        before = page.next;
      } while (before !== null);
      return pages;
    };
    // Newest first; at the same moment, by jobKey.
    const order = (state?: string): string[] => stored.filter((m) => !state || m.state === state).map((m) => m.jobKey);

    it('gives 20 marks a page by default and the cursor of the next, null on the last page', async () => {
      const pages = await all('');
      expect(pages.map((p) => p.marks.length)).toEqual([20, 20, 5]);
      expect(pages.map((p) => p.next === null)).toEqual([false, false, true]);
      expect(pages.flatMap((p) => p.marks.map((m) => m.jobKey))).toEqual(order());
      expect(pages[0]?.marks[0]).toMatchObject({ state: 'saved', board: { state: 'unknown' } });
    });

    it.each([1, 4, 7, 9, 45, 100])('lists every mark once, in order, over pages of %i', async (limit) => {
      const pages = await all(`limit=${limit}`);
      expect(pages).toHaveLength(Math.ceil(45 / limit));
      const keys = pages.flatMap((p) => p.marks.map((m) => m.jobKey));
      expect(new Set(keys).size).toBe(45);
      expect(keys).toEqual(order());
    });

    it('pages one state alone', async () => {
      const pages = await all('state=applied&limit=8');
      expect(pages.map((p) => p.marks.length)).toEqual([8, 8, 8, 6]);
      expect(pages.flatMap((p) => p.marks.map((m) => m.jobKey))).toEqual(order('applied'));
      expect(pages.flatMap((p) => p.marks).every((m) => m.state === 'applied')).toBe(true);
    });

    it.each([
      ['limit=0', /limit must be from 1 to 100/],
      ['limit=101', /limit must be from 1 to 100/],
      ['limit=-3', /limit must be from 1 to 100/],
      ['limit=2.5', /limit must be from 1 to 100/],
      ['limit=1e1', /limit must be from 1 to 100/],
      ['limit=ten', /limit must be from 1 to 100/],
      ['limit=', /limit must be from 1 to 100/],
      ['before=not-a-cursor', /before must be the "next" of an earlier page/],
      [`before=${Buffer.from('2026-03-05|x').toString('base64url')}`, /before must be the "next"/],
      ['before=', /before must be the "next"/],
      ['after=x', /property after should not exist/],
    ])('refuses %s with 400 BAD_INPUT', async (query, message) => {
      const answer = await get(`/marks?${query}`);
      expect(answer.status).toBe(400);
      const { error } = (await answer.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('BAD_INPUT');
      expect(error.message).toMatch(message);
    });

    it('describes limit, before and next in the OpenAPI document', async () => {
      const document = (await (await fetch(`${base}/docs-json`)).json()) as {
        paths: Record<string, { get: { parameters: Array<{ name: string; schema: Record<string, unknown> }> } }>;
        components: { schemas: Record<string, { properties: Record<string, Record<string, unknown>> }> };
      };
      const parameters = document.paths['/marks']?.get.parameters ?? [];
      expect(parameters.map((p) => p.name).sort()).toEqual(['before', 'limit', 'state']);
      expect(parameters.find((p) => p.name === 'limit')?.schema).toMatchObject({
        type: 'integer',
        minimum: 1,
        maximum: 100,
        default: 20,
      });
      expect(document.components.schemas['MarksResponse']?.properties['next']).toMatchObject({
        type: 'string',
        nullable: true,
      });
    });
  });
});
