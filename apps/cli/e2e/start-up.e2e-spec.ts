import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, runCli, scratch } from './cli-harness';

/**
 * Packages an offline checkpoint run never uses: each is loaded on first use (a Temporal
 * connection, a paid Claude call) or not at all, so the CLI starts work sooner without them.
 */
const UNUSED_OFFLINE = ['@temporalio/client', '@temporalio/workflow', '@anthropic-ai/sdk', 'class-validator'];

/** The packages (node_modules/<name>) the built CLI had loaded when it exited. */
function loadedPackages(args: string[]): { code: number | null; packages: Set<string>; stderr: string } {
  const { dir, env } = scratch('start-up');
  try {
    const list = path.join(dir, 'modules.json');
    const preload = path.join(dir, 'list-modules.cjs');
    fs.writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));\n`,
    );
    const r = runCli(args, env, REPO_ROOT, ['-r', preload]);
    const files = JSON.parse(fs.readFileSync(list, 'utf8')) as string[];
    const packages = new Set(files.flatMap((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1] ?? []));
    return { code: r.code, packages, stderr: r.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('CLI start-up loads only what an offline run uses', () => {
  it('--help loads neither the Temporal client, the Anthropic SDK nor class-validator', () => {
    const { code, packages } = loadedPackages(['--help']);
    expect(code).toBe(0);
    // The probe works: Nest and commander are there.
    expect(packages).toContain('@nestjs/core');
    expect(UNUSED_OFFLINE.filter((p) => packages.has(p))).toEqual([]);
  });

  it('a whole offline demo run on the checkpoint pipeline loads none of them either', () => {
    const { code, packages, stderr } = loadedPackages(['demo', '--engine', 'heuristic', '--json']);
    expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
    expect(packages).toContain('typeorm');
    expect(UNUSED_OFFLINE.filter((p) => packages.has(p))).toEqual([]);
  });
});
