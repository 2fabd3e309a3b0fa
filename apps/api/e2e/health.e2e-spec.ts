import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { childEnv } from '@job-hunter/testing';

const MAIN = path.resolve(__dirname, '../../../dist/apps/api/src/main.js');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitFor(url: string, deadlineMs = 30_000): Promise<Response> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    try {
      return await fetch(url);
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

describe('API health endpoints (built app)', () => {
  const children: ChildProcess[] = [];
  afterAll(() => children.forEach((c) => c.kill('SIGTERM')));

  async function startApi(env: Record<string, string>): Promise<string> {
    const port = await freePort();
    const child = spawn(process.execPath, [MAIN], {
      env: childEnv({ JH_API_PORT: String(port), ...env }),
      stdio: 'ignore',
    });
    children.push(child);
    return `http://127.0.0.1:${port}`;
  }

  it('is live and ready with its SQLite database', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-api-'));
    const base = await startApi({ JH_DATABASE_URL: `sqlite:${path.join(dir, 'api.db')}` });
    const live = await waitFor(`${base}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    expect(ready.headers.get('x-powered-by')).toBeNull();
  });

  it('starts and stays live with its database down, and is not ready until it answers', async () => {
    const base = await startApi({ JH_DATABASE_URL: `postgres://app:s3cret-pw@127.0.0.1:${await freePort()}/jobs` });
    const live = await waitFor(`${base}/health/live`);
    expect(live.status).toBe(200);
    expect(live.headers.get('x-powered-by')).toBeNull();
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(503);
    const body = await ready.text();
    expect(JSON.parse(body)).toMatchObject({ error: { database: { status: 'down' } } });
    expect(body).not.toContain('s3cret-pw');
  });
});
