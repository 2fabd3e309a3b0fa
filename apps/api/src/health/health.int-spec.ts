import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { freePort, sqliteTarget, testConfig, type Target } from '@job-hunter/testing';
import { AppModule } from '../app.module';

describe('API health with Temporal down', () => {
  let target: Target;
  let app: INestApplication | undefined;

  beforeEach(async () => (target = await sqliteTarget()));
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await target.cleanup();
  });

  async function boot(env: Record<string, string>): Promise<string> {
    app = await NestFactory.create(AppModule.forRoot(testConfig(target.db, env)), { logger: false });
    await app.listen(0, '127.0.0.1');
    return `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  }

  it('starts, stays live, and is not ready when the configured Temporal is unreachable', async () => {
    const address = `127.0.0.1:${await freePort()}`;
    const base = await boot({
      JH_ORCHESTRATOR: 'temporal',
      JH_TEMPORAL_ADDRESS: address,
      JH_TEMPORAL_FALLBACK: 'false',
    });
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const started = Date.now();
    const ready = await fetch(`${base}/health/ready`);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: 'error',
      info: { database: { status: 'up' } },
      error: { temporal: { status: 'down', address, reachable: false } },
    });
  });

  it('leaves Temporal out of readiness for the checkpoint orchestrator', async () => {
    const base = await boot({ JH_ORCHESTRATOR: 'checkpoint', JH_TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}` });
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).not.toHaveProperty('info.temporal');
  });
});
