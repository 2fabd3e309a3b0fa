import { WorkerHealthServer, parseHealthPort, type Probe } from './worker-health.server';

describe('the worker health server', () => {
  let server: WorkerHealthServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function start(probes: Record<string, Probe>): Promise<(path: string) => Promise<Response>> {
    server = await WorkerHealthServer.start({ port: 0, probes, probeDeadlineMs: 100 });
    const base = `http://127.0.0.1:${server.port}`;
    return (path) => fetch(`${base}${path}`);
  }

  const up: Probe = () => Promise.resolve(true);

  it('is live at once, and ready only while the workers poll and every probe answers', async () => {
    const get = await start({ temporal: up, database: up });
    expect((await get('/health/live')).status).toBe(200);
    const before = await get('/health/ready');
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({
      status: 'error',
      checks: { worker: 'down', temporal: 'up', database: 'up' },
    });
    let polling = true;
    server?.readyWhile(() => polling);
    const ready = await get('/health/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { worker: 'up', temporal: 'up', database: 'up' } });
    polling = false; // shutting down: no new tasks, so no longer ready
    expect((await get('/health/ready')).status).toBe(503);
  });

  it('names the dependency that is down, failing or hanging', async () => {
    const get = await start({
      temporal: () => Promise.resolve(false),
      database: () => Promise.reject(new Error('postgres://u:secret@db down')),
      hangs: () => new Promise<boolean>(() => undefined),
    });
    server?.readyWhile(() => true);
    const ready = await get('/health/ready');
    expect(ready.status).toBe(503);
    const body = await ready.text();
    expect(JSON.parse(body)).toEqual({
      status: 'error',
      checks: { worker: 'up', temporal: 'down', database: 'down', hangs: 'down' },
    });
    expect(body).not.toContain('secret');
  });

  it('serves the Prometheus exposition on /metrics and nothing else', async () => {
    const get = await start({});
    const metrics = await get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await metrics.text()).toMatch(/^job_hunter_process_resident_memory_bytes \d+/m);
    expect((await get('/nope')).status).toBe(404);
  });

  it('takes ports 0 to 65535 only', () => {
    expect(parseHealthPort('9464')).toBe(9464);
    expect(parseHealthPort('0')).toBe(0);
    for (const bad of ['65536', '-1', '80a', '', '1.5']) expect(() => parseHealthPort(bad)).toThrow(/0 to 65535/);
  });
});
