import { CheckpointRepository } from './checkpoint.repository';
import { openDataSource, runMigrations } from './data-source';
import { MIGRATIONS } from './migrations';
import { RunRepository } from './run.repository';
import { runConfig } from '@job-hunter/testing';
import { postgresAvailable, postgresTarget, sqliteTarget } from '@job-hunter/testing';

const pgUp = postgresAvailable();

describe('two processes on one SQLite file', () => {
  it('lets a CLI and a worker DataSource see each other’s writes', async () => {
    const target = await sqliteTarget();
    const [cli, worker] = await Promise.all([openDataSource(target.db), openDataSource(target.db)]);
    try {
      // WAL and a busy timeout are what let the two processes share the file.
      expect(await cli.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      expect(await worker.query('PRAGMA busy_timeout')).toEqual([{ timeout: 15000 }]);
      // NORMAL (1): safe under WAL, without a sync at every commit.
      expect(await worker.query('PRAGMA synchronous')).toEqual([{ synchronous: 1 }]);
      await new CheckpointRepository(worker).save('run-shared', 'parse', { from: 'worker' });
      expect(await new CheckpointRepository(cli).load('run-shared', 'parse')).toEqual({ from: 'worker' });
      await new RunRepository(cli).create({
        id: 'run-shared',
        orchestrator: 'temporal',
        engine: 'heuristic',
        config: runConfig('run-shared'),
        startedAt: '2026-01-01T00:00:00Z',
      });
      expect((await new RunRepository(worker).get('run-shared'))?.status).toBe('running');
    } finally {
      await Promise.all([cli.destroy(), worker.destroy()]);
      await target.cleanup();
    }
  });

  it('prints nothing on stdout, which carries the CLI --json result, even for TypeORM migration messages', async () => {
    const target = await sqliteTarget();
    const written: string[] = [];
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const log = jest.spyOn(console, 'log').mockImplementation((...args) => void written.push(args.join(' ')));
    try {
      const [a, b] = await Promise.all([openDataSource(target.db), openDataSource(target.db)]);
      // What TypeORM prints whatever `logging` says: a migration failing in the process that lost the lock.
      a.logger.logMigration('Migration "Initial" failed, error: database is locked');
      await Promise.all([a.destroy(), b.destroy()]);
    } finally {
      stdout.mockRestore();
      log.mockRestore();
      await target.cleanup();
    }
    expect(written).toEqual([]);
  });

  it('lets a fresh process replace a checkpoint it never inserted (a retried Temporal activity)', async () => {
    const target = await sqliteTarget();
    const first = await openDataSource(target.db);
    await new CheckpointRepository(first).save('run-retry', 'scoreJobs', { attempt: 1 });
    await first.destroy();
    const second = await openDataSource(target.db);
    try {
      await new CheckpointRepository(second).save('run-retry', 'scoreJobs', { attempt: 2 });
      expect(await new CheckpointRepository(second).load('run-retry', 'scoreJobs')).toEqual({ attempt: 2 });
    } finally {
      await second.destroy();
      await target.cleanup();
    }
  });
});

(pgUp ? describe : describe.skip)('processes starting together on PostgreSQL', () => {
  it('apply the migrations exactly once', async () => {
    const target = await postgresTarget();
    try {
      const applied = await Promise.all([1, 2, 3].map(() => runMigrations(target.db, target.overrides)));
      expect(applied.flat()).toEqual(MIGRATIONS.map((M) => new M().name));
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
