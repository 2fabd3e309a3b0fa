import { addCosts } from '@job-hunter/domain';
import * as fs from 'node:fs';
import { startPipelineApp } from '../test-support/pipeline-app';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CostSummary } from '@job-hunter/domain';
import { CheckpointRepository } from '@job-hunter/persistence';
import { FakeAnthropicServer, demoRunConfig, sqliteTarget, type Target } from '@job-hunter/testing';
import { CheckpointOrchestrator } from '../checkpoint/checkpoint.orchestrator';
import type { ScoringSummary } from './stage-outputs';
import { COST_STAGE } from './run-cost';

const API_KEY = 'sk-ant-test-understanding-cost';

describe("Claude's reading of the resume and preferences in the run's budget and cost", () => {
  let target: Target;
  let server: FakeAnthropicServer;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-understanding-cost-'));
  const apps: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    target = await sqliteTarget();
    server = await new FakeAnthropicServer({ apiKey: API_KEY }).start();
    // An empty answer keeps the rules' reading; scoring answers are not the point here.
    server.respondWith(() => ({ toolInput: {} }));
  });

  afterAll(async () => {
    for (const close of apps) await close();
    await server.close();
    await target.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  async function start(budgetUsd: string) {
    const app = await startPipelineApp(target.db, {
      JH_ANTHROPIC_API_KEY: API_KEY,
      JH_ANTHROPIC_BASE_URL: server.url,
      JH_MAX_COST_PER_RUN_USD: budgetUsd,
    });
    apps.push(() => app.close());
    return { orchestrator: app.get(CheckpointOrchestrator), checkpoints: app.get(CheckpointRepository) };
  }
  const paidRun = (runId: string) => demoRunConfig(runId, out, { engine: 'anthropic', dryRun: false });
  const costItem = (c: CheckpointRepository, runId: string, stage: string) =>
    c.load<CostSummary>(runId, COST_STAGE, stage);

  it('sends nothing that might pass the budget: with $0.000001 the run finishes on the rules, unpaid', async () => {
    const { orchestrator, checkpoints } = await start('0.000001');
    const before = server.messageRequests.length;
    const result = await orchestrator.start(paidRun('run-tiny-budget'));

    expect(server.messageRequests.length - before).toBe(0);
    expect(await costItem(checkpoints, 'run-tiny-budget', 'parseResume')).toBeUndefined();
    expect(result.cost.estimatedCostUsd).toBe(0);
    expect(result.jobs.length).toBeGreaterThan(0);
    expect(result.status).toBe('partial');
    expect(result.errors.map((e) => e.code)).toContain('BUDGET_EXCEEDED');
  });

  it("adds both understanding calls to the result's cost exactly once, beside scoring", async () => {
    const { orchestrator, checkpoints } = await start('50');
    const before = server.messageRequests.length;
    const result = await orchestrator.start(paidRun('run-ample-budget'));

    const forced = server.messageRequests
      .slice(before)
      .map((r) => (r.json?.tool_choice as { name?: string } | undefined)?.name);
    expect(forced.slice(0, 2)).toEqual(['record_profile', 'record_preferences']);
    const resume = await costItem(checkpoints, 'run-ample-budget', 'parseResume');
    const prefs = await costItem(checkpoints, 'run-ample-budget', 'parsePreferences');
    const scoring = await costItem(checkpoints, 'run-ample-budget', 'scoreJobs/pass-001');
    expect(resume?.estimatedCostUsd).toBeGreaterThan(0);
    expect(prefs?.estimatedCostUsd).toBeGreaterThan(0);
    expect(result.cost).toEqual(addCosts(resume as CostSummary, prefs as CostSummary, scoring as CostSummary));
    // The ledger's scoring entry is what the scorer itself counted.
    const summary = await checkpoints.load<ScoringSummary>('run-ample-budget', 'scoreJobs');
    expect(scoring?.estimatedCostUsd).toBeCloseTo(summary?.cost.estimatedCostUsd ?? -1, 9);
  });
});
