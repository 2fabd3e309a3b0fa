import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { PrefsParserAgent, ResumeParserAgent } from '@job-hunter/agents';
import { APP_CONFIG, type AppConfig, type DatabaseConfig } from '@job-hunter/config';
import type { RunResult } from '@job-hunter/domain';
import { RunRepository, SavedSearchRepository, type SavedSearch } from '@job-hunter/persistence';
import { DEMO_DIR, FakeSmtpServer, startDevServer, type DevServer } from '@job-hunter/testing';
import { newSavedSearch } from '../../searches/search-intake';
import { startPipelineApp } from '../../test-support/pipeline-app';
import { ChangingMarket } from '../../test-support/changing-market';
import { progressQuery } from '../workflows';
import { startWorkerChild, stopWorkerChild } from '../worker/test-support/worker-child';
import { scheduledRunId } from '../workflows/scheduled-run-id';
import type { SearchSchedules } from './search-schedules';
import { TemporalClientFactory } from './temporal-client.factory';
import { TemporalOrchestrator } from './temporal.orchestrator';

/**
 * Issue 13: a saved search on a Temporal Schedule, end to end. The time-skipping test server does
 * not implement schedules (CreateSchedule answers UNIMPLEMENTED), so this runs on the dev server
 * in real time with a 15 s interval, the runs on real activities in worker processes (one killed
 * on purpose), a replayed market that changes between runs, and SQLite shared by all of them.
 */
jest.setTimeout(300_000);

const INTERVAL_MS = 15_000;
const CHILD = path.join(__dirname, '../worker/test-support/plain-worker.child.ts');

interface ScheduledRun {
  workflowId: string;
  runId: string;
  result: RunResult;
}

describe('a saved search on a Temporal Schedule (dev server, worker processes)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-search-schedules-'));
  const sqlitePath = path.join(dir, 'jh.db');
  const db: DatabaseConfig = { type: 'sqlite', url: sqlitePath, sqlitePath };
  const market = new ChangingMarket(path.join(dir, 'market'));
  let server: DevServer;
  let smtp: FakeSmtpServer;
  let app: INestApplicationContext;
  let temporal: Client;
  let schedules: SearchSchedules;
  let search: SavedSearch;
  const workers: ChildProcess[] = [];
  const started = new Set<string>();
  const env = (): Record<string, string> => ({
    JH_DATABASE_URL: `sqlite:${sqlitePath}`,
    JH_OUTPUT_DIR: dir,
    JH_TEMPORAL_ADDRESS: server.address,
    JH_SMTP_URL: smtp.url(),
    JH_EMAIL_FROM: 'Job Hunter <hunter@example.com>',
    // Boards answer slowly enough that a run is still scraping when its worker is killed.
    JH_SNAPSHOT_LATENCY_MS: '1500',
  });
  const startWorker = async (): Promise<ChildProcess> => {
    const child = await startWorkerChild(CHILD, [], env());
    workers.push(child);
    return child;
  };
  const describeSchedule = () => temporal.schedule.getHandle(search.id).describe();

  /** The next run the schedule starts (none seen before), awaited to its end, with its stored result. */
  const nextRun = async (): Promise<ScheduledRun> => {
    const workflowId = await poll(async () => {
      const { info } = await describeSchedule();
      return info.recentActions.map((a) => a.action.workflow.workflowId).find((id) => !started.has(id));
    }, 3 * INTERVAL_MS);
    started.add(workflowId);
    await temporal.workflow.getHandle(workflowId).result();
    const runId = scheduledRunId(workflowId);
    const result = (await app.get(RunRepository).get(runId))?.result;
    if (!result) throw new Error(`run ${runId} has no stored result`);
    return { workflowId, runId, result };
  };

  beforeAll(async () => {
    [server, smtp] = await Promise.all([startDevServer(), new FakeSmtpServer().start()]);
    app = await startPipelineApp(db, env());
    const config = app.get<AppConfig>(APP_CONFIG);
    const parsers = { resumeParser: app.get(ResumeParserAgent), prefsParser: app.get(PrefsParserAgent) };
    const stored = await newSavedSearch(
      'daily platform roles',
      path.join(DEMO_DIR, 'resume.pdf'),
      {
        prefsFile: path.join(DEMO_DIR, 'preferences.txt'),
        companies: path.join(DEMO_DIR, 'companies.yaml'),
        snapshot: market.dir,
        engine: 'heuristic',
        email: 'ananya@example.com',
        forceRescrape: true,
        maxPerCompany: '10',
        outputDir: path.join(dir, 'runs'),
      },
      config,
      parsers,
    );
    search = await app.get(SavedSearchRepository).create({ ...stored, schedule: { everyMs: INTERVAL_MS } });
    schedules = await app.get(TemporalClientFactory).openSchedules();
    temporal = new Client({ connection: await Connection.connect({ address: server.address }) });
    await startWorker();
  }, 120_000);

  afterAll(async () => {
    await schedules?.delete(search.id).catch(() => undefined);
    await Promise.all(workers.map(stopWorkerChild));
    await schedules?.close();
    await temporal?.connection.close();
    await app?.close();
    await server?.stop();
    await smtp?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('makes the schedule under the search id: its interval, skip on overlap, a day of catch-up', async () => {
    await schedules.save(search);
    const made = await describeSchedule();
    expect(made.spec.intervals).toEqual([expect.objectContaining({ every: INTERVAL_MS })]);
    expect(made.policies).toMatchObject({ overlap: 'SKIP', catchupWindow: 86_400_000 });
    expect(made.action).toMatchObject({ workflowType: 'JobHuntWorkflow', workflowId: search.id });
    expect(made.action.args).toEqual([expect.objectContaining({ searchId: search.id })]);
    // Saving it again updates it in place.
    await schedules.save({ ...search, paused: true });
    expect(await schedules.describe(search.id)).toMatchObject({ paused: true });
    await schedules.save(search);
    const view = await schedules.describe(search.id);
    expect(view?.paused).toBe(false);
    const [next, after] = (view?.nextRuns ?? []).map((t) => Date.parse(t));
    expect((after ?? 0) - (next ?? 0)).toBe(INTERVAL_MS);
  });

  it('runs three times over a changing market: all new, then two new, one changed, one gone, then nothing new and no email', async () => {
    const novelty = (run: ScheduledRun) => run.result.jobs.map((j) => j.novelty);
    const first = await nextRun();
    expect(first.result.status).toBe('success');
    expect(first.result.jobs.length).toBeGreaterThan(4);
    expect(new Set(novelty(first))).toEqual(new Set(['new']));
    expect(smtp.received).toHaveLength(1);
    const record = await app.get(RunRepository).get(first.runId);
    expect(record?.config).toMatchObject({ searchId: search.id, snapshotDir: market.dir, orchestrator: 'temporal' });
    // The worker wrote the run's files, as the CLI does for a run it waits for.
    expect(fs.existsSync(path.join(dir, 'runs', first.runId, 'results.json'))).toBe(true);

    const change = market.change(first.result.jobs);
    const second = await nextRun();
    const urls = second.result.jobs.map((j) => j.applyUrl);
    expect(urls).not.toContain(change.gone);
    expect(urls).toEqual(expect.arrayContaining(change.added));
    const retitled = second.result.jobs.find((j) => j.applyUrl === change.retitled.url);
    expect(retitled).toMatchObject({ title: change.retitled.title, novelty: 'changed' });
    const fresh = second.result.jobs.filter((j) => j.novelty === 'new').map((j) => j.applyUrl);
    expect(fresh.sort()).toEqual([...change.added].sort());
    expect(second.result.jobs.filter((j) => j.novelty === 'seen')).toHaveLength(second.result.jobs.length - 3);
    expect(second.result.disappeared?.map((j) => j.applyUrl)).toEqual([change.gone]);
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received[1]?.subject).toMatch(/^Job Hunter: 2 new since .*, 1 changed, 1 gone/);

    const third = await nextRun();
    expect(third.result.jobs.map((j) => j.applyUrl).sort()).toEqual([...urls].sort());
    expect(new Set(novelty(third))).toEqual(new Set(['seen']));
    // Nothing new: no email; the run is recorded all the same.
    expect(smtp.received).toHaveLength(2);
    expect(third.result.status).toBe('success');
    expect(new Set([first.runId, second.runId, third.runId]).size).toBe(3);
    expect(await app.get(SavedSearchRepository).get(search.id)).toMatchObject({
      lastRunId: third.runId,
      lastRunAt: expect.any(String),
    });
  });

  it('starts no run while paused, and runs again once resumed', async () => {
    await schedules.pause(search.id, 'on holiday');
    const taken = (await describeSchedule()).info.numActionsTaken;
    await new Promise((r) => setTimeout(r, 2 * INTERVAL_MS + 2000));
    const paused = await describeSchedule();
    expect(paused.state).toMatchObject({ paused: true, note: 'on holiday' });
    expect(paused.info.numActionsTaken).toBe(taken);
    await schedules.resume(search.id);
    expect((await nextRun()).result.status).toBe('success');
  });

  it('finishes a run whose worker was killed while it scraped, on a second worker, skipping starts meanwhile', async () => {
    const [first] = workers;
    const workflowId = await poll(async () => {
      const { info } = await describeSchedule();
      return info.recentActions.map((a) => a.action.workflow.workflowId).find((id) => !started.has(id));
    }, 3 * INTERVAL_MS);
    started.add(workflowId);
    const handle = temporal.workflow.getHandle(workflowId);
    await poll(async () => {
      const progress = await handle.query(progressQuery).catch(() => undefined);
      return progress?.stage === 'scrapeJobs' && progress.companies.running > 0 ? true : undefined;
    }, 60_000);
    // `job-hunter status RUN_ID` finds the scheduled run's workflow from its run id.
    expect(await app.get(TemporalOrchestrator).status(scheduledRunId(workflowId))).toMatchObject({
      status: 'running',
      currentStage: 'scrapeJobs',
    });
    first?.kill('SIGKILL');
    await startWorker();
    await handle.result();
    const result = (await app.get(RunRepository).get(scheduledRunId(workflowId)))?.result;
    expect(result?.status).toBe('success');
    expect(result?.stats.companiesSucceeded).toBe(result?.stats.companiesAttempted);
    // The killed worker's scrapes were retried after their heartbeat timeout (30 s): the schedule skipped starts.
    expect((await schedules.describe(search.id))?.skippedOverlap).toBeGreaterThan(0);
  });

  it('deletes the schedule: no more runs start', async () => {
    expect(await schedules.delete(search.id)).toBe(true);
    expect(await schedules.describe(search.id)).toBeUndefined();
    expect(await schedules.delete(search.id)).toBe(false);
    const before = await countRuns(temporal);
    await new Promise((r) => setTimeout(r, INTERVAL_MS + 2000));
    expect(await countRuns(temporal)).toBe(before);
  });
});

async function countRuns(client: Client): Promise<number> {
  let n = 0;
  for await (const _ of client.workflow.list({ query: "WorkflowType = 'JobHuntWorkflow'" })) n++;
  return n;
}

async function poll<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`nothing after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
