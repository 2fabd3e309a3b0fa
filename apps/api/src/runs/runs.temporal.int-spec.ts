import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplication, LoggerService } from '@nestjs/common';
import type { RunResult } from '@job-hunter/domain';
import { WorkerHost } from '@job-hunter/orchestration';
import {
  DEMO_API_ENV,
  demoUpload,
  quietTemporalLogs,
  readEvents,
  sqliteTarget,
  startDevServer,
  testConfig,
  type DevServer,
  type SseEvent,
  type Target,
} from '@job-hunter/testing';
import { createApi } from '../create-api';
import { listenOnLoopback } from '../test-support/listen-on-loopback';

const quiet: LoggerService = { log: () => undefined, warn: () => undefined, error: () => undefined };

/** The API's runs on Temporal: a dev server of its own, the workers of every queue in this process. */
describe('runs through the API on Temporal', () => {
  let server: DevServer;
  let target: Target;
  let host: WorkerHost;
  let app: INestApplication;
  let base: string;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-api-temporal-'));

  beforeAll(async () => {
    quietTemporalLogs();
    server = await startDevServer();
    target = await sqliteTarget();
    const config = testConfig(target.db, {
      JH_OUTPUT_DIR: out,
      ...DEMO_API_ENV,
      JH_SNAPSHOT_LATENCY_MS: '2000',
      JH_ORCHESTRATOR: 'temporal',
      JH_TEMPORAL_ADDRESS: server.address,
      JH_TEMPORAL_FALLBACK: 'false',
      JH_API_CONCURRENT_RUNS: '1',
      JH_API_QUEUED_RUNS: '0',
    });
    host = await WorkerHost.standalone(config, 'all', quiet);
    app = await createApi(config, { logger: false });
    base = await listenOnLoopback(app);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await host?.shutdown();
    await server?.stop();
    await target?.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  async function start(): Promise<string> {
    const res = await fetch(`${base}/runs`, { method: 'POST', body: demoUpload() });
    expect(res.status).toBe(202);
    return ((await res.json()) as { runId: string }).runId;
  }

  /** The stream's events until it closes; `each` sees them as they come. */
  const events = async (runId: string, each?: (event: SseEvent) => void) =>
    readEvents(await fetch(`${base}/runs/${runId}/events`), each);

  const statusOf = async (runId: string) =>
    ((await (await fetch(`${base}/runs/${runId}`)).json()) as { status: string }).status;

  it('runs uploads on Temporal to their end, more at once than the in-process slots (the workers do the work)', async () => {
    const running = async (id: string) => {
      for (let waited = 0; (await statusOf(id)) !== 'running'; waited += 50) {
        expect(waited).toBeLessThan(20_000);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const runId = await start();
    await running(runId);
    // One slot, none waiting: a Temporal run gave its slot back once its workflow was chosen.
    const second = await start();
    await running(second);
    expect(await statusOf(runId)).toBe('running');
    const seen = await events(runId);
    expect(seen.at(-1)).toEqual({ type: 'end', data: { status: 'success' } });
    expect((await events(second)).at(-1)).toEqual({ type: 'end', data: { status: 'success' } });
    const view = (await (await fetch(`${base}/runs/${runId}`)).json()) as Record<string, unknown>;
    expect(view).toMatchObject({ runId, status: 'success', orchestrator: 'temporal' });
    const result = (await (await fetch(`${base}/runs/${runId}/results`)).json()) as RunResult;
    expect(result.orchestrator).toBe('temporal');
    expect(result.jobs.length).toBeGreaterThan(5);
  }, 120_000);

  it("cancels a running Temporal run through the workflow's cancel signal: partial, CANCELLED", async () => {
    const runId = await start();
    let cancelled: Promise<Response> | undefined;
    const seen = await events(runId, ({ type, data }) => {
      const scraping = type === 'progress' || (type === 'stage' && data.stage === 'scrapeJobs');
      if (scraping) cancelled ??= fetch(`${base}/runs/${runId}/cancel`, { method: 'POST' });
    });
    const answer = await cancelled;
    expect([answer?.status, await answer?.json()]).toEqual([202, { runId, status: 'running' }]);
    expect(seen.at(-1)).toEqual({ type: 'end', data: { status: 'partial' } });
    const result = (await (await fetch(`${base}/runs/${runId}/results`)).json()) as RunResult;
    expect(result.errors).toContainEqual(expect.objectContaining({ code: 'CANCELLED' }));
    expect(result.jobs).toEqual([]);
  }, 120_000);
});
