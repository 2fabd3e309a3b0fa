import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InvalidArgumentError } from 'commander';
import type { DataSource } from 'typeorm';
import type { TemporalConfig } from '@job-hunter/config';
import { isTemporalAvailable } from '@job-hunter/orchestration';
import { enableProcessMetrics, scrapeMetrics } from '@job-hunter/telemetry';

/** One readiness dependency: resolves true when it answers (a rejection counts as down). */
export type Probe = () => Promise<boolean>;

export interface WorkerHealthOptions {
  port: number;
  /** 127.0.0.1 unless told otherwise (a Kubernetes pod's probes need 0.0.0.0). */
  host?: string;
  /** What ready means besides the worker polling: here, Temporal and the database answering. */
  probes: Record<string, Probe>;
  /** How long a probe may take before it counts as down (default PROBE_DEADLINE_MS). */
  probeDeadlineMs?: number;
}

/** Readiness must answer before the kubelet's probe timeout even when a dependency hangs. */
export const PROBE_DEADLINE_MS = 2000;

/**
 * The worker's own HTTP port for Kubernetes and Prometheus: /health/live (the process answers),
 * /health/ready (it polls its task queues and every probe answers; 503 naming what is down) and
 * /metrics. Plain node:http, as a worker has no Nest HTTP app; off unless --health-port is given.
 */
export class WorkerHealthServer {
  private polling: () => boolean = () => false;

  private constructor(
    private readonly server: Server,
    private readonly probes: Record<string, Probe>,
    private readonly deadlineMs: number,
  ) {}

  static async start(options: WorkerHealthOptions): Promise<WorkerHealthServer> {
    enableProcessMetrics();
    const server = createServer();
    const self = new WorkerHealthServer(server, options.probes, options.probeDeadlineMs ?? PROBE_DEADLINE_MS);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void self.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    return self;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Ready only while `polling` says the workers poll (not before they start, nor once they stop). */
  readyWhile(polling: () => boolean): void {
    this.polling = polling;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method !== 'GET') return send(res, 405, 'application/json', { status: 'error', message: 'GET only' });
      if (path === '/health/live') return send(res, 200, 'application/json', { status: 'ok' });
      if (path === '/health/ready') {
        const checks = await this.readiness();
        const ok = Object.values(checks).every((c) => c === 'up');
        return send(res, ok ? 200 : 503, 'application/json', { status: ok ? 'ok' : 'error', checks });
      }
      if (path === '/metrics') {
        const { contentType, body } = await scrapeMetrics();
        return send(res, 200, contentType, body);
      }
      send(res, 404, 'application/json', { status: 'error', message: 'not found' });
    } catch {
      // No message: an answer on an open port is no place for internals.
      send(res, 500, 'application/json', { status: 'error', message: 'internal error' });
    }
  }

  private async readiness(): Promise<Record<string, 'up' | 'down'>> {
    const entries = await Promise.all(
      Object.entries(this.probes).map(
        async ([name, probe]) => [name, (await answers(probe, this.deadlineMs)) ? 'up' : 'down'] as const,
      ),
    );
    return { worker: this.polling() ? 'up' : 'down', ...Object.fromEntries(entries) };
  }
}

async function answers(probe: Probe, deadlineMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), deadlineMs)));
  try {
    return await Promise.race([probe().catch(() => false), late]);
  } finally {
    clearTimeout(timer);
  }
}

function send(res: ServerResponse, status: number, contentType: string, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** The worker's readiness: Temporal answers a fresh connection, and the database a `SELECT 1`. */
export function workerProbes(temporal: TemporalConfig, db: Pick<DataSource, 'query'>): Record<string, Probe> {
  return {
    temporal: () => isTemporalAvailable(temporal, PROBE_DEADLINE_MS),
    database: async () => {
      await db.query('SELECT 1');
      return true;
    },
  };
}

/** `--health-port N`: 0 to 65535 (0 takes any free port, for tests). */
export function parseHealthPort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new InvalidArgumentError(`expected a port number from 0 to 65535, got "${value}"`);
  }
  return port;
}
