import type { DataSource } from 'typeorm';
import { errorMessage } from '@job-hunter/domain';
import { retryWhileBusy } from './busy-retry';

/**
 * Applies the pending migrations and returns their names. Processes that start together
 * (CLI, API, workers) must not both apply them: on PostgreSQL an advisory lock
 * serialises them, so the second one finds nothing pending; on SQLite the loser tries again:
 * it gets SQLITE_BUSY on the write lock, or "already exists" when both created a table (TypeORM
 * checks for its migrations table before its transaction), and the next try finds it all applied.
 * (No BEGIN IMMEDIATE around the step: better-sqlite3 waits for a lock synchronously, which would
 * freeze a process holding two DataSources on one file.)
 */
export async function migrateDataSource(dataSource: DataSource): Promise<string[]> {
  const apply = async (): Promise<string[]> =>
    (await dataSource.runMigrations({ transaction: 'all' })).map((migration) => migration.name);
  if (dataSource.options.type === 'postgres') {
    return withAdvisoryLock(dataSource, `job-hunter-migrations:${dataSource.options.schema ?? ''}`, apply);
  }
  return retryWhileBusy(apply, lostTableRace);
}

async function withAdvisoryLock<T>(dataSource: DataSource, name: string, work: () => Promise<T>): Promise<T> {
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      return await work();
    } finally {
      await lockHolder.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  } finally {
    await lockHolder.release();
  }
}

/** Another process created the table between TypeORM's check and its CREATE TABLE. */
function lostTableRace(error: unknown): boolean {
  return /\balready exists\b/.test(errorMessage(error));
}
