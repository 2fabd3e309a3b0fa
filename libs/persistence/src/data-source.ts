import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DatabaseConfig } from '@job-hunter/config';
import { DataSource } from 'typeorm';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { migrateDataSource } from './migration-runner';
import { MIGRATIONS } from './migrations';
import { SILENT_TYPEORM_LOGGER } from './silent-typeorm-logger';
import { connectionError, migrationError } from './storage-errors';

/** How long a SQLite writer waits for another process's write lock before SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 15_000;
const PG_CONNECT_TIMEOUT_MS = 10_000;

export interface DataSourceOverrides {
  /** PostgreSQL schema for every table (tests isolate themselves in a fresh one). */
  schema?: string;
  /** Apply pending migrations when the DataSource initialises (default true). */
  migrationsRun?: boolean;
}

/** The SQLite file of a config: `sqlitePath`, else the URL without its `sqlite:` prefix. */
export function sqliteFilePath(db: DatabaseConfig): string {
  return db.sqlitePath ?? db.url.replace(/^sqlite:(\/\/)?/, '');
}

export function createDataSourceOptions(db: DatabaseConfig, overrides: DataSourceOverrides = {}): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: overrides.migrationsRun ?? true,
    logging: false,
    logger: SILENT_TYPEORM_LOGGER,
  } as const;
  switch (db.type) {
    case 'sqlite':
      return {
        ...common,
        type: 'better-sqlite3',
        database: sqliteFilePath(db),
        // WAL lets a CLI read while a worker writes; the busy timeout makes writers queue
        // instead of failing when both touch the file at once.
        enableWAL: true,
        timeout: SQLITE_BUSY_TIMEOUT_MS,
        // Under WAL, NORMAL syncs at checkpoints instead of at every commit: the file cannot be
        // corrupted and a crashed process loses nothing; only a power cut or OS crash can lose the
        // last commits (a resumed run redoes what its checkpoints lack). About halves the wall
        // time of storing a real market's raw jobs, one commit per company.
        prepareDatabase: (sqlite: { pragma(source: string): unknown }) => {
          sqlite.pragma('synchronous = NORMAL');
        },
      };
    case 'postgres':
      return {
        ...common,
        type: 'postgres',
        url: db.url,
        ...(overrides.schema ? { schema: overrides.schema } : {}),
        connectTimeoutMS: PG_CONNECT_TIMEOUT_MS,
      };
  }
}

/** A DataSource that is not yet connected (scripts and tests call `initializeDataSource`). */
export function createDataSource(db: DatabaseConfig, overrides: DataSourceOverrides = {}): DataSource {
  return new DataSource(createDataSourceOptions(db, overrides));
}

/** Creates, connects and migrates: the one-liner for scripts and tests. */
export async function openDataSource(db: DatabaseConfig, overrides: DataSourceOverrides = {}): Promise<DataSource> {
  return initializeDataSource(createDataSource(db, overrides));
}

/**
 * Connects with errors a person can act on (and no password in them), then applies
 * the pending migrations under a cross-process lock when `migrationsRun` is set
 * (TypeORM's own migrationsRun has no lock, so it is switched off here).
 */
export async function initializeDataSource(dataSource: DataSource): Promise<DataSource> {
  const options = dataSource.options;
  const migrate = options.migrationsRun === true;
  if (migrate) dataSource.setOptions({ migrationsRun: false });
  try {
    if (options.type === 'better-sqlite3' && options.database !== ':memory:') {
      mkdirSync(dirname(resolve(options.database)), { recursive: true });
    }
    await dataSource.initialize();
  } catch (error) {
    throw connectionError(options, error);
  }
  if (migrate) {
    try {
      await migrateDataSource(dataSource);
    } catch (error) {
      await dataSource.destroy().catch(() => undefined);
      throw migrationError(options, error);
    }
  }
  return dataSource;
}

/** Applies the pending migrations and returns their names (empty when up to date). */
export async function runMigrations(db: DatabaseConfig, overrides: DataSourceOverrides = {}): Promise<string[]> {
  const dataSource = await initializeDataSource(createDataSource(db, { ...overrides, migrationsRun: false }));
  try {
    return await migrateDataSource(dataSource);
  } catch (error) {
    throw migrationError(dataSource.options, error);
  } finally {
    await dataSource.destroy();
  }
}
