/**
 * Scale benchmark: the built CLI hunts a generated market with real-sized descriptions (see
 * generated-market.ts) at each size, a fresh process per size so each peak RSS is that size's own,
 * and prints wall and CPU time, stage times, processing rate, peak RSS and how time grows with size.
 * It is not a test.
 *
 *   node -r ./tools/bench/register.cjs tools/bench/scale-bench.ts [--sizes 10000,50000] [--resume X.pdf]
 *        [--cli path/to/dist/apps/cli/src/main.js]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { CLI_MAIN, formatRun, runCli, type RunFigures } from './cli-run';
import { writeGeneratedMarket } from './generated-market';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,50000' },
    resume: { type: 'string', default: 'bruce_wayne_fullstack.pdf' },
    cli: { type: 'string', default: CLI_MAIN },
  },
});

async function main(): Promise<void> {
  const sizes = (args.sizes ?? '').split(',').map(Number);
  console.log(`generated market from real postings, offline engine, resume ${args.resume}`);
  const runs: Array<[number, RunFigures]> = [];
  for (const size of sizes) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-scale-bench-'));
    try {
      const figures = await runCli(writeGeneratedMarket(dir, size), args.resume ?? '', args.cli);
      runs.push([size, figures]);
      console.log(formatRun(`${size} jobs`, figures));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const [first, last] = [runs[0], runs.at(-1)];
  if (first && last && last !== first) {
    const ratio = (pick: (f: RunFigures) => number) => (pick(last[1]) / pick(first[1])).toFixed(2);
    console.log(
      `time(${last[0]})/time(${first[0]}): wall ${ratio((f) => f.wallMs)}, cpu ${ratio((f) => f.cpuMs)}, ` +
        `processing ${ratio((f) => f.stages['processJobs'] ?? 0)}`,
    );
  }
}

void main();
