import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import type { RunResult } from '@job-hunter/domain';
import { CheckpointRepository } from '@job-hunter/persistence';
import { sqliteTarget, startDevServer, type DevServer, type Target } from '@job-hunter/testing';
import { CheckpointOrchestrator } from '../checkpoint/checkpoint.orchestrator';
import { StageRunner } from '../stages/stage-runner';
import { TemporalOrchestrator } from '../temporal/client/temporal.orchestrator';
import { WorkerHost } from '../temporal/worker/worker-host';
import {
  WORLD_BOARDS,
  WORLD_SETTINGS,
  startDiscoveryWorld,
  type DiscoveryWorld,
} from '../test-support/discovery-world';
import { startPipelineApp } from '../test-support/pipeline-app';
import { DiscoveryRounds } from './discovery-rounds';
import { DISCOVERY_STAGE, type DiscoveryRound } from './discovery.types';

const comparable = (r: RunResult) => ({ status: r.status, stats: r.stats, jobs: r.jobs, errors: r.errors });

describe('discovery rounds under Temporal, real activities', () => {
  let server: DevServer;
  let target: Target;
  let world: DiscoveryWorld;
  let app: INestApplicationContext;
  let host: WorkerHost;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-discovery-temporal-'));

  beforeAll(async () => {
    [server, target] = await Promise.all([startDevServer(), sqliteTarget()]);
    world = await startDiscoveryWorld(dir);
    app = await startPipelineApp(target.db, { ...WORLD_SETTINGS, JH_TEMPORAL_ADDRESS: server.address }, [world.module]);
    const config = app.get<AppConfig>(APP_CONFIG);
    host = await WorkerHost.start({
      config,
      runner: app.get(StageRunner),
      discovery: app.get(DiscoveryRounds),
      queue: 'all',
    });
  }, 120_000);

  afterAll(async () => {
    await host?.shutdown();
    await app?.close();
    await world?.close();
    await server?.stop();
    await target?.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const rounds = async (runId: string) =>
    (await app.get(CheckpointRepository).loadAll<DiscoveryRound>(runId, DISCOVERY_STAGE)).map((r) => [
      r.data.round,
      r.data.matchesBefore,
      r.data.companies.map((c) => c.name),
    ]);

  it('adds companies round by round like the checkpoint pipeline, fetching each board once', async () => {
    const checkpoint = await app.get(CheckpointOrchestrator).start(world.runConfig('cp-rounds'));
    const before = WORLD_BOARDS.map(world.fetches);
    const temporal = await app
      .get(TemporalOrchestrator)
      .start(world.runConfig('tp-rounds', { orchestrator: 'temporal' }));

    expect(temporal.orchestrator).toBe('temporal');
    expect(temporal.stats.companiesAttempted).toBe(3);
    expect(comparable(temporal)).toEqual(comparable(checkpoint));
    expect(WORLD_BOARDS.map((b, i) => world.fetches(b) - (before[i] ?? 0))).toEqual([1, 1, 1, 0]);
    expect(await rounds('tp-rounds')).toEqual([
      [2, 1, ['Beta']],
      [3, 2, ['Gamma']],
    ]);
    expect(await rounds('tp-rounds')).toEqual(await rounds('cp-rounds'));
  }, 90_000);

  it('keeps --company-limit across rounds', async () => {
    const result = await app
      .get(TemporalOrchestrator)
      .start(world.runConfig('tp-capped', { orchestrator: 'temporal', companyLimit: 2 }));
    expect(result.stats.companiesAttempted).toBe(2);
    expect(await rounds('tp-capped')).toEqual([[2, 1, ['Beta']]]);
  }, 90_000);
});
