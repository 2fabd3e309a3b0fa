import Database from 'better-sqlite3';
import * as path from 'node:path';
import type { RunResult } from '@job-hunter/domain';
import { runCli, scratch, startCli } from './cli-harness';

const LATENCY = { JH_SNAPSHOT_LATENCY_MS: '250' };

function scrapeCheckpoints(dbFile: string): { runId: string; n: number } | null {
  try {
    const db = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      const row = db
        .prepare(
          `SELECT run_id AS runId, COUNT(*) AS n FROM checkpoints WHERE stage = 'scrapeJobs' AND key <> '' GROUP BY run_id`,
        )
        .get() as { runId: string; n: number } | undefined;
      return row ?? null;
    } finally {
      db.close();
    }
  } catch {
    return null; // not created yet
  }
}

describe('--resume-from after SIGKILL (built CLI)', () => {
  it('continues a killed run to the same shortlist as an uninterrupted run', async () => {
    const whole = scratch('whole');
    const uninterrupted = runCli(['demo', '--json'], whole.env, whole.dir);
    expect(uninterrupted.code).toBe(0);
    const expected = JSON.parse(uninterrupted.stdout) as RunResult;

    const { dir, env } = scratch('killed');
    const dbFile = path.join(dir, 'jh.db');
    const child = startCli(['demo', '--json'], { ...env, ...LATENCY }, dir);
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    let seen: { runId: string; n: number } | null = null;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      seen = scrapeCheckpoints(dbFile);
      if (seen && seen.n >= 2) break;
      await new Promise((r) => setTimeout(r, 15));
    }
    expect(seen?.n).toBeGreaterThanOrEqual(2);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const runId = (seen as { runId: string }).runId;

    const before = scrapeCheckpoints(dbFile);
    const status = runCli(['status', runId, '--json'], env, dir);
    expect(JSON.parse(status.stdout)).toMatchObject({ runId, status: 'running', currentStage: 'scrapeJobs' });

    const resumed = runCli(['demo', '--json', '--resume-from', runId], env, dir);
    expect({ code: resumed.code, stderr: resumed.code === 0 ? '' : resumed.stderr }).toEqual({ code: 0, stderr: '' });
    const result = JSON.parse(resumed.stdout) as RunResult;
    expect(result.runId).toBe(runId);
    expect(before?.n).toBeLessThan(expected.stats.companiesAttempted);

    const view = (r: RunResult) => r.jobs.map((j) => [j.rank, j.score, j.company, j.title, j.applyUrl]);
    expect(view(result)).toEqual(view(expected));
    expect(result.stats).toEqual(expected.stats);
    // The resumed run shows the reading it goes on with, and keeps it in its result.
    expect(resumed.stderr).toContain('What we understood: Roles: ');
    expect(result.reading).toEqual(expected.reading);
    expect(new Set(result.jobs.map((j) => j.applyUrl)).size).toBe(result.jobs.length);
  });
});
