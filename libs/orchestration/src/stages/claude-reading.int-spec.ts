import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Understanding } from '@job-hunter/domain';
import { FakeAnthropicServer, demoRunConfig, sqliteTarget, type Target } from '@job-hunter/testing';
import { CheckpointOrchestrator } from '../checkpoint/checkpoint.orchestrator';
import { startPipelineApp } from '../test-support/pipeline-app';

const API_KEY = 'sk-ant-test-claude-reading';

/**
 * The demo's preferences as Claude reads them, with one field read differently from the rules
 * (30 days instead of the 60 the text says): what a misreading looks like to the person.
 */
const CLAUDE_READING = {
  roles: ['backend engineer', 'platform engineer'],
  excludedRoles: [],
  seniority: { min: 'senior', max: 'staff' },
  locations: [{ city: 'Bengaluru', country: 'IN' }],
  workModels: ['onsite', 'hybrid', 'remote'],
  remoteFrom: ['IN'],
  minSalary: { amount: 4_500_000, currency: 'INR', period: 'year' },
  maxAgeDays: 30,
  excludedCompanies: [],
  excludedIndustries: ['crypto'],
  needsVisaSponsorship: false,
  employmentTypes: ['full-time'],
};

describe("a paid run shows Claude's reading and where it disagrees with the rules", () => {
  let target: Target;
  let server: FakeAnthropicServer;
  let close: (() => Promise<void>) | undefined;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-claude-reading-'));

  beforeAll(async () => {
    target = await sqliteTarget();
    server = await new FakeAnthropicServer({ apiKey: API_KEY }).start();
    // Only the reading matters here: other calls get an empty answer (the rules and offline scores stand).
    server.respondWith((call) => ({ toolInput: call.forcedTool === 'record_preferences' ? CLAUDE_READING : {} }));
  });

  afterAll(async () => {
    await close?.();
    await server.close();
    await target.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('applies the merged reading, and writes who read it and the disagreement into understanding.json', async () => {
    const app = await startPipelineApp(target.db, {
      JH_ANTHROPIC_API_KEY: API_KEY,
      JH_ANTHROPIC_BASE_URL: server.url,
      JH_MAX_COST_PER_RUN_USD: '5',
    });
    close = () => app.close();
    const config = demoRunConfig('run-claude-reading', out, { engine: 'anthropic', dryRun: false });
    const result = await app.get(CheckpointOrchestrator).start(config);

    const understanding = JSON.parse(
      fs.readFileSync(path.join(out, 'run-claude-reading', 'understanding.json'), 'utf8'),
    ) as Understanding;
    expect(understanding.readBy).toBe('rules+claude');
    expect(understanding.disagreements).toContainEqual({ field: 'maxAgeDays', rules: 60, claude: 30 });
    expect(understanding.reading.maxAgeDays).toBe(30);
    expect(result.reading?.maxAgeDays).toBe(30);
    const forced = server.messageRequests.map((r) => (r.json?.tool_choice as { name?: string } | undefined)?.name);
    expect(forced.filter((name) => name === 'record_preferences')).toHaveLength(1);
    expect(result.cost.estimatedCostUsd).toBeGreaterThan(0);
  }, 60_000);
});
