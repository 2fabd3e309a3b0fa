/**
 * API benchmark: 1,000 stored runs, each with a real-sized result (the demo's, run once by the built
 * CLI, copied under new run ids), in SQLite; then the built API (a child process) answers
 * GET /runs/:id/results for random runs and GET /runs page by page, timed from this process
 * (one request at a time, after a warm-up). Prints p50/p95/p99 in milliseconds. It is not a test.
 *
 *   node -r ./tools/bench/register.cjs tools/bench/api-bench.ts [--runs 1000] [--requests 500]
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { RunResult } from '@job-hunter/domain';
import { RunRepository, openDataSource } from '@job-hunter/persistence';
import { childEnv, demoRunConfig, startBuiltApi } from '@job-hunter/testing';
import { CLI_MAIN } from './cli-run';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    requests: { type: 'string', default: '500' },
  },
});
const TOKEN = 'api-bench-token';
const WARM_UP = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function summary(label: string, ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1);
  return `${label}: n=${ms.length} p50 ${f(percentile(sorted, 50))} ms, p95 ${f(percentile(sorted, 95))} ms, p99 ${f(percentile(sorted, 99))} ms, max ${f(sorted.at(-1) ?? NaN)} ms`;
}

/** The demo's result, from one offline run of the built CLI. */
function demoResult(dir: string): RunResult {
  const out = path.join(dir, 'demo-output');
  execFileSync(process.execPath, [CLI_MAIN, 'demo', '--engine', 'heuristic', '--format', 'json', '--output-dir', out], {
    env: childEnv({ JH_DATABASE_URL: `sqlite:${path.join(dir, 'demo.db')}` }),
    stdio: 'ignore',
  });
  const [runDir = ''] = fs.readdirSync(out);
  return JSON.parse(fs.readFileSync(path.join(out, runDir, 'results.json'), 'utf8')) as RunResult;
}

async function storeRuns(dbPath: string, template: RunResult, count: number): Promise<string[]> {
  const dataSource = await openDataSource({ type: 'sqlite', url: `sqlite:${dbPath}`, sqlitePath: dbPath });
  const runs = new RunRepository(dataSource);
  const ids: string[] = [];
  const start = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < count; i++) {
    const runId = `bench-${String(i).padStart(5, '0')}`;
    const startedAt = new Date(start + i * 3_600_000).toISOString();
    const finishedAt = new Date(start + i * 3_600_000 + 60_000).toISOString();
    await runs.create({
      id: runId,
      orchestrator: 'checkpoint',
      engine: 'heuristic',
      config: demoRunConfig(runId, path.dirname(dbPath)),
      startedAt,
    });
    await runs.saveResult(runId, { ...template, runId, startedAt, finishedAt });
    ids.push(runId);
  }
  await dataSource.destroy();
  return ids;
}

/** One request, timed until its whole body has arrived. */
async function timed(url: string): Promise<{ ms: number; body: string }> {
  const started = performance.now();
  const res = await fetch(url, { headers: { Authorization: `Bearer ${TOKEN}` } });
  const body = await res.text();
  const ms = performance.now() - started;
  if (!res.ok) throw new Error(`${url}: ${res.status} ${body.slice(0, 300)}`);
  return { ms, body };
}

async function main(): Promise<void> {
  const count = Number(args.runs);
  const requests = Number(args.requests);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-api-bench-'));
  try {
    const template = demoResult(dir);
    const dbPath = path.join(dir, 'api.db');
    const storing = performance.now();
    const ids = await storeRuns(dbPath, template, count);
    const resultBytes = Buffer.byteLength(JSON.stringify(template));
    console.log(
      `${count} runs stored in ${((performance.now() - storing) / 1000).toFixed(1)} s, each result ${(resultBytes / 1024).toFixed(1)} KB ` +
        `(${template.jobs.length} jobs), SQLite file ${(fs.statSync(dbPath).size / 1048576).toFixed(1)} MB; ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(2)}`,
    );
    const api = await startBuiltApi({
      JH_API_TOKEN: TOKEN,
      JH_DATABASE_URL: `sqlite:${dbPath}`,
      JH_OUTPUT_DIR: path.join(dir, 'output'),
      JH_LOG_LEVEL: 'warn',
    });
    try {
      const pick = () => ids[Math.floor(Math.random() * ids.length)] ?? '';
      for (let i = 0; i < WARM_UP; i++) await timed(`${api.base}/runs/${pick()}/results`);
      const results: number[] = [];
      let bytes = 0;
      for (let i = 0; i < requests; i++) {
        const { ms, body } = await timed(`${api.base}/runs/${pick()}/results`);
        results.push(ms);
        bytes = Buffer.byteLength(body);
      }
      console.log(summary(`GET /runs/:id/results (${(bytes / 1024).toFixed(1)} KB each)`, results));
      for (const limit of [20, 100]) {
        const pages: number[] = [];
        let before: string | null = null;
        do {
          const { ms, body } = await timed(`${api.base}/runs?limit=${limit}${before ? `&before=${before}` : ''}`);
          pages.push(ms);
          before = (JSON.parse(body) as { next: string | null }).next;
        } while (before);
        console.log(summary(`GET /runs?limit=${limit}, every page of ${count} runs`, pages));
      }
    } finally {
      await api.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
