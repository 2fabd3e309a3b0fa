import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { RunResult } from '@job-hunter/domain';
import { CheckpointRepository } from '@job-hunter/persistence';
import { FakeAnthropicServer, sqliteTarget, type Target } from '@job-hunter/testing';
import { CheckpointOrchestrator } from '../checkpoint/checkpoint.orchestrator';
import { TemporalOrchestrator } from '../temporal/client/temporal.orchestrator';
import { WORLD_SETTINGS, startDiscoveryWorld, type DiscoveryWorld } from '../test-support/discovery-world';
import { startPipelineApp } from '../test-support/pipeline-app';
import { startTemporalPipelineApp } from '../test-support/temporal-pipeline-app';
import { COST_STAGE, runCostTotal } from './run-cost';

const API_KEY = 'sk-ant-test-run-cost';

/**
 * One cost ledger for both orchestrators: a paid run with Claude's reading, discovery rounds
 * (with suggestion calls) and a scoring pass per round costs the same under either. Each
 * orchestrator gets its own database and its own fake Claude, so no response or prompt cache
 * is shared between the two runs.
 */
describe('the run ledger under both orchestrators', () => {
  let world: DiscoveryWorld;
  const targets: Target[] = [];
  const servers: FakeAnthropicServer[] = [];
  const closers: Array<() => Promise<void>> = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-run-cost-'));

  const claude = async (): Promise<Record<string, string>> => {
    const server = await new FakeAnthropicServer({ apiKey: API_KEY }).start();
    // An empty answer: the reading keeps the rules', suggestions and verdicts are unusable, all paid for.
    server.respondWith(() => ({ toolInput: {} }));
    servers.push(server);
    return {
      ...WORLD_SETTINGS,
      // More matches than the four registry companies give: the last round asks Claude for companies.
      JH_TARGET_MATCHES: '5',
      JH_ANTHROPIC_API_KEY: API_KEY,
      JH_ANTHROPIC_BASE_URL: server.url,
      JH_MAX_COST_PER_RUN_USD: '50',
    };
  };
  const database = async (): Promise<Target> => {
    const target = await sqliteTarget();
    targets.push(target);
    return target;
  };

  let checkpointApp: INestApplicationContext;
  let temporalApp: INestApplicationContext;

  beforeAll(async () => {
    world = await startDiscoveryWorld(dir);
    checkpointApp = await startPipelineApp((await database()).db, await claude(), [world.module]);
    closers.push(() => checkpointApp.close());
    const temporal = await startTemporalPipelineApp((await database()).db, await claude(), [world.module]);
    temporalApp = temporal.app;
    closers.push(temporal.close);
  }, 120_000);

  afterAll(async () => {
    for (const close of closers) await close();
    for (const server of servers) await server.close();
    for (const target of targets) await target.cleanup();
    await world?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const entries = async (app: INestApplicationContext, runId: string): Promise<string[]> =>
    (await app.get(CheckpointRepository).loadAll(runId, COST_STAGE)).map((e) => e.key);

  it('gives the same cost, every paid step counted once, with the checkpoint pipeline and on Temporal', async () => {
    const paid = { engine: 'anthropic' as const, dryRun: false };
    const checkpoint: RunResult = await checkpointApp
      .get(CheckpointOrchestrator)
      .start(world.runConfig('cp-paid', paid));
    const temporal: RunResult = await temporalApp
      .get(TemporalOrchestrator)
      .start(world.runConfig('tp-paid', { ...paid, orchestrator: 'temporal' }));

    const steps = await entries(checkpointApp, 'cp-paid');
    // The reading, a scoring pass per round, and the last round's suggestion call.
    expect(steps).toEqual(expect.arrayContaining(['parseResume', 'parsePreferences', 'discovery/round-005']));
    expect(steps.filter((s) => s.startsWith('scoreJobs/pass-'))).toHaveLength(4);
    expect(await entries(temporalApp, 'tp-paid')).toEqual(steps);

    expect(checkpoint.cost.estimatedCostUsd).toBeGreaterThan(0);
    expect(temporal.cost).toEqual(checkpoint.cost);
    // The result's figure is the ledger's, in the run record as in results.json.
    expect(checkpoint.cost).toEqual(await runCostTotal(checkpointApp.get(CheckpointRepository), 'cp-paid'));
    const written = JSON.parse(fs.readFileSync(path.join(dir, 'tp-paid', 'results.json'), 'utf8')) as RunResult;
    expect(written.cost).toEqual(temporal.cost);
  }, 180_000);
});
