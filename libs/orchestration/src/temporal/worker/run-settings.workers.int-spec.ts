import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { APP_CONFIG, loadConfig, type AppConfig, type DatabaseConfig } from '@job-hunter/config';
import type { RunResult, RunSettings } from '@job-hunter/domain';
import { RunRepository } from '@job-hunter/persistence';
import { FakeAnthropicServer, startDevServer, type DevServer, type FakeAnthropicRequestLog } from '@job-hunter/testing';
import { settingsOf } from '../../run-settings';
import { TemporalOrchestrator } from '../client/temporal.orchestrator';
import { startDiscoveryWorld, type DiscoveryWorld } from '../../test-support/discovery-world';
import { startPipelineApp } from '../../test-support/pipeline-app';
import { startWorkerChild, stopWorkerChild } from './test-support/worker-child';

const CHILD = path.join(__dirname, 'test-support/run-worker.child.ts');
const API_KEY = 'sk-ant-test-run-settings-workers';
const RUN_MODEL = 'claude-sonnet-4-5';
/** Each board answers after this long: within the run's deadline, past the workers'. */
const BOARD_DELAY_MS = 1_500;

/**
 * The client's environment: the settings the run is created with. Target 5 is more good companies
 * than the registry's four, so after the four registry rounds the fifth round asks Claude.
 */
const RUN_ENV = {
  JH_ANTHROPIC_MODEL: RUN_MODEL,
  JH_TOP_K_SEMANTIC: '3',
  JH_TARGET_MATCHES: '5',
  JH_MAX_DISCOVERY_ITERATIONS: '5',
  JH_MIN_SCORE: '0',
  JH_MAX_COST_PER_RUN_USD: '50',
  JH_BOARD_DEADLINE_SECONDS: '30',
};

/**
 * A worker's environment, different from the run's on every setting: had a worker used its own,
 * Claude would be asked another model, a scoring pass would send all jobs, one good company (or
 * two rounds) would end discovery, nothing would reach the shortlist, no paid call would fit the
 * budget and every board would miss its deadline.
 */
const workerEnv = (model: string): Record<string, string> => ({
  JH_ANTHROPIC_MODEL: model,
  JH_TOP_K_SEMANTIC: '40',
  JH_TARGET_MATCHES: '1',
  JH_MAX_DISCOVERY_ITERATIONS: '2',
  JH_MIN_SCORE: '100',
  JH_MAX_COST_PER_RUN_USD: '0',
  JH_BOARD_DEADLINE_SECONDS: '1',
});
/** Two worker processes, each with its own model: LLM and scraping activities; the workflow and the rest. */
const WORKERS = [
  { queues: 'llm,scraping', env: workerEnv('claude-haiku-4-5') },
  { queues: 'default', env: workerEnv('claude-opus-4-1') },
];

const toolOf = (r: FakeAnthropicRequestLog): string =>
  String((r.json?.tool_choice as { name?: unknown } | undefined)?.name ?? '');
/** The job postings one scoring request sends Claude. */
const postingsIn = (r: FakeAnthropicRequestLog): number =>
  (JSON.stringify(r.json?.messages ?? '').match(/<job_posting id=/g) ?? []).length;

/**
 * Issue 11 point 7: a run under Temporal, its activities on two worker processes whose
 * environments disagree with the client's on every run setting, runs by the settings it was
 * created with (its own, in the run record and the workflow input), not by any worker's.
 */
describe("two workers whose environments disagree on every run setting run by the run's own", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-run-settings-workers-'));
  const sqlitePath = path.join(dir, 'jh.db');
  const db: DatabaseConfig = { type: 'sqlite', url: sqlitePath, sqlitePath };
  let server: DevServer;
  let claude: FakeAnthropicServer;
  let world: DiscoveryWorld;
  let client: INestApplicationContext;
  let workers: ChildProcess[] = [];
  const shared = (): Record<string, string> => ({
    JH_DATABASE_URL: `sqlite:${sqlitePath}`,
    JH_OUTPUT_DIR: dir,
    JH_TEMPORAL_ADDRESS: server.address,
    JH_TEMPORAL_TASK_QUEUE: 'settings-default',
    JH_TEMPORAL_LLM_TASK_QUEUE: 'settings-llm',
    JH_TEMPORAL_SCRAPING_TASK_QUEUE: 'settings-scraping',
    JH_ANTHROPIC_API_KEY: API_KEY,
    JH_ANTHROPIC_BASE_URL: claude.url,
  });

  beforeAll(async () => {
    server = await startDevServer();
    claude = await new FakeAnthropicServer({ apiKey: API_KEY }).start();
    // An empty answer: the reading keeps the rules', verdicts and suggestions are unusable; all paid for.
    claude.respondWith(() => ({ toolInput: {} }));
    world = await startDiscoveryWorld(dir, BOARD_DELAY_MS);
    // The client only starts and follows the run; it polls no queue (and creates the schema first).
    client = await startPipelineApp(db, { ...shared(), ...RUN_ENV });
    workers = await Promise.all(
      WORKERS.map((w) =>
        startWorkerChild(CHILD, [world.server.url, world.registryPath, w.queues], { ...shared(), ...w.env }),
      ),
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(workers.map(stopWorkerChild));
    await client?.close();
    await claude?.close();
    await world?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("differs from the run's settings on every setting, in each worker", () => {
    const run = settingsOf(client.get<AppConfig>(APP_CONFIG));
    for (const w of WORKERS) {
      const own: RunSettings = settingsOf(loadConfig({ ...shared(), ...w.env }));
      for (const key of Object.keys(run) as Array<keyof RunSettings>)
        expect([key, own[key]]).not.toEqual([key, run[key]]);
    }
  });

  it("uses the run's model, top-K, target, rounds, minimum score, budget and board deadline", async () => {
    const runId = 'settings-win';
    const result: RunResult = await client
      .get(TemporalOrchestrator)
      .start(world.runConfig(runId, { orchestrator: 'temporal', engine: 'anthropic', dryRun: false }));

    // The settings fixed at creation are the client's, in the run record.
    expect((await client.get(RunRepository).get(runId))?.config.settings).toEqual(
      settingsOf(client.get<AppConfig>(APP_CONFIG)),
    );
    // Board deadline: every board (1.5 s) answered within the run's 30 s, none cut at a worker's 1 s.
    expect(result.errors.map((e) => e.code)).not.toContain('BOARD_DEADLINE');
    // Target 5 and five rounds: the four registry companies, then a round asking Claude (a worker's
    // target 1 stops at one company, its two rounds at two).
    expect(result.stats.companiesAttempted).toBe(4);
    // Minimum score 0: the jobs reach the shortlist (nothing reaches a worker's 100).
    expect(result.jobs.length).toBeGreaterThan(0);
    // Budget $50: the paid calls were made and charged (a worker's $0 allows none).
    expect(result.errors.map((e) => e.code)).not.toContain('BUDGET_EXCEEDED');
    expect(result.cost.estimatedCostUsd).toBeGreaterThan(0);

    const requests = claude.messageRequests;
    // Every Claude call of the run (reading, scoring, suggestions) asked the run's model.
    expect(new Set(requests.map(toolOf))).toEqual(
      new Set(['record_profile', 'record_preferences', 'record_job_scores', 'suggest_companies']),
    );
    expect(new Set(requests.map((r) => r.json?.model))).toEqual(new Set([RUN_MODEL]));
    // Top-K 3: no scoring call sent more than three jobs, though the last pass had eight to choose from.
    const scoring = requests.filter((r) => toolOf(r) === 'record_job_scores');
    expect(Math.max(...scoring.map(postingsIn))).toBe(3);
  }, 240_000);
});
