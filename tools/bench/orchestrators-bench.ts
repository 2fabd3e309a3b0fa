/**
 * Orchestrator benchmark: the demo market replicated to N companies, with a fixed latency on
 * every job-board request (JH_SNAPSHOT_LATENCY_MS), run end to end through the checkpoint
 * pipeline and through Temporal (a local dev server, the workers in this process as
 * `run --temporal --with-worker` has them). Prints wall times, their ratio and the
 * critical-path lower bound. It is not a test.
 *
 *   node -r ./tools/bench/register.cjs tools/bench/orchestrators-bench.ts [--sizes 10,100]
 *        [--latency 200] [--repeat 3] [--payload-at 1000]
 *
 * --payload-at N adds one Temporal run over N companies and prints the largest
 * single payload in its workflow history (Temporal refuses payloads over 2 MB; the target is 256 KiB).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '@job-hunter/config';
import type { RunResult } from '@job-hunter/domain';
import { DEFAULT_HTTP_OPTIONS } from '@job-hunter/job-boards';
import {
  CheckpointOrchestrator,
  SCRAPE_CONCURRENCY,
  activityServicesOf,
  TemporalOrchestrator,
  WorkerContextModule,
  WorkerHost,
  newRunId,
  type Orchestrator,
  type StageName,
} from '@job-hunter/orchestration';
import { demoRunConfig, startDevServer, type DevServer } from '@job-hunter/testing';
import { replicateDemoMarket, type ReplicatedMarket } from './replicated-demo-market';
import { median } from './median';
import { workflowPayloadSizes } from './workflow-payloads';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100' },
    latency: { type: 'string', default: '200' },
    repeat: { type: 'string', default: '3' },
    'payload-at': { type: 'string', default: '1000' },
  },
});
const sizes = args.sizes.split(',').filter(Boolean).map(Number);
const latencyMs = Number(args.latency);
const repeat = Number(args.repeat);
const payloadAt = Number(args['payload-at']);

interface Timed {
  wallMs: number;
  /** This process's CPU time (every thread: client, workers, Temporal's Core), the dev server's not. */
  cpuMs: number;
  result: RunResult;
  /** Per stage, from the progress hooks (checkpoint pipeline only: Temporal's arrive by polling). */
  stageMs: Partial<Record<StageName, number>>;
}

async function timed(orchestrator: Orchestrator, market: ReplicatedMarket, outputDir: string): Promise<Timed> {
  const config = demoRunConfig(newRunId(), outputDir, {
    companiesPath: market.companiesPath,
    snapshotDir: market.snapshotDir,
    orchestrator: orchestrator.kind,
    formats: ['json'],
  });
  const starts = new Map<StageName, number>();
  const stageMs: Timed['stageMs'] = {};
  const hooks = {
    onStageStart: (s: StageName) => void starts.set(s, performance.now()),
    onStageDone: (s: StageName) => void (stageMs[s] = performance.now() - (starts.get(s) ?? NaN)),
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await orchestrator.start(config, hooks);
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000, result, stageMs };
}

const sec = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** What must be equal whichever orchestrator ran: the shortlist and the counts. */
function sameOutcome(a: RunResult, b: RunResult): boolean {
  const key = (r: RunResult) => JSON.stringify([r.status, r.stats, r.jobs.map((j) => [j.company, j.title, j.score])]);
  return key(a) === key(b);
}

async function benchSize(
  size: number,
  work: string,
  checkpoint: CheckpointOrchestrator,
  temporal: TemporalOrchestrator,
): Promise<string[]> {
  const market = replicateDemoMarket(size, path.join(work, `market-${size}`));
  const outputDir = path.join(work, 'output');
  const runs: { checkpoint: Timed[]; temporal: Timed[] } = { checkpoint: [], temporal: [] };
  for (let i = 0; i < repeat; i++) {
    // Alternating the order keeps warm caches and background load from favouring one side.
    const order = i % 2 === 0 ? (['checkpoint', 'temporal'] as const) : (['temporal', 'checkpoint'] as const);
    for (const kind of order) {
      runs[kind].push(await timed(kind === 'checkpoint' ? checkpoint : temporal, market, outputDir));
    }
  }
  const cp = runs.checkpoint;
  const tp = runs.temporal;
  const first = cp[0] as Timed;
  const companies = first.result.stats.companiesAttempted;
  const mismatches = tp.filter((t) => !sameOutcome(t.result, first.result)).length;
  if (mismatches > 0) process.exitCode = 1;

  // The seven other stages run one after the other in both orchestrators; scraping overlaps nothing.
  const floorMs = median(
    cp.map((t) => Object.entries(t.stageMs).reduce((n, [s, ms]) => (s === 'scrapeJobs' ? n : n + (ms ?? 0)), 0)),
  );
  const laneRounds = Math.ceil(companies / SCRAPE_CONCURRENCY);
  const hostRounds = Math.max(
    ...Object.entries(market.perHost).map(([host, n]) =>
      Math.ceil(n / (DEFAULT_HTTP_OPTIONS.perHostConcurrency[host] ?? DEFAULT_HTTP_OPTIONS.hostConcurrency)),
    ),
  );
  const boundMs = floorMs + Math.max(laneRounds, hostRounds) * latencyMs;
  const cpMs = median(cp.map((t) => t.wallMs));
  const tpMs = median(tp.map((t) => t.wallMs));
  const scrapeCp = median(cp.map((t) => t.stageMs.scrapeJobs ?? NaN));
  return [
    `${companies} companies (${first.result.stats.jobsScraped} jobs scraped, ${first.result.stats.jobsInOutput} in the shortlist), ` +
      `median of ${repeat}:`,
    `  checkpoint pipeline:  ${sec(cpMs)}  (scraping ${sec(scrapeCp)}; all runs: ${cp.map((t) => sec(t.wallMs)).join(', ')}; ` +
      `CPU ${sec(median(cp.map((t) => t.cpuMs)))})`,
    `  Temporal:             ${sec(tpMs)}  (all runs: ${tp.map((t) => sec(t.wallMs)).join(', ')}; ` +
      `CPU ${sec(median(tp.map((t) => t.cpuMs)))})`,
    `  Temporal/checkpoint:  ${(tpMs / cpMs).toFixed(2)}×`,
    `  lower bound:          ${sec(boundMs)} = stage floor ${sec(floorMs)} + ${Math.max(laneRounds, hostRounds)} rounds × ${latencyMs} ms` +
      ` (ceil(${companies}/${SCRAPE_CONCURRENCY}) = ${laneRounds} lane rounds; busiest host ${hostRounds} rounds)`,
    `  over the bound:       checkpoint +${sec(cpMs - boundMs)}, Temporal +${sec(tpMs - boundMs)}`,
    `  same status, stats and shortlist on both: ${mismatches === 0 ? 'yes' : `NO (${mismatches} Temporal runs differ)`}`,
  ];
}

const EXPLAIN = [
  'Lower bound = stage floor + rounds × latency. The stage floor is the time of the seven stages other than',
  'scraping (parse resume, parse preferences, find companies, process, score, aggregate, notify) in the checkpoint',
  'pipeline: they run one after the other in both orchestrators and need no job board. Each demo company costs one',
  `job-board request of ${latencyMs} ms; at most ${SCRAPE_CONCURRENCY} companies are scraped at once (the pipeline's lanes; on Temporal`,
  "the scraping worker's gate), so scraping takes at least ceil(companies / 8) rounds of one request, or",
  'more if one API host, limited to its own concurrent requests, needs more rounds.',
  "CPU is this process's over a run, median (client and workers, Temporal's Core threads included; not the dev server).",
];

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-orch-bench-'));
  let server: DevServer | undefined;
  let app: INestApplicationContext | undefined;
  let host: WorkerHost | undefined;
  try {
    server = await startDevServer();
    const config = loadConfig({
      JH_DATABASE_URL: `sqlite:${path.join(work, 'bench.db')}`,
      JH_TEMPORAL_ADDRESS: server.address,
      JH_SNAPSHOT_LATENCY_MS: String(latencyMs),
      JH_OUTPUT_DIR: path.join(work, 'output'),
    });
    app = await NestFactory.createApplicationContext(WorkerContextModule.forRoot(config), { logger: ['error'] });
    host = await WorkerHost.start({
      config,
      ...activityServicesOf(app),
      queue: 'all',
    });
    const checkpoint = app.get(CheckpointOrchestrator);
    const temporal = app.get(TemporalOrchestrator);
    // One unreported run each: JIT, the database file and the workers' first tasks.
    const warm = replicateDemoMarket(3, path.join(work, 'warm-up'));
    await timed(checkpoint, warm, path.join(work, 'output'));
    await timed(temporal, warm, path.join(work, 'output'));

    const lines = [
      `orchestrator benchmark: demo market replicated, ${latencyMs} ms per job-board request, ` +
        `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? '?'}), node ${process.version}`,
      `Temporal: dev server ${server.address}, workers in this process (queue all), SQLite`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    for (const size of sizes) {
      const block = await benchSize(size, work, checkpoint, temporal);
      process.stdout.write(`${block.join('\n')}\n`);
    }
    if (payloadAt > 0) {
      const market = replicateDemoMarket(payloadAt, path.join(work, `market-${payloadAt}`));
      const run = await timed(temporal, market, path.join(work, 'output'));
      const sizes = await workflowPayloadSizes(server.address, run.result.runId);
      const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
      process.stdout.write(
        `workflow payloads at ${run.result.stats.companiesAttempted} companies (Temporal, ${sec(run.wallMs)}): ` +
          `largest ${kib(sizes.largest)} (target ≤ 256 KiB), ${kib(sizes.total)} in ${sizes.events} history events\n`,
      );
    }
    process.stdout.write(
      `load average at the end: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n`,
    );
    process.stdout.write(`${EXPLAIN.join('\n')}\n`);
  } finally {
    await host?.shutdown();
    await app?.close();
    await server?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `orchestrators-bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
