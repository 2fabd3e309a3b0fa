import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort, startBuiltApi, type BuiltApi } from '@job-hunter/testing';

describe('API health endpoints (built app)', () => {
  const apis: BuiltApi[] = [];
  afterAll(() => Promise.all(apis.map((api) => api.stop())));

  async function startApi(env: Record<string, string>): Promise<string> {
    const api = await startBuiltApi(env);
    apis.push(api);
    return api.base;
  }

  it('is live and ready with its SQLite database', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-api-'));
    const base = await startApi({ JH_DATABASE_URL: `sqlite:${path.join(dir, 'api.db')}` });
    const live = await fetch(`${base}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    expect(ready.headers.get('x-powered-by')).toBeNull();
  });

  it('starts and stays live with its database down, and is not ready until it answers', async () => {
    const base = await startApi({ JH_DATABASE_URL: `postgres://app:s3cret-pw@127.0.0.1:${await freePort()}/jobs` });
    const live = await fetch(`${base}/health/live`);
    expect(live.status).toBe(200);
    expect(live.headers.get('x-powered-by')).toBeNull();
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(503);
    const body = await ready.text();
    expect(JSON.parse(body)).toMatchObject({ error: { database: { status: 'down' } } });
    expect(body).not.toContain('s3cret-pw');
  });
});
