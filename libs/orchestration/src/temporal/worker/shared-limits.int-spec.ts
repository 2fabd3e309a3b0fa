import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import type { INestApplicationContext } from '@nestjs/common';
import type { RunResult } from '@job-hunter/domain';
import {
  FakeJobBoardServer,
  boardApiPath,
  demoRunConfig,
  greenhouseBoard,
  startDevServer,
  testConfig,
  type DevServer,
} from '@job-hunter/testing';
import { activityServicesOf } from '../activities/activity-services';
import { TemporalOrchestrator } from '../client/temporal.orchestrator';
import { WorkerContextModule } from './worker-context.module';
import { WorkerHost } from './worker-host';
import { startWorkerChild, stopWorkerChild } from './test-support/worker-child';

const CHILD = path.join(__dirname, 'test-support/scraping-worker.child.ts');
/** The per-host limit every worker is configured with (boards-api.greenhouse.io). */
const LIMIT = 2;
const BOARDS = Array.from({ length: 16 }, (_, i) => `board${i}`);

type Mode = 'shared' | 'unshared';

describe('per-host limits across two scraping worker processes (one SQLite database, Temporal dev server)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-shared-limits-'));
  const dbUrl = `sqlite:${path.join(dir, 'jh.db')}`;
  const env = (server: DevServer): Record<string, string> => ({
    JH_DATABASE_URL: dbUrl,
    JH_OUTPUT_DIR: path.join(dir, 'output'),
    JH_TEMPORAL_ADDRESS: server.address,
    JH_TEMPORAL_TASK_QUEUE: 'limits-default',
    JH_TEMPORAL_LLM_TASK_QUEUE: 'limits-llm',
    JH_TEMPORAL_SCRAPING_TASK_QUEUE: 'limits-scraping',
  });
  const companiesPath = path.join(dir, 'companies.yaml');
  let server: DevServer;
  let app: INestApplicationContext;
  const hosts: WorkerHost[] = [];

  beforeAll(async () => {
    server = await startDevServer();
    fs.writeFileSync(
      companiesPath,
      BOARDS.map((b) => `- { name: ${b}, careersUrl: "https://boards.greenhouse.io/${b}" }`).join('\n'),
    );
    const config = testConfig({ type: 'sqlite', url: dbUrl }, env(server));
    app = await NestFactory.createApplicationContext(WorkerContextModule.forRoot(config), { logger: ['error'] });
    // This process serves the other queues; only the two children scrape.
    for (const queue of ['default', 'llm'] as const) {
      hosts.push(await WorkerHost.start({ config, ...activityServicesOf(app), queue }));
    }
  }, 120_000);

  afterAll(async () => {
    for (const host of hosts) await host.shutdown();
    await app?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Rows left in the lease table (every request releases its slot, in whichever process it ran). */
  function leasesLeft(): number {
    const db = new Database(path.join(dir, 'jh.db'), { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM host_leases').get() as { n: number }).n;
    } finally {
      db.close();
    }
  }

  /** The worker identities (pid@host) that ran the run's scrapeCompany activities, from its history. */
  async function scrapers(runId: string): Promise<Set<string>> {
    const connection = await Connection.connect({ address: server.address });
    try {
      const events = (await new Client({ connection }).workflow.getHandle(runId).fetchHistory()).events ?? [];
      const scrapes = new Set(
        events
          .filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'scrapeCompany')
          .map((e) => String(e.eventId)),
      );
      return new Set(
        events.flatMap((e) => {
          const started = e.activityTaskStartedEventAttributes;
          return started && scrapes.has(String(started.scheduledEventId)) ? [started.identity ?? ''] : [];
        }),
      );
    } finally {
      await connection.close();
    }
  }

  /** One Temporal run of 16 one-request companies on one board host, scraped by two worker processes. */
  async function runWith(mode: Mode): Promise<{ peak: number; result: RunResult; workers: number }> {
    const boards = await new FakeJobBoardServer(
      BOARDS.map((b) => ({ path: boardApiPath.greenhouse(b), respond: { json: greenhouseBoard(2, b), delayMs: 250 } })),
    ).start();
    const workers = await Promise.all(
      [1, 2].map(() => startWorkerChild(CHILD, [boards.url, String(LIMIT), mode], env(server))),
    );
    try {
      const result = await app.get(TemporalOrchestrator).start(
        demoRunConfig(`limits-${mode}`, path.join(dir, 'output'), {
          orchestrator: 'temporal',
          companiesPath,
          snapshotDir: undefined,
          forceRescrape: true,
          formats: ['json'],
        }),
      );
      return { peak: boards.maxConcurrent(), result, workers: (await scrapers(result.runId)).size };
    } finally {
      await Promise.all(workers.map(stopWorkerChild));
      await boards.close();
    }
  }

  it('never has more than the per-host limit in flight at the board, across both workers', async () => {
    const { peak, result, workers } = await runWith('shared');
    expect(result.stats.companiesAttempted).toBe(BOARDS.length);
    expect(result.errors).toEqual([]);
    // Both processes scraped, so the limit held between them and not just inside one.
    expect(workers).toBe(2);
    expect(peak).toBe(LIMIT);
    expect(leasesLeft()).toBe(0);
  }, 180_000);

  it('exceeds it without the shared leases: each process keeps only its own limit', async () => {
    const { peak, result, workers } = await runWith('unshared');
    expect(result.stats.companiesAttempted).toBe(BOARDS.length);
    expect(workers).toBe(2);
    expect(peak).toBeGreaterThan(LIMIT);
  }, 180_000);
});
