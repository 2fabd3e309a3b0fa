import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { childEnv } from '@job-hunter/testing';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
const MAIN = path.join(REPO_ROOT, 'dist/apps/cli/src/main.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A scratch folder per test: database, output folder, working directory. */
export function scratch(prefix: string): { dir: string; env: Record<string, string> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `jh-${prefix}-`));
  return {
    dir,
    env: {
      JH_DATABASE_URL: `sqlite:${path.join(dir, 'jh.db')}`,
      JH_OUTPUT_DIR: path.join(dir, 'output'),
    },
  };
}

/** Runs the built CLI to its end; `nodeArgs` go to node before the script (e.g. `-r` a preload). */
export function runCli(
  args: string[],
  env: Record<string, string>,
  cwd: string = REPO_ROOT,
  nodeArgs: string[] = [],
): CliRun {
  if (!fs.existsSync(MAIN)) throw new Error(`Build the CLI first (make build): ${MAIN} is missing.`);
  const r = spawnSync(process.execPath, [...nodeArgs, MAIN, ...args], {
    cwd,
    env: childEnv(env),
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function startCli(args: string[], env: Record<string, string>, cwd: string = REPO_ROOT): ChildProcess {
  return spawn(process.execPath, [MAIN, ...args], { cwd, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
}

export const DEMO = path.join(REPO_ROOT, 'data/demo');
