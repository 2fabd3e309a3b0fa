/**
 * Market benchmark: the built CLI hunts the real recorded market (../shared/fixtures/real-market,
 * 243 boards, 5,699 jobs) from its snapshot with the offline engine, once per real resume, and
 * prints each run's wall and CPU time, peak memory, stage times and processing rate. It is not a test.
 *
 *   node -r ./tools/bench/register.cjs tools/bench/market-bench.ts [--runs 1]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { FIXTURES, RESUMES, formatRun, runCli, type RunFigures } from './cli-run';

const MARKET = path.join(FIXTURES, 'real-market');

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '1' } } });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<void> {
  if (!fs.existsSync(MARKET)) throw new Error(`The real market is missing: ${MARKET}`);
  const market = { companies: path.join(MARKET, 'companies.json'), snapshot: path.join(MARKET, 'snapshot') };
  const resumes = fs.readdirSync(RESUMES).filter((f) => f.endsWith('.pdf'));
  console.log(`real market: ${MARKET}, offline engine, ${resumes.length} resumes × ${args.runs} run(s)`);
  const all: RunFigures[] = [];
  for (let i = 0; i < Number(args.runs); i++) {
    for (const resume of resumes) {
      const f = await runCli(market, resume);
      all.push(f);
      console.log(formatRun(resume, f));
    }
  }
  const walls = all.map((f) => f.wallMs);
  const processing = all.map((f) => f.stages['processJobs'] ?? 0);
  const jobs = all[0]?.scraped ?? 0;
  console.log(
    `median wall ${(median(walls) / 1000).toFixed(2)} s, slowest ${(Math.max(...walls) / 1000).toFixed(2)} s, ` +
      `median cpu ${(median(all.map((f) => f.cpuMs)) / 1000).toFixed(2)} s, ` +
      `median processing ${Math.round(jobs / (median(processing) / 1000))} jobs/s, ` +
      `peak RSS ${Math.max(...all.map((f) => f.peakRssMb)).toFixed(0)} MB`,
  );
}

void main();
