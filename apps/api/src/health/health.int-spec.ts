import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import type { DatabaseConfig } from '@job-hunter/config';
import { freePort, sqliteTarget, testConfig, type Target } from '@job-hunter/testing';
import { createApi } from '../create-api';

describe('API health with Temporal or the database down', () => {
  let target: Target;
  let app: INestApplication | undefined;

  beforeEach(async () => (target = await sqliteTarget()));
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await target.cleanup();
  });

  async function boot(env: Record<string, string>, db: DatabaseConfig = target.db): Promise<string> {
    app = await createApi(testConfig(db, env), { logger: false });
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

  it('starts and stays live with the database down, is not ready naming it, and never shows its password', async () => {
    const url = `postgres://app:s3cret-pw@127.0.0.1:${await freePort()}/jobs`;
    const base = await boot({ JH_ORCHESTRATOR: 'checkpoint' }, { type: 'postgres', url });
    const live = await fetch(`${base}/health/live`);
    expect(live.status).toBe(200);
    expect(live.headers.get('x-powered-by')).toBeNull();
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(503);
    const body = await ready.text();
    expect(JSON.parse(body)).toMatchObject({
      status: 'error',
      error: { database: { status: 'down', type: 'postgres', database: expect.stringContaining('app:***@127.0.0.1') } },
    });
    expect(body).not.toContain('s3cret-pw');
    // Still up after a failed check, and a second check tries again.
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    expect((await fetch(`${base}/health/ready`)).status).toBe(503);
  });

  it('sends no X-Powered-By header on any answer', async () => {
    const base = await boot({ JH_ORCHESTRATOR: 'checkpoint' });
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('x-powered-by')).toBeNull();
    expect((await fetch(`${base}/nope`)).headers.get('x-powered-by')).toBeNull();
  });

  it('leaves Temporal out of readiness for the checkpoint orchestrator', async () => {
    const base = await boot({ JH_ORCHESTRATOR: 'checkpoint', JH_TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}` });
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).not.toHaveProperty('info.temporal');
  });
});
