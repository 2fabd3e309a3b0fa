import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { demoRunConfig, sqliteTarget, type Target } from '@job-hunter/testing';
import { TemporalOrchestrator } from '../temporal/client/temporal.orchestrator';
import { startTemporalPipelineApp } from '../test-support/temporal-pipeline-app';

describe('decisions.csv under Temporal (real workflow and activities)', () => {
  let target: Target;
  let app: INestApplicationContext;
  let close: (() => Promise<void>) | undefined;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-decisions-temporal-'));

  beforeAll(async () => {
    target = await sqliteTarget();
    ({ app, close } = await startTemporalPipelineApp(target.db));
  }, 120_000);

  afterAll(async () => {
    await close?.();
    await target?.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('is built by the worker from the stored jobs and written by the client, one row per job seen', async () => {
    const config = demoRunConfig('tp-decisions', out, { orchestrator: 'temporal' });
    const result = await app.get(TemporalOrchestrator).start(config);

    expect(result.status).toBe('success');
    const lines = fs
      .readFileSync(path.join(out, 'tp-decisions', 'decisions.csv'), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Company,Title,Occupation,Location,Decision,Reason,Score,Apply URL');
    expect(lines.length - 1).toBe(result.stats.jobsScraped);
    expect(lines.filter((l) => l.includes(',shortlisted,'))).toHaveLength(result.jobs.length);
    expect(lines.filter((l) => l.includes(',dropped,role,')).length).toBe(result.stats.dropped['role']);
  }, 90_000);
});
