import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseConfig } from '@job-hunter/config';
import { DataSource } from 'typeorm';

// Test support only (int tests): throwaway SQLite files and PostgreSQL schemas.

export const PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** Probed synchronously so the Postgres suite can be skipped (not silently passed) when no server listens. */
export function postgresReachable(): boolean {
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      "require('net').connect(5432,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))",
    ],
    { timeout: 3000 },
  );
  return probe.status === 0;
}

/** The persistence library's DataSource overrides (kept structural: persistence's own tests use this file). */
export interface DataSourceOverrides {
  schema?: string;
  migrationsRun?: boolean;
}

export interface Target {
  db: DatabaseConfig;
  overrides: DataSourceOverrides;
  cleanup(): Promise<void>;
}

export async function sqliteTarget(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'jh-persistence-'));
  const path = join(dir, 'nested', 'job-hunter.db');
  return {
    db: { type: 'sqlite', url: `sqlite:${path}`, sqlitePath: path },
    overrides: {},
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Every run gets its own schema, so parallel test runs never see each other's tables. */
export async function postgresTarget(): Promise<Target> {
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

/** Reachability, probed once per test file; logs why the PostgreSQL tests are skipped. */
export function postgresAvailable(): boolean {
  const up = postgresReachable();
  if (!up) console.warn(`Skipping the PostgreSQL tests: nothing listens on 127.0.0.1:5432 (${PG_URL}).`);
  return up;
}

/**
 * A whole throwaway PostgreSQL database, for tests that go through the Nest modules (which
 * take only a URL): created before, dropped after.
 */
export async function postgresDatabaseTarget(): Promise<Target> {
  const name = `jh_test_${randomUUID().replace(/-/g, '')}`;
  const admin = await new DataSource({ type: 'postgres', url: PG_URL }).initialize();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = PG_URL.replace(/\/test$/, `/${name}`);
  return {
    db: { type: 'postgres', url },
    overrides: {},
    cleanup: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.destroy();
    },
  };
}

/**
 * The databases a test that goes through the Nest modules runs on, as `describe.each` rows:
 * a SQLite file always, a whole PostgreSQL database when one listens.
 */
export function moduleDatabaseTargets(): Array<[string, () => Promise<Target>]> {
  const targets: Array<[string, () => Promise<Target>]> = [['SQLite', sqliteTarget]];
  if (postgresAvailable()) targets.push(['PostgreSQL', postgresDatabaseTarget]);
  return targets;
}
