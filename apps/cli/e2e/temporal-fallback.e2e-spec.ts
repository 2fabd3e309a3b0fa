import type { RunResult } from '@job-hunter/domain';
import { freePort } from '@job-hunter/testing';
import { runCli, scratch } from './cli-harness';

describe('run --temporal with Temporal unreachable (built CLI)', () => {
  let address: string;

  beforeAll(async () => {
    // A loopback port nothing listens on (bound, then released).
    address = `127.0.0.1:${await freePort()}`;
  });

  it('falls back to the checkpoint pipeline with a warning', () => {
    const { env } = scratch('tp-fallback');
    const run = runCli(['demo', '--temporal', '--json'], { ...env, JH_TEMPORAL_ADDRESS: address });
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
    expect((JSON.parse(run.stdout) as RunResult).orchestrator).toBe('checkpoint');
    expect(run.stderr).toMatch(/WARN.*checkpoint/i);
    expect(run.stderr).toContain(address);
  });

  it('fails with exit 1 naming the address when JH_TEMPORAL_FALLBACK=false', () => {
    const { env } = scratch('tp-nofallback');
    const run = runCli(['demo', '--temporal', '--json'], {
      ...env,
      JH_TEMPORAL_ADDRESS: address,
      JH_TEMPORAL_FALLBACK: 'false',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(address);
  });

  it('`worker` exits 1 naming the address, and 2 on an unknown queue', () => {
    const { env } = scratch('tp-worker');
    const unreachable = runCli(['worker'], { ...env, JH_TEMPORAL_ADDRESS: address });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain(address);
    const bad = runCli(['worker', '--queue', 'gpu'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--queue');
  });
});
