import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { childEnv, freePort } from '@job-hunter/testing';

const REPO = path.resolve(__dirname, '../../..');
const MAIN = ['-r', path.join(REPO, 'tools/bench/register.cjs'), path.join(__dirname, 'main.ts')];

/** main.ts as `nx serve api` starts it (from the sources), in a scratch folder. */
describe('the API process (main.ts)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-api-main-'));
  const env = (more: Record<string, string>) =>
    childEnv({ JH_DATABASE_URL: `sqlite:${path.join(dir, 'jh.db')}`, NO_COLOR: '1', ...more });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses to start on a non-loopback address without a token: exit 2 naming JH_API_TOKEN', () => {
    const run = spawnSync(process.execPath, MAIN, {
      cwd: dir,
      env: env({ JH_API_HOST: '0.0.0.0', JH_API_PORT: '1' }),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('JH_API_TOKEN');
    expect(run.stdout).not.toContain('Listening');
  });

  it('logs its address and /docs, and on SIGTERM stops taking requests, runs the shutdown hooks and exits', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, MAIN, {
      cwd: dir,
      env: env({ JH_API_PORT: String(port), JH_API_TOKEN: 'main-int-token' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ?? code)),
    );
    try {
      await until(() => output.includes('Listening on'), child);
      const base = `http://127.0.0.1:${port}`;
      expect(output).toContain(`Listening on ${base} (OpenAPI: ${base}/docs`);
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
      child.kill('SIGTERM');
      expect(await exited).toBe('SIGTERM');
      expect(output).toContain('SIGTERM: stopping');
      await expect(fetch(`${base}/health/live`)).rejects.toThrow();
      expect(output).not.toContain('main-int-token');
    } finally {
      child.kill('SIGKILL');
    }
  });
});

async function until(ready: () => boolean, child: ChildProcess, deadlineMs = 60_000): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!ready()) {
    if (child.exitCode !== null || Date.now() > end) throw new Error('the API did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
}
