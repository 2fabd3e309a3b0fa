import type { DataSource } from 'typeorm';
import { migrateDataSource } from './migration-runner';

/** A SQLite DataSource whose runMigrations fails as given, then applies `Initial`. */
function sqliteFailingOnce(error: Error): { dataSource: DataSource; calls: () => number } {
  let calls = 0;
  const dataSource = {
    options: { type: 'better-sqlite3' },
    runMigrations: async () => {
      calls += 1;
      if (calls === 1) throw error;
      return [{ name: 'Initial' }];
    },
  } as unknown as DataSource;
  return { dataSource, calls: () => calls };
}

describe('migrateDataSource on SQLite, with another process migrating the same file', () => {
  it('tries again when the other process created the migrations table first (CI: a worker and run --temporal)', async () => {
    const { dataSource, calls } = sqliteFailingOnce(
      Object.assign(new Error('SqliteError: table "migrations" already exists'), { code: 'SQLITE_ERROR' }),
    );
    await expect(migrateDataSource(dataSource)).resolves.toEqual(['Initial']);
    expect(calls()).toBe(2);
  });

  it('tries again when the other process holds the write lock', async () => {
    const { dataSource, calls } = sqliteFailingOnce(
      Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }),
    );
    await expect(migrateDataSource(dataSource)).resolves.toEqual(['Initial']);
    expect(calls()).toBe(2);
  });

  it('does not retry any other failure', async () => {
    const { dataSource, calls } = sqliteFailingOnce(
      Object.assign(new Error('SqliteError: no such column: foo'), { code: 'SQLITE_ERROR' }),
    );
    await expect(migrateDataSource(dataSource)).rejects.toThrow('no such column');
    expect(calls()).toBe(1);
  });
});
