// Worker processes for the int tests that need more than one (per-host limits shared between
// processes, run settings against workers' own environments): both ends of the protocol. The
// test spawns a child script with startWorkerChild and stops it with stopWorkerChild; the child
// script declares its fakes and calls serveWorkerChild, which prints READY once every host polls
// and stops on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configFromProcess } from '@job-hunter/config';
import { childEnv } from '@job-hunter/testing';
import { activityServicesOf } from '../../activities/activity-services';
import { WorkerContextModule } from '../worker-context.module';
import { WorkerHost } from '../worker-host';
import type { WorkerQueue } from '../worker-queues';

const READY = 'ready\n';
const REPO = path.resolve(__dirname, '../../../../../..');

/** Runs `script` (TypeScript, through tools/bench/register.cjs) with `args`; resolves once it polls. */
export function startWorkerChild(script: string, args: string[], env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', path.join(REPO, 'tools/bench/register.cjs'), script, ...args], {
    cwd: REPO,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.stdout?.on('data', (c: Buffer) => {
      output += c.toString();
      if (output.includes(READY)) resolve(child);
    });
    const name = path.basename(script, '.ts');
    child.once('exit', (code) => reject(new Error(`${name} exited ${code}:\n${output.slice(-3000)}`)));
  });
}

/** Stops a worker child (SIGTERM: its hosts shut down) and resolves once it exited. */
export function stopWorkerChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * The child's main: a worker Nest context (config from the environment the test passed) with the
 * test's `fakes` module, one WorkerHost per queue kind; READY once all poll, exit 0 after SIGTERM,
 * 1 (the error on stderr, named `name`) when anything fails.
 */
export function serveWorkerChild(name: string, fakes: Type<unknown>, queues: readonly WorkerQueue[]): void {
  const serve = async (): Promise<void> => {
    const config = configFromProcess();
    const app = await NestFactory.createApplicationContext(
      { module: class WorkerChild {}, imports: [WorkerContextModule.forRoot(config), fakes] },
      { logger: ['error'] },
    );
    const hosts: WorkerHost[] = [];
    for (const queue of queues) hosts.push(await WorkerHost.start({ config, ...activityServicesOf(app), queue }));
    process.once('SIGTERM', () => {
      void Promise.all(hosts.map((h) => h.shutdown()))
        .then(() => app.close())
        .then(() => process.exit(0));
    });
    process.stdout.write(READY);
    await Promise.all(hosts.map((h) => h.done()));
  };
  serve().catch((error: unknown) => {
    process.stderr.write(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
