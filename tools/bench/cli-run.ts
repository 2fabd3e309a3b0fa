/**
 * One offline run of the built CLI over a recorded market (a snapshot directory and its companies
 * file), measured from outside: wall time, CPU time, peak resident memory (the child's VmHWM: a
 * high-water mark, so the last reading before exit holds the peak however briefly it lasted), and
 * each stage's duration, from the moments its "[n/8] stage…" progress line reached us. Shared by the
 * market and scale benches; a child process per run keeps one run's memory out of the next's figures.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { childEnv } from '@job-hunter/testing';

const ROOT = path.resolve(__dirname, '../..');
export const CLI_MAIN = path.join(ROOT, 'dist/apps/cli/src/main.js');
export const FIXTURES = path.resolve(ROOT, '../shared/fixtures');
export const RESUMES = path.join(FIXTURES, 'real/resumes');
const PREFS = 'Roles that fit my resume, remote within the US or on-site in a US city.';
const STAGE_LINE = /^\[\d+\/\d+\] (\w+)/;

export interface MarketDir {
  companies: string;
  snapshot: string;
}

export interface RunFigures {
  wallMs: number;
  /** User + system CPU of the run's process: less shaken than wall time on a busy machine. */
  cpuMs: number;
  peakRssMb: number;
  scraped: number;
  shortlisted: number;
  /** Stage name → milliseconds, in run order. */
  stages: Record<string, number>;
  /** Stage name → the highest resident memory sampled while it ran (VmRSS every 20 ms), in MB. */
  stageRssMb: Record<string, number>;
}

/** Peak resident memory and CPU time of a process, from /proc (Linux), while it still exists. */
function procFigures(pid: number): { peakRssMb: number; rssMb: number; cpuMs: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { peakRssMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024, cpuMs: ticks * 10 };
  } catch {
    return { peakRssMb: 0, rssMb: 0, cpuMs: 0 };
  }
}

/** Durations between consecutive stage starts; the last stage ends when the process does. */
function stageDurations(starts: Array<[string, number]>, end: number): Record<string, number> {
  const out: Record<string, number> = {};
  starts.forEach(([name, at], i) => (out[name] = (starts[i + 1]?.[1] ?? end) - at));
  return out;
}

/**
 * Runs `job-hunter run` with the offline engine; /proc is read every 20 ms until the child ends. `main`
 * may name another build's CLI (e.g. a copy of dist/ with one change) to compare two builds.
 */
export async function runCli(market: MarketDir, resume: string, main = CLI_MAIN): Promise<RunFigures> {
  if (!fs.existsSync(main)) throw new Error(`Build the CLI first (make build): ${main} is missing.`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-cli-bench-'));
  const env = childEnv({ JH_DATABASE_URL: `sqlite:${path.join(dir, 'jh.db')}`, JH_OUTPUT_DIR: dir });
  const args = [main, 'run', path.join(RESUMES, resume), '--prefs', PREFS, '--companies', market.companies];
  args.push('--snapshot', market.snapshot, '--engine', 'heuristic', '--json');
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const starts: Array<[string, number]> = [];
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => {
    const now = performance.now();
    for (const line of chunk.toString('utf8').split('\n')) {
      const stage = STAGE_LINE.exec(line)?.[1];
      if (stage) starts.push([stage, now]);
    }
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  // Both figures only grow; an exited child's /proc entry reads as zeros (or no VmHWM), so keep the highest.
  const last = { peakRssMb: 0, cpuMs: 0 };
  const stageRssMb: Record<string, number> = {};
  const sampler = setInterval(() => {
    const now = procFigures(child.pid ?? 0);
    last.peakRssMb = Math.max(last.peakRssMb, now.peakRssMb);
    last.cpuMs = Math.max(last.cpuMs, now.cpuMs);
    const stage = starts.at(-1)?.[0];
    if (stage) stageRssMb[stage] = Math.max(stageRssMb[stage] ?? 0, now.rssMb);
  }, 20);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const wallMs = performance.now() - started;
  fs.rmSync(dir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`the run for ${resume} ended with exit code ${code}:\n${stderr}`);
  const result = JSON.parse(stdout) as { stats: { jobsScraped: number; jobsInOutput: number } };
  return {
    wallMs,
    ...last,
    scraped: result.stats.jobsScraped,
    shortlisted: result.stats.jobsInOutput,
    stages: stageDurations(starts, started + wallMs),
    stageRssMb,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** One line of figures, and one of stage times with the processing rate. */
export function formatRun(label: string, f: RunFigures): string {
  const processing = f.stages['processJobs'] ?? 0;
  const rate = processing > 0 ? Math.round(f.scraped / (processing / 1000)) : 0;
  const stages = Object.entries(f.stages)
    .map(([name, ms]) => `${name} ${seconds(ms)} (${(f.stageRssMb[name] ?? 0).toFixed(0)} MB)`)
    .join(', ');
  return (
    `  ${label.padEnd(30)} wall ${seconds(f.wallMs)}  cpu ${seconds(f.cpuMs)}  peak RSS ${f.peakRssMb.toFixed(0)} MB  ` +
    `${f.scraped} jobs read, ${f.shortlisted} shortlisted, processing ${rate} jobs/s\n    stages (highest RSS): ${stages}`
  );
}
