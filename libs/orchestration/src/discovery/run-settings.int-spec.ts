import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { RunRepository } from '@job-hunter/persistence';
import { sqliteTarget, type Target } from '@job-hunter/testing';
import { CheckpointOrchestrator } from '../checkpoint/checkpoint.orchestrator';
import { settingsOf } from '../run-settings';
import { STAGE_NAMES } from '../stages/stage-names';
import { StageRunner } from '../stages/stage-runner';
import { WORLD_SETTINGS, startDiscoveryWorld, type DiscoveryWorld } from '../test-support/discovery-world';
import { startPipelineApp } from '../test-support/pipeline-app';

/**
 * A run is run by its own settings, fixed when it was created, whatever the process running its
 * stages has in its environment; only a run stored before runs kept settings uses the process's.
 */
describe('run settings', () => {
  let target: Target;
  let world: DiscoveryWorld;
  let close: () => Promise<void>;
  let orchestrator: CheckpointOrchestrator;
  let runs: RunRepository;
  let runner: StageRunner;
  let config: AppConfig;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-settings-'));

  beforeAll(async () => {
    target = await sqliteTarget();
    world = await startDiscoveryWorld(dir);
    // This process would search until three companies match (WORLD_SETTINGS).
    const app = await startPipelineApp(target.db, WORLD_SETTINGS, [world.module]);
    close = () => app.close();
    orchestrator = app.get(CheckpointOrchestrator);
    runs = app.get(RunRepository);
    runner = app.get(StageRunner);
    config = app.get<AppConfig>(APP_CONFIG);
  });

  afterAll(async () => {
    await close?.();
    await world?.close();
    await target?.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("fixes the process's settings in the run record when the run is created without them", async () => {
    const result = await orchestrator.start(world.runConfig('run-fixed'));
    expect((await runs.get('run-fixed'))?.config.settings).toEqual(settingsOf(config));
    expect(result.stats.companiesAttempted).toBe(3);
  });

  it("follows the run's own target and minimum score, not the process's", async () => {
    const own = { ...settingsOf(config), targetMatches: 1 };
    const enough = await orchestrator.start(world.runConfig('run-own-target', { settings: own }));
    // One matching company is enough for this run: no discovery round.
    expect(enough.stats.companiesAttempted).toBe(1);
    expect((await runs.get('run-own-target'))?.config.settings?.targetMatches).toBe(1);

    const strict = { ...settingsOf(config), minScore: 100, maxDiscoveryIterations: 1 };
    const none = await orchestrator.start(world.runConfig('run-own-score', { settings: strict }));
    // Nothing reaches 100, and the run may open no round of its own.
    expect(none.jobs).toEqual([]);
    expect(none.nearMisses?.length).toBeGreaterThan(0);
    expect(none.stats.companiesAttempted).toBe(1);
  });

  it("uses the process's settings for a run stored before runs kept them", async () => {
    const legacy = world.runConfig('run-legacy');
    delete legacy.settings;
    await runs.create({
      id: 'run-legacy',
      orchestrator: 'checkpoint',
      engine: 'heuristic',
      config: legacy,
      startedAt: legacy.now,
    });
    await runner.runStage(STAGE_NAMES[0], 'run-legacy');
    const result = await orchestrator.resume('run-legacy');
    expect(result.stats.companiesAttempted).toBe(3);
    expect((await runs.get('run-legacy'))?.config.settings).toBeUndefined();
  });
});
