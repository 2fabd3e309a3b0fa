import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RunResult } from '@job-hunter/domain';
import { FakeAnthropicServer, demoRunConfig, moduleDatabaseTargets, type Target } from '@job-hunter/testing';
import { answerPrompt } from '../../../llm/src/anthropic/scoring-model.fixtures';
import { startPipelineApp } from '../test-support/pipeline-app';
import { CheckpointOrchestrator } from './checkpoint.orchestrator';

const targets = moduleDatabaseTargets();

const API_KEY = 'sk-ant-test-search-rerun-cost';

/** The demo's preferences as Claude reads them (a valid reading, so that it is kept and cached). */
const READING = {
  roles: ['backend engineer'],
  excludedRoles: [],
  seniority: { min: 'senior', max: 'staff' },
  locations: [{ city: 'Berlin', country: 'DE' }],
  workModels: ['onsite', 'hybrid', 'remote'],
  remoteFrom: [],
  minSalary: null,
  maxAgeDays: 60,
  excludedCompanies: [],
  excludedIndustries: [],
  needsVisaSponsorship: false,
  employmentTypes: ['full-time'],
};

/**
 * What a saved search's "nothing new" day costs on the anthropic engine: the same search run again over
 * an unchanged market, with the same resume and preferences. The scores come from the database's LLM
 * response cache; the reading of the resume and preferences from the understanding cache.
 */
describe.each(targets)("a saved search's unchanged re-run on the anthropic engine on %s", (_name, makeTarget) => {
  let target: Target;
  let server: FakeAnthropicServer;
  const apps: Array<() => Promise<void>> = [];
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-rerun-cost-'));

  beforeAll(async () => {
    target = await makeTarget();
    server = await new FakeAnthropicServer({ apiKey: API_KEY }).start();
    server.respondWith((call) => {
      if (call.forcedTool === 'record_preferences') return { toolInput: READING };
      if (call.forcedTool === 'record_profile') return { toolInput: {} };
      return { toolInput: answerPrompt(call.userText) };
    });
  });

  afterAll(async () => {
    for (const close of apps) await close();
    await server.close();
    await target.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  /** A process of its own (as each `search run --due` is), over the one database. */
  async function startProcess(): Promise<CheckpointOrchestrator> {
    const app = await startPipelineApp(target.db, {
      JH_ANTHROPIC_API_KEY: API_KEY,
      JH_ANTHROPIC_BASE_URL: server.url,
      JH_MAX_COST_PER_RUN_USD: '5',
    });
    apps.push(() => app.close());
    return app.get(CheckpointOrchestrator);
  }

  /** One run of the search and the Messages requests it made, by forced tool. */
  async function run(orchestrator: CheckpointOrchestrator, runId: string) {
    const before = server.messageRequests.length;
    const result: RunResult = await orchestrator.start(
      demoRunConfig(runId, out, { searchId: 'berlin', engine: 'anthropic', dryRun: false }),
    );
    const calls = server.messageRequests
      .slice(before)
      .map((r) => (r.json?.tool_choice as { name?: string } | undefined)?.name ?? '(none)');
    return { result, calls };
  }

  it('day 1 pays for reading and scoring; day 2 in the same process pays nothing', async () => {
    const orchestrator = await startProcess();
    const day1 = await run(orchestrator, 'day-1');
    expect(day1.result.status).toBe('success');
    expect(day1.calls.slice(0, 2)).toEqual(['record_profile', 'record_preferences']);
    expect(day1.calls.length).toBeGreaterThan(2);
    expect(day1.result.cost.estimatedCostUsd).toBeGreaterThan(0);

    const day2 = await run(orchestrator, 'day-2');
    expect(day2.result.status).toBe('success');
    expect(day2.result.jobs.map((j) => j.novelty)).toEqual(day2.result.jobs.map(() => 'seen'));
    expect(day2.calls).toEqual([]);
    expect(day2.result.cost.estimatedCostUsd).toBe(0);
    expect(day2.result.cost.inputTokens + day2.result.cost.outputTokens).toBe(0);
  }, 120_000);

  it('day 3 in a new process (the cron path) pays nothing either: the reading is in the database too', async () => {
    const day3 = await run(await startProcess(), 'day-3');
    expect(day3.result.status).toBe('success');
    expect(day3.calls).toEqual([]);
    expect(day3.result.cost.estimatedCostUsd).toBe(0);
    expect(day3.result.cost.inputTokens + day3.result.cost.outputTokens).toBe(0);
  }, 120_000);
});
