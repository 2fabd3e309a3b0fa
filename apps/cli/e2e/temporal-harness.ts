import type { ChildProcess } from 'node:child_process';
import Database from 'better-sqlite3';
import type { RunResult } from '@job-hunter/domain';

/** What must not differ between two runs of the same inputs, whichever orchestrator ran them. */
export function comparable(r: RunResult): Pick<RunResult, 'status' | 'engine' | 'stats' | 'errors' | 'jobs'> {
  return { status: r.status, engine: r.engine, stats: r.stats, errors: r.errors, jobs: r.jobs };
}

export interface Exited {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Collects a child's output and resolves when it exits. */
export function exitOf(child: ChildProcess): Promise<Exited> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

export async function waitFor<T>(
  what: string,
  probe: () => T | undefined,
  timeoutMs: number,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Per-company scrape checkpoints stored so far (any run), or undefined before the schema exists. */
export function companyCheckpoints(dbFile: string): number | undefined {
  let db: Database.Database | undefined;
  try {
    db = new Database(dbFile, { readonly: true, fileMustExist: true });
    const row = db.prepare("SELECT count(*) AS n FROM checkpoints WHERE stage = 'scrapeJobs' AND key != ''").get() as {
      n: number;
    };
    return row.n;
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}
