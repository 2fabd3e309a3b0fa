/**
 * Worker start-up benchmark: the built CLI's `demo --temporal --with-worker` (workers started
 * inside the run, so their start is on the clock) against `demo` on the checkpoint pipeline,
 * each a fresh process and database, on a local Temporal dev server. Needs `npm run build`.
 * Prints wall times; it is not a test.
 *
 *   node -r ./tools/bench/register.cjs tools/bench/worker-start-bench.ts [--repeat 3]
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { childEnv, startDevServer } from '@job-hunter/testing';
import { CLI_MAIN } from './cli-run';
import { median } from './median';

const { values: args } = parseArgs({ options: { repeat: { type: 'string', default: '3' } } });
const repeat = Number(args.repeat);
const root = path.resolve(__dirname, '../..');

function timedDemo(extra: string[], env: Record<string, string>): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-start-bench-'));
  try {
    const started = performance.now();
    const run = spawnSync(process.execPath, [CLI_MAIN, 'demo', '--engine', 'heuristic', '--json', ...extra], {
      cwd: root,
      env: childEnv({ ...env, JH_DATABASE_URL: `sqlite:${path.join(dir, 'jh.db')}`, JH_OUTPUT_DIR: dir }),
      encoding: 'utf8',
    });
    const ms = performance.now() - started;
    if (run.status !== 0) throw new Error(`demo ${extra.join(' ')} exited ${run.status}: ${run.stderr.slice(-2000)}`);
    return ms;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const sec = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

async function run(): Promise<void> {
  if (!fs.existsSync(CLI_MAIN)) throw new Error(`build the CLI first (npm run build): ${CLI_MAIN} is missing`);
  const server = await startDevServer();
  try {
    const env = { JH_TEMPORAL_ADDRESS: server.address };
    const checkpoint: number[] = [];
    const temporal: number[] = [];
    for (let i = 0; i < repeat; i++) {
      checkpoint.push(timedDemo([], env));
      temporal.push(timedDemo(['--temporal', '--with-worker'], env));
    }
    const [cp, tp] = [median(checkpoint), median(temporal)];
    process.stdout.write(
      [
        `worker start benchmark: built CLI, demo market (10 companies), fresh process and database each, ` +
          `${os.cpus().length} cores, node ${process.version}, median of ${repeat}`,
        `  demo (checkpoint):                 ${sec(cp)}  (all: ${checkpoint.map(sec).join(', ')})`,
        `  demo --temporal --with-worker:     ${sec(tp)}  (all: ${temporal.map(sec).join(', ')})`,
        `  Temporal - checkpoint:             ${sec(tp - cp)} (${(tp / cp).toFixed(2)}x)`,
      ].join('\n') + '\n',
    );
  } finally {
    await server.stop();
  }
}

run().catch((error: unknown) => {
  process.stderr.write(`worker-start-bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
