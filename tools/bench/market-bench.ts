/**
 * Market benchmark: the built CLI hunts the real recorded market (../shared/fixtures/real-market,
 * 243 boards, 5,699 jobs) from its snapshot with the offline engine, once per real resume, and
 * prints each run's wall time, peak memory (the run's VmHWM, sampled) and counts. It is not a test.
 *
 *   node -r ./tools/bench/register.cjs tools/bench/market-bench.ts [--runs 1]
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { childEnv } from '@job-hunter/testing';

const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'dist/apps/cli/src/main.js');
const FIXTURES = path.resolve(ROOT, '../shared/fixtures');
const MARKET = path.join(FIXTURES, 'real-market');
const RESUMES = path.join(FIXTURES, 'real/resumes');
const PREFS = 'Roles that fit my resume, remote within the US or on-site in a US city.';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '1' } } });

interface Figures {
  resume: string;
  wallMs: number;
  maxRssMb: number;
  scraped: number;
  shortlisted: number;
}

/** The child's peak resident memory so far (Linux: VmHWM), in MB; 0 once it has exited. */
function peakRssMb(pid: number): number {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kb ?? 0) / 1024;
  } catch {
    return 0;
  }
}

async function hunt(resume: string): Promise<Figures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-market-bench-'));
  const env = childEnv({ JH_DATABASE_URL: `sqlite:${path.join(dir, 'jh.db')}`, JH_OUTPUT_DIR: dir });
  const args = [MAIN, 'run', path.join(RESUMES, resume), '--prefs', PREFS, '--companies'];
  args.push(path.join(MARKET, 'companies.json'), '--snapshot', path.join(MARKET, 'snapshot'));
  args.push('--engine', 'heuristic', '--json');
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
  let stdout = '';
  let maxRssMb = 0;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  const sampler = setInterval(() => (maxRssMb = Math.max(maxRssMb, peakRssMb(child.pid ?? 0))), 20);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const wallMs = performance.now() - started;
  fs.rmSync(dir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`the run for ${resume} ended with exit code ${code}`);
  const result = JSON.parse(stdout) as { stats: { jobsScraped: number; jobsInOutput: number } };
  return { resume, wallMs, maxRssMb, scraped: result.stats.jobsScraped, shortlisted: result.stats.jobsInOutput };
}

async function main(): Promise<void> {
  if (!fs.existsSync(MAIN)) throw new Error(`Build the CLI first (make build): ${MAIN} is missing.`);
  if (!fs.existsSync(MARKET)) throw new Error(`The real market is missing: ${MARKET}`);
  const resumes = fs.readdirSync(RESUMES).filter((f) => f.endsWith('.pdf'));
  console.log(`real market: ${MARKET}, offline engine, ${resumes.length} resumes × ${args.runs} run(s)`);
  const all: Figures[] = [];
  for (let i = 0; i < Number(args.runs); i++) {
    for (const resume of resumes) {
      const f = await hunt(resume);
      all.push(f);
      console.log(
        `  ${f.resume.padEnd(30)} ${(f.wallMs / 1000).toFixed(2)} s  peak RSS ${f.maxRssMb.toFixed(0)} MB  ` +
          `${f.scraped} jobs read, ${f.shortlisted} shortlisted`,
      );
    }
  }
  const walls = all.map((f) => f.wallMs).sort((a, b) => a - b);
  const median = walls[Math.floor(walls.length / 2)] ?? 0;
  console.log(
    `median wall ${(median / 1000).toFixed(2)} s, slowest ${((walls.at(-1) ?? 0) / 1000).toFixed(2)} s, ` +
      `peak RSS ${Math.max(...all.map((f) => f.maxRssMb)).toFixed(0)} MB`,
  );
}

void main();
