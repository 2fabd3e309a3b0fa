import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { RunResult } from '@job-hunter/domain';
import { CheckpointOrchestrator, createRunRecord } from '@job-hunter/orchestration';
import { RunInputRepository, RunRepository } from '@job-hunter/persistence';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import {
  DEMO_API_ENV,
  demoRunConfig,
  demoUpload,
  readEvents,
  sqliteTarget,
  testConfig,
  type SseEvent,
  type Target,
} from '@job-hunter/testing';
import { createApi } from '../create-api';
import type { AnnotatedRunResult } from '../jobs/result-annotator';
import { RunPipeline } from './run-pipeline';
import { listenOnLoopback } from '../test-support/listen-on-loopback';

describe('runs through the API (demo snapshot, SQLite)', () => {
  let target: Target;
  let out: string;
  let app: INestApplication | undefined;

  beforeEach(async () => {
    target = await sqliteTarget();
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-api-runs-'));
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await target.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  async function boot(env: Record<string, string> = {}): Promise<string> {
    const config = testConfig(target.db, {
      JH_OUTPUT_DIR: out,
      ...DEMO_API_ENV,
      JH_ORCHESTRATOR: 'checkpoint',
      ...env,
    });
    app = await createApi(config, { logger: false });
    return listenOnLoopback(app);
  }

  async function post(base: string, form: FormData): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(`${base}/runs`, { method: 'POST', body: form });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  async function start(base: string, fields: Record<string, string> = {}): Promise<string> {
    const { status, body } = await post(base, demoUpload(fields));
    expect([status, body.status, body.error]).toEqual([202, 'queued', undefined]);
    return body.runId as string;
  }

  /** Reads the run's event stream until it closes; `until` may act on each event as it comes. */
  async function events(base: string, runId: string, until?: (e: SseEvent) => unknown): Promise<SseEvent[]> {
    const res = await fetch(`${base}/runs/${runId}/events`);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    return readEvents(res, until);
  }

  const get = async (base: string, route: string) => {
    const res = await fetch(`${base}${route}`);
    return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
  };

  it('runs an upload to the end: events, the same shortlist as the demo, the files', async () => {
    const base = await boot();
    const runId = await start(base);
    const seen = await events(base, runId);
    expect(seen[0]?.type).toBe('status');
    expect(seen.at(-1)).toEqual({ type: 'end', data: { status: 'success' } });
    // A follower joining late learns the stages finished so far from the first event, the rest as they finish.
    const before = (seen[0]?.data.finishedStages ?? []) as string[];
    const done = seen.filter((e) => e.type === 'stage' && e.data.state === 'done').map((e) => e.data.stage);
    expect([...new Set([...before, ...done])]).toEqual([
      'parseResume',
      'parsePreferences',
      'findCompanies',
      'scrapeJobs',
      'processJobs',
      'scoreJobs',
      'aggregate',
      'notify',
    ]);
    expect(done).toContain('notify');

    const view = await get(base, `/runs/${runId}`);
    expect(view.body).toMatchObject({
      runId,
      status: 'success',
      orchestrator: 'checkpoint',
      currentStage: null,
      progress: { companiesDone: 24, companiesTotal: 24 },
      errors: [],
    });
    expect(view.body.finishedStages).toHaveLength(8);
    expect(view.body).toHaveProperty('reading.roles');

    // What `job-hunter demo --json` runs: the demo's inputs, as of the day the market was recorded.
    const pipeline = (app as INestApplication).get(RunPipeline);
    const demo = await (await pipeline.get(CheckpointOrchestrator)).start(demoRunConfig('demo-run', out));
    const results = await get(base, `/runs/${runId}/results`);
    expect(results.status).toBe(200);
    const jobs = (r: Pick<RunResult, 'jobs'>) => r.jobs.map((j) => [j.rank, j.title, j.company]);
    expect(jobs(results.body as unknown as RunResult)).toEqual(jobs(demo));
    expect(demo.jobs.length).toBeGreaterThan(5);
    expect((results.body as unknown as RunResult).jobs[0]).toHaveProperty('isNew');
    // Ages count to the day the market was recorded, as each job's own "Posted N days ago" reason does.
    const served = results.body as unknown as AnnotatedRunResult;
    expect(served.asOf).toBe(demo.asOf);
    const reasonAges = served.jobs.flatMap((j) => {
      const said = j.reasons.map((r) => /^Posted (\d+) days? ago$/.exec(r)?.[1]).find(Boolean);
      return said ? [[j.rank, Number(said), j.facets.age]] : [];
    });
    expect(reasonAges.length).toBeGreaterThan(0);
    for (const [rank, said, age] of reasonAges) expect([rank, age]).toEqual([rank, said]);

    const report = await fetch(`${base}/runs/${runId}/files/report.html`);
    expect(report.status).toBe(200);
    expect(report.headers.get('content-disposition')).toBe('inline; filename="report.html"');
    expect(report.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(await report.text()).toContain('<html');
    const xlsx = await fetch(`${base}/runs/${runId}/files/results.xlsx`);
    expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename="results.xlsx"');
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    for (const name of ['nope.txt', '..%2Fresults.json', 'checkpoints.db']) {
      const missing = await get(base, `/runs/${runId}/files/${name}`);
      expect([missing.status, (missing.body.error as { code: string }).code]).toEqual([404, 'FILE_NOT_FOUND']);
    }
    const ended = await fetch(`${base}/runs/${runId}/cancel`, { method: 'POST' });
    expect(ended.status).toBe(409);
    expect(await ended.json()).toMatchObject({ error: { code: 'RUN_FINISHED' } });

    const list = await get(base, '/runs?limit=1');
    expect(list.body.runs).toEqual([expect.objectContaining({ runId: 'demo-run', status: 'success' })]);
    const next = await get(base, `/runs?limit=5&before=${list.body.next as string}`);
    expect(next.body).toEqual({
      runs: [expect.objectContaining({ runId, status: 'success', jobsInOutput: demo.jobs.length })],
      next: null,
    });
  });

  it('refuses bad uploads and stores nothing: 400, 413, 415', async () => {
    const base = await boot();
    const noResume = new FormData();
    noResume.append('prefs', 'backend roles');
    expect((await post(base, noResume)).body).toMatchObject({ error: { code: 'INVALID_INPUT' } });

    const big = new FormData();
    big.append('resume', new Blob([Buffer.alloc(5 * 1024 * 1024 + 10, 'a')]), 'cv.txt');
    const tooLarge = await post(base, big);
    expect([tooLarge.status, tooLarge.body.error]).toEqual([
      413,
      expect.objectContaining({ code: 'UPLOAD_TOO_LARGE' }),
    ]);

    const largePrefs = demoUpload();
    largePrefs.set('prefsFile', new Blob([Buffer.alloc(256 * 1024 + 1, 'a')]), 'prefs.txt');
    expect((await post(base, largePrefs)).status).toBe(413);

    const renamed = new FormData();
    renamed.append('resume', new Blob(['plain text']), 'cv.pdf');
    const unsupported = await post(base, renamed);
    expect([unsupported.status, unsupported.body.error]).toEqual([
      415,
      expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE' }),
    ]);

    // A resume the parser cannot read is named as the person sent it, never by the server's folder.
    const broken = new FormData();
    broken.append('resume', new Blob(['%PDF-1.4 not really a pdf']), 'My CV.pdf');
    broken.append('prefs', 'backend roles in Berlin');
    const unreadable = await post(base, broken);
    expect([unreadable.status, unreadable.body.error]).toEqual([
      400,
      expect.objectContaining({ code: 'RESUME_UNREADABLE' }),
    ]);
    const said = (unreadable.body.error as { message: string }).message;
    expect(said).toContain('My CV.pdf');
    expect(said).not.toContain(out);
    expect(said).not.toContain('.inputs');

    const both = demoUpload({ prefs: 'backend roles' });
    const twice = await post(base, both);
    expect([twice.status, twice.body.error]).toEqual([400, expect.objectContaining({ code: 'INVALID_INPUT' })]);

    const unknownKey = demoUpload();
    unknownKey.set('prefsFile', new Blob(['roles: [backend]\nfavouriteColour: blue\n']), 'prefs.yaml');
    expect((await post(base, unknownKey)).status).toBe(400);

    const badOption = await post(base, demoUpload({ top: 'lots' }));
    expect([badOption.status, badOption.body.error]).toEqual([400, expect.objectContaining({ code: 'BAD_INPUT' })]);

    expect((await get(base, '/runs')).body).toEqual({ runs: [], next: null });
    expect(fs.readdirSync(path.join(out, '.inputs'))).toEqual([]);
  });

  it('cancels a queued run (failed, CANCELLED) and a running one (partial, CANCELLED); a full queue is 503', async () => {
    const base = await boot({ JH_API_CONCURRENT_RUNS: '1', JH_API_QUEUED_RUNS: '1', JH_SNAPSHOT_LATENCY_MS: '300' });
    const running = await start(base);
    const queued = await start(base);
    const full = await post(base, demoUpload());
    expect([full.status, full.body.error]).toEqual([503, expect.objectContaining({ code: 'QUEUE_FULL' })]);

    const dropped = await fetch(`${base}/runs/${queued}/cancel`, { method: 'POST' });
    expect([dropped.status, await dropped.json()]).toEqual([202, { runId: queued, status: 'failed' }]);
    const view = await get(base, `/runs/${queued}`);
    expect(view.body).toMatchObject({ status: 'failed', errors: [expect.objectContaining({ code: 'CANCELLED' })] });
    expect((await events(base, queued)).map((e) => e.type)).toEqual(['status', 'end']);

    let cancelled: Promise<Response> | undefined;
    const seen = await events(base, running, (e) => {
      if (e.type === 'progress' && !cancelled) cancelled = fetch(`${base}/runs/${running}/cancel`, { method: 'POST' });
    });
    expect((await cancelled)?.status).toBe(202);
    expect(seen.at(-1)).toEqual({ type: 'end', data: { status: 'partial' } });
    const result = (await get(base, `/runs/${running}/results`)).body as unknown as RunResult;
    expect(result.status).toBe('partial');
    expect(result.errors[0]).toMatchObject({ code: 'CANCELLED', stage: 'scrapeJobs' });
    expect(result.stats.companiesSucceeded).toBeLessThan(result.stats.companiesAttempted);
    expect(seen.some((e) => e.type === 'stage' && e.data.stage === 'scoreJobs')).toBe(false);
    // Room again: the queue takes a new run.
    expect((await post(base, demoUpload())).status).toBe(202);
  });

  it('answers 409 RUN_NOT_FINISHED for the results of a run still going, and 404 for an unknown run', async () => {
    const base = await boot({ JH_SNAPSHOT_LATENCY_MS: '200' });
    const runId = await start(base);
    const early = await get(base, `/runs/${runId}/results`);
    expect([early.status, early.body.error]).toEqual([409, expect.objectContaining({ code: 'RUN_NOT_FINISHED' })]);
    for (const route of ['/runs/nope', '/runs/nope/results', '/runs/nope/events', '/runs/nope/files/results.json']) {
      const missing = await get(base, route);
      expect([route, missing.status, (missing.body.error as { code: string }).code]).toEqual([
        route,
        404,
        'RUN_NOT_FOUND',
      ]);
    }
    await events(base, runId);
  });

  it('marks a checkpoint run it was running interrupted when it shuts down, and ends its streams', async () => {
    let base = await boot({ JH_SNAPSHOT_LATENCY_MS: '300' });
    const runId = await start(base);
    let closing: Promise<void> | undefined;
    const seen = await events(base, runId, (e) => {
      if (e.type === 'progress') closing ??= (app as INestApplication).close();
    });
    await closing;
    expect(seen.filter((e) => e.type === 'end')).toEqual([]);
    base = await boot();
    expect((await get(base, `/runs/${runId}`)).body).toMatchObject({ status: 'interrupted' });
  });

  it('follows a run another process runs by polling its status, to its end', async () => {
    const base = await boot({ JH_SNAPSHOT_LATENCY_MS: '100' });
    const pipeline = (app as INestApplication).get(RunPipeline);
    // Not through the API's queue: as a CLI on the same database would run it.
    const elsewhere = (await pipeline.get(CheckpointOrchestrator)).start(demoRunConfig('elsewhere', out));
    while ((await fetch(`${base}/runs/elsewhere`)).status !== 200) await new Promise((r) => setTimeout(r, 20));
    const seen = await events(base, 'elsewhere');
    const result = await elsewhere;
    expect(seen[0]?.type).toBe('status');
    expect(seen.at(-1)).toEqual({ type: 'end', data: { status: result.status } });
    const done = seen.filter((e) => e.type === 'stage' && e.data.state === 'done').map((e) => e.data.stage);
    expect(done).toContain('scoreJobs');
    // The reading: in the first event when the run had read it already, else as it is read (the whole object).
    const understanding = seen.find((e) => e.type === 'understanding')?.data;
    if (understanding) expect(understanding).toMatchObject({ readBy: 'rules' });
    expect(seen[0]?.data.reading ?? understanding?.reading).toEqual(result.reading);
  });

  it('starts the runs left queued by an earlier process when it starts', async () => {
    let base = await boot();
    const pipeline = (app as INestApplication).get(RunPipeline);
    const config = (app as INestApplication).get<AppConfig>(APP_CONFIG);
    const stores = { runs: await pipeline.get(RunRepository), inputs: await pipeline.get(RunInputRepository) };
    await createRunRecord(stores, demoRunConfig('left-queued', out), 'checkpoint', config, 'queued');
    await (app as INestApplication).close();
    base = await boot();
    const seen = await events(base, 'left-queued');
    expect(seen.at(-1)).toEqual({ type: 'end', data: { status: 'success' } });
    expect((await get(base, '/runs/left-queued')).body).toMatchObject({ status: 'success' });
  });
});
