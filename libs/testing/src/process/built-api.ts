import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from '../demo/demo-inputs';
import { freePort } from '../temporal/temporal-binaries';
import { childEnv } from './child-env';

export const API_MAIN = path.join(REPO_ROOT, 'dist/apps/api/src/main.js');
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export interface BuiltApi {
  /** http://127.0.0.1:PORT */
  base: string;
  /** What the API printed so far (for a failing test's message). */
  output(): string;
  /** SIGTERM, then SIGKILL if it has not ended within 10 s. */
  stop(): Promise<void>;
}

/** The built API (node dist/apps/api/src/main.js) on a free loopback port, once /health/live answers. */
export async function startBuiltApi(settings: Record<string, string>): Promise<BuiltApi> {
  const port = await freePort();
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: REPO_ROOT,
    env: childEnv({ JH_API_HOST: '127.0.0.1', JH_API_PORT: String(port), ...settings }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const api: BuiltApi = {
    base: `http://127.0.0.1:${port}`,
    output: () => printed,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
  const until = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited (${child.exitCode}):\n${printed}`);
    try {
      if ((await fetch(`${api.base}/health/live`)).ok) return api;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) {
      await api.stop();
      throw new Error(`The API did not answer /health/live within ${START_TIMEOUT_MS / 1000} s:\n${printed}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
