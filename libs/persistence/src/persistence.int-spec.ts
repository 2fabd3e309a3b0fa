import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseConfig } from '@job-hunter/config';
import type { RunConfig, RunResult } from '@job-hunter/domain';
import { emptyCost } from '@job-hunter/domain';
import { DataSource } from 'typeorm';
import { CheckpointRepository } from './checkpoint.repository';
import { openDataSource, runMigrations } from './data-source';
import type { DataSourceOverrides } from './data-source';
import { RunRepository } from './run.repository';

const PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** Probed synchronously so the Postgres suite can be skipped (not silently passed) when no server listens. */
function postgresReachable(): boolean {
  const probe = spawnSync(
    process.execPath,
    ['-e', "require('net').connect(5432,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"],
    { timeout: 3000 },
  );
  return probe.status === 0;
}

interface Target {
  db: DatabaseConfig;
  overrides: DataSourceOverrides;
  cleanup(): Promise<void>;
}

async function sqliteTarget(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'jh-persistence-'));
  const path = join(dir, 'nested', 'job-hunter.db');
  return {
    db: { type: 'sqlite', url: `sqlite:${path}`, sqlitePath: path },
    overrides: {},
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Every run gets its own schema, so parallel test runs never see each other's tables. */
async function postgresTarget(): Promise<Target> {
  const schema = `jh_test_${randomUUID().replace(/-/g, '')}`;
  const admin = await new DataSource({ type: 'postgres', url: PG_URL }).initialize();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  return {
    db: { type: 'postgres', url: PG_URL },
    overrides: { schema },
    cleanup: async () => {
      await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
      await admin.destroy();
    },
  };
}

const pgUp = postgresReachable();
if (!pgUp) {
  console.warn(`Skipping the PostgreSQL persistence suite: nothing listens on 127.0.0.1:5432 (${PG_URL}).`);
}

describe.each([
  ['sqlite', sqliteTarget, true],
  ['postgres', postgresTarget, pgUp],
] as const)('persistence on %s', (_name, makeTarget, enabled) => {
  const maybe = enabled ? describe : describe.skip;

  maybe('with a fresh database', () => {
    let target: Target;
    let dataSource: DataSource;
    let runs: RunRepository;
    let checkpoints: CheckpointRepository;

    beforeAll(async () => {
      target = await makeTarget();
    });
    afterAll(async () => {
      if (dataSource?.isInitialized) await dataSource.destroy();
      await target?.cleanup();
    });

    it('applies the initial migration once, then nothing', async () => {
      expect(await runMigrations(target.db, target.overrides)).toEqual(['InitialSchema1767225600000']);
      expect(await runMigrations(target.db, target.overrides)).toEqual([]);

      dataSource = await openDataSource(target.db, target.overrides);
      const queryRunner = dataSource.createQueryRunner();
      try {
        expect(await queryRunner.hasTable('runs')).toBe(true);
        expect(await queryRunner.hasTable('checkpoints')).toBe(true);
        const table = await queryRunner.getTable('checkpoints');
        expect(table?.indices.map((i) => i.name)).toContain('IDX_checkpoints_run_id');
      } finally {
        await queryRunner.release();
      }
      runs = new RunRepository(dataSource);
      checkpoints = new CheckpointRepository(dataSource);
    });

    it('creates, reads, updates and lists runs', async () => {
      await runs.create({ id: 'run-a', orchestrator: 'checkpoint', engine: 'heuristic', config: runConfig('run-a'), startedAt: '2026-01-02T10:00:00.000Z' });
      await runs.create({ id: 'run-b', orchestrator: 'temporal', engine: 'anthropic', config: runConfig('run-b'), startedAt: '2026-01-02T11:00:00+01:00' });
      await runs.create({ id: 'run-c', orchestrator: 'checkpoint', engine: 'heuristic', config: runConfig('run-c'), startedAt: '2026-01-03T09:00:00.000Z' });

      const a = await runs.get('run-a');
      expect(a).toMatchObject({ id: 'run-a', status: 'running', orchestrator: 'checkpoint', engine: 'heuristic', result: null, finishedAt: null });
      expect(a?.config).toEqual(runConfig('run-a'));
      expect(await runs.get('missing')).toBeNull();
      await expect(runs.create({ id: 'run-a', orchestrator: 'checkpoint', engine: 'heuristic', config: runConfig('run-a'), startedAt: '2026-01-02T10:00:00.000Z' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });

      await runs.setStatus('run-a', 'failed', '2026-01-02T10:05:00.000Z');
      expect(await runs.get('run-a')).toMatchObject({ status: 'failed', finishedAt: '2026-01-02T10:05:00.000Z' });
      await expect(runs.setStatus('missing', 'failed')).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });

      const result = runResult('run-b');
      await runs.saveResult('run-b', result);
      const b = await runs.get('run-b');
      expect(b).toMatchObject({ status: 'partial', finishedAt: '2026-01-02T10:30:00.000Z', startedAt: '2026-01-02T10:00:00.000Z' });
      expect(b?.result).toEqual(result);

      // run-b started 10:00Z (given as +01:00), the same instant as run-a: id breaks the tie.
      expect((await runs.list()).map((r) => r.id)).toEqual(['run-c', 'run-b', 'run-a']);
      expect((await runs.list(1)).map((r) => r.id)).toEqual(['run-c']);
    });

    it('upserts, loads and orders checkpoints', async () => {
      await checkpoints.save('run-a', 'parse', { skills: ['go'] });
      await checkpoints.save('run-a', 'parse', { skills: ['go', 'rust'] });
      expect(await checkpoints.load('run-a', 'parse')).toEqual({ skills: ['go', 'rust'] });
      expect(await checkpoints.load('run-a', 'scrape')).toBeUndefined();

      await checkpoints.save('run-a', 'scrape', ['z'], 'zeta');
      await checkpoints.save('run-a', 'scrape', ['A'], 'Acme');
      await checkpoints.save('run-a', 'scrape', ['b'], 'beta');
      await checkpoints.save('run-a', 'scrape', ['b2'], 'beta');
      expect(await checkpoints.loadAll('run-a', 'scrape')).toEqual([
        { key: 'Acme', data: ['A'] },
        { key: 'beta', data: ['b2'] },
        { key: 'zeta', data: ['z'] },
      ]);
      expect(await checkpoints.load('run-a', 'scrape', 'beta')).toEqual(['b2']);

      expect(await checkpoints.stages('run-a')).toEqual(['parse']);
      await checkpoints.save('run-a', 'scrape', { done: true });
      await checkpoints.save('run-b', 'score', 1);
      expect(await checkpoints.stages('run-a')).toEqual(['parse', 'scrape']);

      await checkpoints.deleteRun('run-a');
      expect(await checkpoints.stages('run-a')).toEqual([]);
      expect(await checkpoints.loadAll('run-a', 'scrape')).toEqual([]);
      expect(await checkpoints.stages('run-b')).toEqual(['score']);
    });

    it('round-trips a 5 MB payload', async () => {
      const big = { jobs: Array.from({ length: 5 * 1024 }, (_, i) => ({ i, text: `é${'x'.repeat(1020)}` })) };
      await checkpoints.save('run-big', 'scrape', big);
      const loaded = await checkpoints.load<typeof big>('run-big', 'scrape');
      expect(JSON.stringify(loaded).length).toBeGreaterThan(5 * 1024 * 1024);
      expect(loaded).toEqual(big);
    });

    it('deletes a run with its checkpoints', async () => {
      await runs.delete('run-b');
      expect(await runs.get('run-b')).toBeNull();
      expect(await checkpoints.stages('run-b')).toEqual([]);
      expect((await runs.list()).map((r) => r.id)).toEqual(['run-c', 'run-a']);
    });
  });
});

describe('two processes on one SQLite file', () => {
  it('lets a CLI and a worker DataSource see each other’s writes', async () => {
    const target = await sqliteTarget();
    const [cli, worker] = await Promise.all([openDataSource(target.db), openDataSource(target.db)]);
    try {
      // WAL and a busy timeout are what let the two processes share the file.
      expect(await cli.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      expect(await worker.query('PRAGMA busy_timeout')).toEqual([{ timeout: 15000 }]);
      await new CheckpointRepository(worker).save('run-shared', 'parse', { from: 'worker' });
      expect(await new CheckpointRepository(cli).load('run-shared', 'parse')).toEqual({ from: 'worker' });
      await new RunRepository(cli).create({ id: 'run-shared', orchestrator: 'temporal', engine: 'heuristic', config: runConfig('run-shared'), startedAt: '2026-01-01T00:00:00Z' });
      expect((await new RunRepository(worker).get('run-shared'))?.status).toBe('running');
    } finally {
      await Promise.all([cli.destroy(), worker.destroy()]);
      await target.cleanup();
    }
  });
});

(pgUp ? describe : describe.skip)('processes starting together on PostgreSQL', () => {
  it('apply the migrations exactly once', async () => {
    const target = await postgresTarget();
    try {
      const applied = await Promise.all([1, 2, 3].map(() => runMigrations(target.db, target.overrides)));
      expect(applied.flat()).toEqual(['InitialSchema1767225600000']);
    } finally {
      await target.cleanup();
    }
  });
});

describe('connection failures', () => {
  it('names the problem without leaking the password', async () => {
    const url = 'postgres://app:hunter2-secret@127.0.0.1:1/jobs';
    const failure = await openDataSource({ type: 'postgres', url }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'STORAGE_ERROR' });
    const message = (failure as Error).message;
    expect(message).toContain('postgres://app:***@127.0.0.1:1/jobs');
    expect(message).toContain('JH_DATABASE_URL');
    expect(message).not.toContain('hunter2');
  });
});

function runConfig(runId: string): RunConfig {
  return {
    runId, resumePath: '/tmp/resume.pdf', prefsText: 'remote backend roles in the EU', engine: 'heuristic',
    orchestrator: 'checkpoint', dryRun: true, forceRescrape: false, outputDir: '/tmp/out',
    formats: ['json', 'csv'], top: 50, maxPerCompany: 3, now: '2026-01-02T10:00:00.000Z',
  };
}

function runResult(runId: string): RunResult {
  return {
    runId, status: 'partial', orchestrator: 'temporal', engine: 'anthropic',
    startedAt: '2026-01-02T10:00:00.000Z', finishedAt: '2026-01-02T10:30:00.000Z',
    stats: { companiesAttempted: 2, companiesSucceeded: 1, jobsScraped: 10, jobsAfterDedupe: 9, jobsScored: 9, jobsInOutput: 1, dropped: { location: 8 } },
    cost: emptyCost(),
    errors: [{ stage: 'scrape', code: 'BOARD_TIMEOUT', message: 'slow', company: 'Acme' }],
    jobs: [{ rank: 1, score: 87, title: 'Backend Engineer', company: 'Nimbus', location: 'Berlin, DE', remote: 'hybrid', postedAt: null, applyUrl: 'https://jobs.lever.co/nimbus/1', ats: 'lever', matchedSkills: ['go'], missingSkills: [], reasons: ['Go'] }],
  };
}
