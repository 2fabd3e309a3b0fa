import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Global, Module } from '@nestjs/common';
import { TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Test } from '@nestjs/testing';
import type { TestingModule } from '@nestjs/testing';
import { APP_CONFIG, loadConfig } from '@job-hunter/config';
import type { AppConfig, DatabaseConfig } from '@job-hunter/config';
import { DataSource } from 'typeorm';
import { CheckpointRepository } from './checkpoint.repository';
import { PersistenceModule } from './persistence.module';
import { RunRepository } from './run.repository';

/** Defaults from the real config loader (an empty environment), with the database under test. */
function appConfig(database: DatabaseConfig): AppConfig {
  return { ...loadConfig({}), database };
}

async function compile(database: DatabaseConfig): Promise<TestingModule> {
  @Global()
  @Module({ providers: [{ provide: APP_CONFIG, useValue: appConfig(database) }], exports: [APP_CONFIG] })
  class FakeConfigModule {}

  const moduleRef = await Test.createTestingModule({
    imports: [FakeConfigModule, PersistenceModule.forRoot(), TerminusModule],
  })
    // Quiet: TypeOrmModule logs every connection retry.
    .setLogger({ log: () => undefined, error: () => undefined, warn: () => undefined })
    .compile();
  return moduleRef.init();
}

describe('PersistenceModule', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'jh-persistence-module-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates on start, provides the repositories and a DataSource terminus can ping', async () => {
    const path = join(dir, 'db', 'app.db');
    const moduleRef = await compile({ type: 'sqlite', url: `sqlite:${path}`, sqlitePath: path });
    try {
      const checkpoints = moduleRef.get(CheckpointRepository);
      await checkpoints.save('run-1', 'parse', { ok: true });
      expect(await checkpoints.load('run-1', 'parse')).toEqual({ ok: true });
      expect(await moduleRef.get(RunRepository).page(20)).toEqual({ runs: [], next: null });
      expect(moduleRef.get(DataSource).isInitialized).toBe(true);

      const health = await (await moduleRef.resolve(TypeOrmHealthIndicator)).pingCheck('database');
      expect(health).toEqual({ database: { status: 'up' } });
    } finally {
      await moduleRef.close();
    }
  });

  it('fails fast with a redacted STORAGE_ERROR when PostgreSQL refuses the connection', async () => {
    const started = Date.now();
    const failure = await compile({ type: 'postgres', url: 'postgres://app:topsecret@127.0.0.1:1/jobs' }).catch(
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({ code: 'STORAGE_ERROR' });
    expect((failure as Error).message).toContain('postgres://app:***@127.0.0.1:1/jobs');
    expect((failure as Error).message).not.toContain('topsecret');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
