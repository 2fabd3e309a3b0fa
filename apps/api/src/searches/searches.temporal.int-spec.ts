import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { TemporalClientFactory, type SearchSchedules } from '@job-hunter/orchestration';
import {
  DEMO_API_ENV,
  demoUpload,
  quietTemporalLogs,
  sqliteTarget,
  startDevServer,
  testConfig,
  type DevServer,
  type Target,
} from '@job-hunter/testing';
import { createApi } from '../create-api';
import { listenOnLoopback } from '../test-support/listen-on-loopback';

/** Under JH_ORCHESTRATOR=temporal, /searches keeps each search's Temporal Schedule in step, as `search` does. */
describe('/searches through the API on Temporal (schedules)', () => {
  let server: DevServer;
  let target: Target;
  let app: INestApplication;
  let schedules: SearchSchedules;
  let base: string;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-api-searches-temporal-'));

  beforeAll(async () => {
    quietTemporalLogs();
    server = await startDevServer();
    target = await sqliteTarget();
    const config = testConfig(target.db, {
      JH_OUTPUT_DIR: out,
      ...DEMO_API_ENV,
      JH_ORCHESTRATOR: 'temporal',
      JH_TEMPORAL_ADDRESS: server.address,
    });
    app = await createApi(config, { logger: false });
    base = await listenOnLoopback(app);
    schedules = await new TemporalClientFactory(config).openSchedules();
  }, 120_000);

  afterAll(async () => {
    await schedules?.close();
    await app?.close();
    await server?.stop();
    await target?.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('creates, pauses, resumes and deletes the schedule with the search', async () => {
    const saved = await fetch(`${base}/searches`, { method: 'POST', body: demoUpload({ name: 'daily', every: '1d' }) });
    expect(saved.status).toBe(201);
    const { id } = (await saved.json()) as { id: string };
    expect((await schedules.describe(id))?.paused).toBe(false);

    expect((await fetch(`${base}/searches/daily/pause`, { method: 'POST' })).status).toBe(200);
    expect((await schedules.describe(id))?.paused).toBe(true);
    expect((await fetch(`${base}/searches/daily/resume`, { method: 'POST' })).status).toBe(200);
    expect((await schedules.describe(id))?.paused).toBe(false);

    expect((await fetch(`${base}/searches/daily`, { method: 'DELETE' })).status).toBe(204);
    expect(await schedules.describe(id)).toBeUndefined();
  }, 60_000);
});
