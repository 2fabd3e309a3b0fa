import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { FakeAnthropicServer, demoRunConfig, sqliteTarget, type Target } from '@job-hunter/testing';
import { TemporalOrchestrator } from '../temporal/client/temporal.orchestrator';
import { startTemporalPipelineApp } from '../test-support/temporal-pipeline-app';

const API_KEY = 'sk-ant-test-understanding-temporal';

describe('a budget too small for any paid call, under Temporal', () => {
  let target: Target;
  let claude: FakeAnthropicServer;
  let app: INestApplicationContext;
  let close: (() => Promise<void>) | undefined;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-understanding-temporal-'));

  beforeAll(async () => {
    [target, claude] = await Promise.all([sqliteTarget(), new FakeAnthropicServer({ apiKey: API_KEY }).start()]);
    claude.respondWith(() => ({ toolInput: {} }));
    ({ app, close } = await startTemporalPipelineApp(target.db, {
      JH_ANTHROPIC_API_KEY: API_KEY,
      JH_ANTHROPIC_BASE_URL: claude.url,
      JH_MAX_COST_PER_RUN_USD: '0.000001',
    }));
  }, 120_000);

  afterAll(async () => {
    await close?.();
    await claude?.close();
    await target?.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('finishes without paid calls: the jobs are scored offline and the run ends partial', async () => {
    const before = claude.messageRequests.length;
    const config = demoRunConfig('tp-tiny-budget', out, {
      engine: 'anthropic',
      dryRun: false,
      orchestrator: 'temporal',
    });
    const result = await app.get(TemporalOrchestrator).start(config);

    expect(claude.messageRequests.length - before).toBe(0);
    expect(result.status).toBe('partial');
    expect(result.jobs.length).toBeGreaterThanOrEqual(10);
    expect(result.cost.estimatedCostUsd).toBe(0);
    expect(result.errors.filter((e) => e.code === 'BUDGET_EXCEEDED').map((e) => e.stage)).toEqual(['scoreJobs']);
  }, 90_000);
});
