/**
 * Telemetry overhead: what traces cost when off (OTEL_EXPORTER_OTLP_ENDPOINT unset) and when on
 * (spans batched to a loopback OTLP/HTTP collector). Two measures, alternating off and on so warm
 * caches and background load favour neither: the per-span cost of inSpan (a tight loop), and the
 * wall time of a checkpoint demo run over N replicated companies. It is not a test.
 *
 *   node -r ./tools/bench/register.cjs tools/bench/telemetry-bench.ts [--companies 100] [--repeat 5] [--cli 3]
 *
 * --cli N adds N runs each of the built CLI's `demo` and `demo --temporal --with-worker` (a fresh
 * process each, Temporal dev server) off and on: on, the workers load the build's traced workflow
 * bundle (with Temporal's OpenTelemetry interceptors) instead of the plain one. Needs `npm run build`.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '@job-hunter/config';
import { CheckpointOrchestrator, TracedOrchestrator, WorkerContextModule, newRunId } from '@job-hunter/orchestration';
import { inSpan, startTracing, stopTracing } from '@job-hunter/telemetry';
import { FakeOtlpCollector, childEnv, demoRunConfig, startDevServer } from '@job-hunter/testing';
import { replicateDemoMarket } from './replicated-demo-market';
import { CLI_MAIN } from './cli-run';
import { median } from './median';

const { values: args } = parseArgs({
  options: {
    companies: { type: 'string', default: '100' },
    repeat: { type: 'string', default: '5' },
    spans: { type: 'string', default: '200000' },
    cli: { type: 'string', default: '0' },
  },
});
const cliRuns = Number(args.cli);
const companies = Number(args.companies);
const repeat = Number(args.repeat);
const spanCount = Number(args.spans);

/** Nanoseconds per inSpan around a resolved promise, less the same loop without inSpan. */
async function perSpanNs(): Promise<number> {
  const work = (i: number): Promise<number> => Promise.resolve(i);
  let started = process.hrtime.bigint();
  for (let i = 0; i < spanCount; i++) await work(i);
  const bare = process.hrtime.bigint() - started;
  started = process.hrtime.bigint();
  for (let i = 0; i < spanCount; i++) await inSpan('bench', { i }, () => work(i));
  return Number(process.hrtime.bigint() - started - bare) / spanCount;
}

/** Wall time of one built-CLI demo in a fresh process and database (async: the collector answers in this process). */
function timedCli(extra: string[], env: Record<string, string>, work: string): Promise<number> {
  const dir = fs.mkdtempSync(path.join(work, 'cli-'));
  const started = performance.now();
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [CLI_MAIN, 'demo', '--json', ...extra],
      { env: childEnv({ ...env, JH_DATABASE_URL: `sqlite:${path.join(dir, 'jh.db')}`, JH_OUTPUT_DIR: dir }) },
      (error, _stdout, stderr) =>
        error
          ? reject(new Error(`demo ${extra.join(' ')}: ${stderr.slice(-2000)}`))
          : resolve(performance.now() - started),
    ),
  );
}

async function cliBench(collector: FakeOtlpCollector, work: string): Promise<void> {
  const server = await startDevServer();
  try {
    for (const extra of [[], ['--temporal', '--with-worker']]) {
      const times: Record<'off' | 'on', number[]> = { off: [], on: [] };
      for (let i = 0; i < cliRuns; i++) {
        const base = { JH_TEMPORAL_ADDRESS: server.address };
        times.off.push(await timedCli(extra, base, work));
        times.on.push(await timedCli(extra, { ...base, OTEL_EXPORTER_OTLP_ENDPOINT: collector.url }, work));
      }
      const [off, on] = [median(times.off), median(times.on)];
      console.log(
        `  built CLI demo ${extra.join(' ') || '(checkpoint)'}:   off ${off.toFixed(0)} ms   on ${on.toFixed(0)} ms` +
          `   (${on >= off ? '+' : ''}${(on - off).toFixed(0)} ms)`,
      );
    }
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-telemetry-bench-'));
  const collector = await new FakeOtlpCollector().start();
  let app: INestApplicationContext | undefined;
  try {
    const config = loadConfig({
      JH_DATABASE_URL: `sqlite:${path.join(work, 'bench.db')}`,
      JH_OUTPUT_DIR: path.join(work, 'output'),
    });
    app = await NestFactory.createApplicationContext(WorkerContextModule.forRoot(config), { logger: ['error'] });
    const orchestrator = new TracedOrchestrator(app.get(CheckpointOrchestrator));
    const market = replicateDemoMarket(companies, path.join(work, 'market'));
    const run = async (): Promise<number> => {
      const started = performance.now();
      await orchestrator.start(
        demoRunConfig(newRunId(), path.join(work, 'output'), {
          companiesPath: market.companiesPath,
          snapshotDir: market.snapshotDir,
          formats: ['json'],
        }),
      );
      return performance.now() - started;
    };
    const tracing = async (on: boolean): Promise<void> => {
      if (on) await startTracing({ endpoint: collector.url, serviceName: 'job-hunter-bench' });
      else await stopTracing();
    };

    await run(); // JIT, the database file
    const spans: Record<'off' | 'on', number[]> = { off: [], on: [] };
    const runs: Record<'off' | 'on', number[]> = { off: [], on: [] };
    for (let i = 0; i < repeat; i++) {
      for (const mode of i % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
        await tracing(mode === 'on');
        // The run first: the span loop overfills the batch queue, which would drop the run's spans.
        runs[mode].push(await run());
        spans[mode].push(await perSpanNs());
      }
    }
    await stopTracing();
    const exported = collector.spans.filter((s) => s.name !== 'bench').length;
    const runOff = median(runs.off);
    const runOn = median(runs.on);
    console.log(`telemetry overhead (median of ${repeat}; Node ${process.version}, ${os.cpus().length} CPUs)`);
    console.log(`  inSpan, per span:   off ${median(spans.off).toFixed(0)} ns   on ${median(spans.on).toFixed(0)} ns`);
    console.log(
      `  checkpoint demo run, ${companies} companies:   off ${runOff.toFixed(0)} ms   on ${runOn.toFixed(0)} ms` +
        `   (${(((runOn - runOff) / runOff) * 100).toFixed(1)} %)`,
    );
    console.log(`  run spans received by the collector: ${exported} (${(exported / repeat).toFixed(0)} per run)`);
    if (cliRuns > 0) await cliBench(collector, work);
  } finally {
    await app?.close();
    await collector.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

void main();
