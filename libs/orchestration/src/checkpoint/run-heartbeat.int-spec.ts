import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import {
  createDataSourceOptions,
  migrateDataSource,
  MIGRATIONS,
  RunEntity,
  RunRepository,
} from '@job-hunter/persistence';
import {
  demoRunConfig,
  postgresAvailable,
  postgresDatabaseTarget,
  runConfig,
  runResult,
  sqliteTarget,
  type Target,
} from '@job-hunter/testing';
import { startPipelineApp } from '../test-support/pipeline-app';
import { CheckpointOrchestrator } from './checkpoint.orchestrator';
import { STALE_RUN_MS } from './run-heartbeat';

const targets: Array<[string, () => Promise<Target>]> = [['SQLite', sqliteTarget]];
if (postgresAvailable()) targets.push(['PostgreSQL', postgresDatabaseTarget]);

const LONG_AGO = '2026-01-02T10:00:00.000Z';

/** A database as the release before heartbeats left it: every migration but the last, and one run in it. */
async function databaseBeforeHeartbeats(target: Target): Promise<void> {
  const options = createDataSourceOptions(target.db, { ...target.overrides, migrationsRun: false });
  const old = await new DataSource({ ...options, migrations: MIGRATIONS.slice(0, -1) }).initialize();
  try {
    await migrateDataSource(old);
    const marks = options.type === 'postgres' ? ['$1', '$2', '$3', '$4'] : ['?', '?', '?', '?'];
    await old.query(
      `INSERT INTO runs (id, status, orchestrator, engine, config, result, started_at, finished_at, updated_at)
       VALUES (${marks[0]}, 'running', 'checkpoint', 'heuristic', ${marks[1]}, NULL, ${marks[2]}, NULL, ${marks[3]})`,
      ['old-run', JSON.stringify(runConfig('old-run')), LONG_AGO, LONG_AGO],
    );
  } finally {
    await old.destroy();
  }
}

describe.each(targets)('run heartbeats on %s', (_name, makeTarget) => {
  let target: Target;
  let close: () => Promise<void>;
  let orchestrator: CheckpointOrchestrator;
  let runs: RunRepository;
  let dataSource: DataSource;

  beforeAll(async () => {
    target = await makeTarget();
    await databaseBeforeHeartbeats(target);
    // The app applies the pending migration as the CLI does when it starts.
    const app = await startPipelineApp(target.db);
    close = () => app.close();
    orchestrator = app.get(CheckpointOrchestrator);
    runs = app.get(RunRepository);
    dataSource = app.get(DataSource);
  });

  afterAll(async () => {
    await close();
    await target.cleanup();
  });

  const createRun = (id: string) =>
    runs.create({ id, orchestrator: 'checkpoint', engine: 'heuristic', config: runConfig(id), startedAt: now() });
  const now = () => new Date().toISOString();
  const setHeartbeat = (id: string, at: string) =>
    dataSource.getRepository(RunEntity).update({ id }, { heartbeatAt: at });

  it('adds runs.heartbeat_at, keeping the rows already there (no heartbeat yet), once', async () => {
    const queryRunner = dataSource.createQueryRunner();
    try {
      expect(await queryRunner.hasColumn('runs', 'heartbeat_at')).toBe(true);
    } finally {
      await queryRunner.release();
    }
    expect(await runs.get('old-run')).toMatchObject({ status: 'running', heartbeatAt: null, updatedAt: LONG_AGO });
    expect(await migrateDataSource(dataSource)).toEqual([]);
  });

  it('shows a running run without a heartbeat for longer than the limit as interrupted, with its last sign of life', async () => {
    // Stored before heartbeats: judged by its last update.
    expect(await orchestrator.status('old-run')).toMatchObject({
      status: 'interrupted',
      noHeartbeatSince: LONG_AGO,
      currentStage: 'parseResume',
    });

    await createRun('live-run');
    const live = await orchestrator.status('live-run');
    expect(live.status).toBe('running');
    expect(live.noHeartbeatSince).toBeUndefined();

    const silentSince = new Date(Date.now() - STALE_RUN_MS - 60_000).toISOString();
    await setHeartbeat('live-run', silentSince);
    expect(await orchestrator.status('live-run')).toMatchObject({
      status: 'interrupted',
      noHeartbeatSince: silentSince,
    });
    // Stored, it is still `running`: only the process that owns it, or a resume, changes that.
    expect((await runs.get('live-run'))?.status).toBe('running');

    await runs.heartbeat('live-run');
    expect((await orchestrator.status('live-run')).status).toBe('running');
  });

  it('beats while its stages run', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-heartbeat-'));
    let aggregateStarted = 0;
    await orchestrator.start(demoRunConfig('demo-run', out), {
      onStageStart: (stage) => {
        if (stage === 'aggregate') aggregateStarted = Date.now();
      },
    });
    const heartbeatAt = (await runs.get('demo-run'))?.heartbeatAt;
    expect(Date.parse(heartbeatAt ?? '')).toBeGreaterThanOrEqual(aggregateStarted);
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('marks only a running run interrupted: a run that finished keeps its status', async () => {
    await createRun('stopped-run');
    expect(await runs.markInterrupted('stopped-run')).toBe(true);
    const view = await orchestrator.status('stopped-run');
    expect(view).toMatchObject({ status: 'interrupted', currentStage: 'parseResume', finishedAt: null });
    expect(view.noHeartbeatSince).toBeUndefined();

    await runs.saveResult('stopped-run', runResult('stopped-run'));
    expect(await runs.markInterrupted('stopped-run')).toBe(false);
    expect((await runs.get('stopped-run'))?.status).toBe('partial');
  });
});
