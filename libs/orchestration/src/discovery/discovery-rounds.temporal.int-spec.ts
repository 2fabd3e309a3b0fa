import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { RunResult } from '@job-hunter/domain';
import { CheckpointRepository } from '@job-hunter/persistence';
import { sqliteTarget, type Target } from '@job-hunter/testing';
import { CheckpointOrchestrator } from '../checkpoint/checkpoint.orchestrator';
import { TemporalOrchestrator } from '../temporal/client/temporal.orchestrator';
import {
  WORLD_BOARDS,
  WORLD_SETTINGS,
  startDiscoveryWorld,
  type DiscoveryWorld,
} from '../test-support/discovery-world';
import { startTemporalPipelineApp } from '../test-support/temporal-pipeline-app';
import { DISCOVERY_STAGE, type DiscoveryRound } from './discovery.types';
import { STAGE_NAMES } from '../stages/stage-names';

const comparable = (r: RunResult) => ({ status: r.status, stats: r.stats, jobs: r.jobs, errors: r.errors });

describe('discovery rounds under Temporal, real activities', () => {
  let target: Target;
  let world: DiscoveryWorld;
  let app: INestApplicationContext;
  let close: (() => Promise<void>) | undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-discovery-temporal-'));

  beforeAll(async () => {
    target = await sqliteTarget();
    world = await startDiscoveryWorld(dir);
    ({ app, close } = await startTemporalPipelineApp(target.db, WORLD_SETTINGS, [world.module]));
  }, 120_000);

  afterAll(async () => {
    await close?.();
    await world?.close();
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

    // Both time every step the same way: all eight, in order, in results.json as in the result.
    for (const result of [checkpoint, temporal]) {
      expect(Object.keys(result.timings ?? {})).toEqual([...STAGE_NAMES]);
      expect(Object.values(result.timings ?? {}).every((ms) => Number.isInteger(ms) && ms >= 0)).toBe(true);
      const written = JSON.parse(fs.readFileSync(path.join(dir, result.runId, 'results.json'), 'utf8')) as RunResult;
      expect(written.timings).toEqual(result.timings);
    }
  }, 90_000);

  it('keeps --company-limit across rounds', async () => {
    const result = await app
      .get(TemporalOrchestrator)
      .start(world.runConfig('tp-capped', { orchestrator: 'temporal', companyLimit: 2 }));
    expect(result.stats.companiesAttempted).toBe(2);
    expect(await rounds('tp-capped')).toEqual([[2, 1, ['Beta']]]);
  }, 90_000);
});
