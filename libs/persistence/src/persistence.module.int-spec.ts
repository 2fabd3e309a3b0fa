import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Global, Logger, Module } from '@nestjs/common';
import { TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Test } from '@nestjs/testing';
import type { TestingModule } from '@nestjs/testing';
import { APP_CONFIG } from '@job-hunter/config';
import type { AppConfig, DatabaseConfig } from '@job-hunter/config';
import { DataSource } from 'typeorm';
import { CheckpointRepository } from './checkpoint.repository';
import { PersistenceModule } from './persistence.module';
import { RunRepository } from './run.repository';

function appConfig(database: DatabaseConfig): AppConfig {
  return {
    orchestrator: 'checkpoint',
    outputDir: '/tmp/out',
    logLevel: 'error',
    temporal: {
      address: 'localhost:7233', namespace: 'default', taskQueue: 'q', llmTaskQueue: 'q-llm',
      scrapingTaskQueue: 'q-scraping', workflowTimeoutSeconds: 1800, fallback: true, embeddedWorker: false,
    },
    llm: { model: 'm', maxCostPerRunUsd: 5, topKSemantic: 50, targetMatches: 50, minScore: 40, maxDiscoveryIterations: 3 },
    database,
    scraping: { cacheTtlHours: 24, userAgent: 'test', allowLoopback: true },
    smtp: {},
    api: { port: 0 },
  };
}

async function compile(database: DatabaseConfig): Promise<TestingModule> {
  @Global()
  @Module({ providers: [{ provide: APP_CONFIG, useValue: appConfig(database) }], exports: [APP_CONFIG] })
  class FakeConfigModule {}

  const moduleRef = await Test.createTestingModule({
    imports: [FakeConfigModule, PersistenceModule.forRoot(), TerminusModule],
  }).compile();
  return moduleRef.init();
}

describe('PersistenceModule', () => {
  let dir: string;
  beforeAll(() => {
    // TypeOrmModule logs its retries through the static Nest logger.
    Logger.overrideLogger(false);
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
      expect(await moduleRef.get(RunRepository).list()).toEqual([]);
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
