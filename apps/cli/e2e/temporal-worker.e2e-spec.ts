import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { errorMessage, type RunResult } from '@job-hunter/domain';
import { startDevServer, type DevServer } from '@job-hunter/testing';
import { runCli, scratch, startCli } from './cli-harness';
import { comparable, companyCheckpoints, exitOf, waitFor, type Exited } from './temporal-harness';

/** Bytes in the history (payloads) as text, so a secret cannot hide in an encoding. */
function historyText(history: unknown): string {
  return JSON.stringify(history, (_key, value: unknown) => {
    const buffer = value as { type?: string; data?: number[] };
    if (buffer && buffer.type === 'Buffer' && Array.isArray(buffer.data))
      return Buffer.from(buffer.data).toString('utf8');
    if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
    return value;
  });
}

/** The last lines a child printed, for a failure message. */
function tail(exited: Exited): string {
  return `${exited.stdout}${exited.stderr}`.trim().split('\n').slice(-30).join('\n');
}

describe('job-hunter worker + run --temporal (built CLI, Temporal dev server)', () => {
  let server: DevServer;
  let reference: RunResult;

  beforeAll(async () => {
    server = await startDevServer();
    const ref = runCli(['demo', '--json'], scratch('tp-ref').env);
    expect(ref.code).toBe(0);
    reference = JSON.parse(ref.stdout) as RunResult;
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('survives a worker killed mid-scrape: a new worker finishes the run with the same shortlist', async () => {
    const { dir, env: base } = scratch('tp-kill');
    // Slow replay, so the scrape is still going when the first worker dies.
    const env = { ...base, JH_TEMPORAL_ADDRESS: server.address, JH_SNAPSHOT_LATENCY_MS: '300' };
    const dbFile = path.join(dir, 'jh.db');
    const first = startCli(['worker'], env);
    const firstExit = exitOf(first);
    const runner = startCli(['demo', '--temporal', '--json'], env);
    const run = exitOf(runner);
    let firstGone: Exited | undefined;
    void firstExit.then((exited) => (firstGone = exited));

    let atKill: number;
    try {
      atKill = await waitFor(
        'a per-company checkpoint',
        () => {
          // A worker that died at start (say, a dist/ rebuilt under it) must not cost a blind 90 s wait.
          if (firstGone) throw new Error(`the first worker exited (${firstGone.code ?? firstGone.signal}) too early`);
          const n = companyCheckpoints(dbFile);
          return n !== undefined && n > 0 ? n : undefined;
        },
        90_000,
      );
    } catch (error) {
      // Say why, with what the worker and the run printed, and leave neither behind.
      runner.kill('SIGKILL');
      first.kill('SIGKILL');
      const [worker, started] = [await firstExit, await run];
      throw new Error(
        `${errorMessage(error)}\n--- first worker:\n${tail(worker)}\n--- run --temporal:\n${tail(started)}`,
      );
    } finally {
      // Killed on every path: a worker left polling would take the next test's tasks.
      first.kill('SIGKILL');
    }
    expect((await firstExit).signal).toBe('SIGKILL');
    expect(atKill).toBeLessThan(reference.stats.companiesAttempted);

    const second = startCli(['worker'], env);
    const secondExit = exitOf(second);
    try {
      const done = await run;
      expect({ code: done.code, stderr: done.code === 0 ? '' : done.stderr }).toEqual({ code: 0, stderr: '' });
      const result = JSON.parse(done.stdout) as RunResult;
      expect(result.orchestrator).toBe('temporal');
      expect(comparable(result)).toEqual(comparable(reference));
      expect(new Set(result.jobs.map((j) => j.applyUrl)).size).toBe(result.jobs.length);
      expect(companyCheckpoints(dbFile)).toBe(reference.stats.companiesAttempted);
    } finally {
      // Stopped even when an expectation failed: a worker left polling would take the next test's tasks.
      second.kill('SIGTERM');
    }
    expect((await secondExit).code).toBe(0);
  }, 180_000);

  it('keeps secrets out of the workflow history', async () => {
    const canary = `sk-test-canary-${randomBytes(6).toString('hex')}`;
    const { env: base } = scratch('tp-canary');
    const env = { ...base, JH_TEMPORAL_ADDRESS: server.address, JH_ANTHROPIC_API_KEY: canary };
    const run = runCli(['demo', '--temporal', '--with-worker', '--engine', 'heuristic', '--json'], env);
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
    const result = JSON.parse(run.stdout) as RunResult;
    expect(result.orchestrator).toBe('temporal');

    const connection = await Connection.connect({ address: server.address });
    try {
      const history = await new Client({ connection }).workflow.getHandle(result.runId).fetchHistory();
      const text = historyText(history);
      expect(text).toContain(result.runId); // the payloads were decoded: a leak would show
      expect(text).not.toContain(canary);
      expect(run.stderr).not.toContain(canary);
    } finally {
      await connection.close();
    }
  }, 120_000);
});
