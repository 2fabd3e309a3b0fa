/**
 * Scrape benchmark: fetch and normalise N companies × M jobs from a local fake job-board market
 * whose every answer takes a fixed latency, through the real HTTP layer (per-host caps, retries,
 * timeouts) and the real clients and mappers. Prints figures; it is not a test.
 *
 *   node -r ./tools/bench/register.cjs tools/bench/scrape-bench.ts [--companies 200] [--jobs 100]
 *        [--latency 100] [--concurrency 16] [--shared-limits]
 *
 * --shared-limits: per-host slots taken in a SQLite lease table as well (what Temporal workers
 * do so that their limits hold across processes), to measure that cost.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { JobsScraperAgent } from '@job-hunter/agents';
import { loadConfig } from '@job-hunter/config';
import { dedupeJobs, isInvalidJob, normaliseJob } from '@job-hunter/domain';
import type { NormalisedJob } from '@job-hunter/domain';
import { BoardHttpFactory, HostLeases, JobBoardRegistry, defaultJobBoardClients } from '@job-hunter/job-boards';
import { HostLeaseRepository, openDataSource } from '@job-hunter/persistence';
import { boardHostOverrides } from '@job-hunter/testing';
import { benchCompanies } from './bench-market';
import type { BenchMarket, ServerMessage } from './bench-market';

const { values: args } = parseArgs({
  options: {
    companies: { type: 'string', default: '200' },
    jobs: { type: 'string', default: '100' },
    latency: { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '16' },
    'shared-limits': { type: 'boolean', default: false },
  },
});

const market: BenchMarket = {
  companies: Number(args.companies),
  jobs: Number(args.jobs),
  latencyMs: Number(args.latency),
};
const concurrency = Number(args.concurrency);

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(path.join(__dirname, 'bench-board-server.ts'), [], {
    execArgv: ['-r', path.join(__dirname, 'register.cjs')],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: ServerMessage) => (m.kind === 'ready' ? resolve({ child, url: m.url }) : reject(m)));
    child.once('exit', (code) => reject(new Error(`the bench server exited with code ${code}`)));
    child.send(market);
  });
}

function requestsPerHost(child: ChildProcess): Promise<Record<string, number>> {
  return new Promise((resolve) => {
    child.once('message', (m: ServerMessage) => resolve(m.kind === 'requests' ? m.perHost : {}));
    child.send('done');
  });
}

/** Samples memory every few milliseconds; a sampler, not a guarantee of the true peak. */
function memorySampler(): { stop(): { rss: number; heapUsed: number } } {
  const peak = { rss: 0, heapUsed: 0 };
  const sample = (): void => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 10);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;

/** The lease table in a fresh SQLite file, as Temporal workers share it. */
async function sharedLeases(): Promise<HostLeases> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jh-scrape-bench-')), 'leases.db');
  const dataSource = await openDataSource({ type: 'sqlite', url: `sqlite:${file}`, sqlitePath: file });
  return new HostLeases(new HostLeaseRepository(dataSource));
}

async function main(): Promise<void> {
  const { child, url } = await startServer();
  const config = loadConfig({ JH_ALLOW_LOOPBACK: 'true', JH_DATABASE_URL: 'sqlite::memory:' });
  const hostLeases = args['shared-limits'] ? await sharedLeases() : undefined;
  const factory = new BoardHttpFactory(config, { hostOverrides: boardHostOverrides(url), hostLeases });
  const agent = new JobsScraperAgent(new JobBoardRegistry(defaultJobBoardClients()), factory);
  const companies = benchCompanies(market).map(({ name, careersUrl }) => ({ name, careersUrl }));
  const http = factory.create({});

  const baseline = process.memoryUsage();
  const memory = memorySampler();
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const results = await agent.scrapeAll(companies, { forceRescrape: false }, { concurrency });
  const fetched = performance.now();
  const cpuFetch = process.cpuUsage(cpuStart);
  const normalised: NormalisedJob[] = [];
  let invalid = 0;
  for (const job of results.flatMap((r) => r.jobs)) {
    const n = normaliseJob(job);
    if (isInvalidJob(n)) invalid++;
    else normalised.push(n);
  }
  const { kept, duplicates } = dedupeJobs(normalised);
  const finished = performance.now();
  const cpuAll = process.cpuUsage(cpuStart);
  const peak = memory.stop();

  const perHost = await requestsPerHost(child);
  const capOf = (host: string): number => http.options.perHostConcurrency[host] ?? http.options.hostConcurrency;
  const hostBounds = Object.entries(perHost).map(([host, n]) => ({
    host,
    requests: n,
    cap: capOf(host),
    boundMs: Math.ceil(n / capOf(host)) * market.latencyMs,
  }));
  const lowerBoundMs = Math.max(0, ...hostBounds.map((h) => h.boundMs));
  const scraped = results.reduce((n, r) => n + r.jobs.length, 0);
  const wallMs = finished - started;
  const errors = results.filter((r) => r.error);

  const lines = [
    `scrape benchmark: ${market.companies} companies × ${market.jobs} jobs, ${market.latencyMs} ms per request, ` +
      `${concurrency} companies at a time${hostLeases ? ', per-host slots also leased in SQLite' : ''}`,
    ...hostBounds.map((h) => `  ${h.host}: ${h.requests} requests, cap ${h.cap} → at least ${seconds(h.boundMs)}`),
    `lower bound (per-host limits): ${seconds(lowerBoundMs)}`,
    // Each company here is one request, so the companies in flight bound the run as well.
    `bound from ${concurrency} companies at a time: ${seconds(Math.ceil(market.companies / concurrency) * market.latencyMs)}`,
    `wall time:                     ${seconds(wallMs)} (fetch ${seconds(fetched - started)}, normalise ${seconds(finished - fetched)})`,
    `overhead over the bound:       ${seconds(wallMs - lowerBoundMs)}`,
    // CPU time shows the client's own cost even when other processes slow the wall clock.
    `cpu time (user+system):        fetch ${seconds(cpuMs(cpuFetch))}, normalise ${seconds(cpuMs(cpuAll) - cpuMs(cpuFetch))}`,
    `jobs: ${scraped} fetched, ${kept.length} normalised and kept, ${invalid} invalid, ${duplicates} duplicates; ` +
      `${errors.length} failed companies`,
    `throughput:                    ${Math.round(scraped / (wallMs / 1000))} jobs/s`,
    `peak memory (sampled):         rss ${mb(peak.rss)} (+${mb(peak.rss - baseline.rss)}), ` +
      `heapUsed ${mb(peak.heapUsed)} (+${mb(peak.heapUsed - baseline.heapUsed)})`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  for (const r of errors.slice(0, 5)) process.stderr.write(`  ${r.company}: ${r.error?.code} ${r.error?.message}\n`);
  if (errors.length > 0 || scraped !== market.companies * market.jobs) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`scrape-bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
