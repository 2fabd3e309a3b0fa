import { spawn } from 'node:child_process';
import { Connection } from '@temporalio/client';
import { freePort, temporalBinaries } from './temporal-binaries';

export interface DevServerOptions {
  /** Namespace to create at start; `default` always exists. */
  namespace?: string;
  /** SQLite file for state that outlives the process; in memory when unset. */
  dbFilename?: string;
  /** How long to wait for the frontend to answer (default 30 s). */
  startTimeoutMs?: number;
}

export interface DevServer {
  /** host:port of the gRPC frontend. */
  address: string;
  namespace: string;
  stop(): Promise<void>;
}

/** Starts tried before giving up when a port was taken between choosing it and binding it. */
const START_ATTEMPTS = 3;

/**
 * A real `temporal server start-dev` on free loopback ports, for integration tests. The server
 * also binds ports next to the frontend's for its internal services, which another process may
 * hold; such a start is tried again on other ports.
 */
export async function startDevServer(options: DevServerOptions = {}): Promise<DevServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (e) {
      if (attempt >= START_ATTEMPTS || !String(e).includes('address already in use')) throw e;
    }
  }
}

async function startOnce(options: DevServerOptions): Promise<DevServer> {
  const namespace = options.namespace ?? 'default';
  const [port, httpPort, metricsPort] = [await freePort(), await freePort(), await freePort()];
  const address = `127.0.0.1:${port}`;
  const args = ['server', 'start-dev', '--headless', '--ip', '127.0.0.1', '--port', String(port)];
  args.push('--http-port', String(httpPort), '--metrics-port', String(metricsPort), '--log-level', 'error');
  if (namespace !== 'default') args.push('--namespace', namespace);
  if (options.dbFilename) args.push('--db-filename', options.dbFilename);

  const child = spawn(temporalBinaries().cli, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async (): Promise<void> => {
    if (!running) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(killer);
  };

  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  for (;;) {
    if (!running) throw new Error(`temporal server start-dev exited early: ${stderr.trim() || 'no output'}`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.workflowService.describeNamespace({ namespace });
        return { address, namespace, stop };
      } finally {
        await connection.close();
      }
    } catch (e) {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`temporal server start-dev did not answer on ${address} within the deadline: ${String(e)}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
