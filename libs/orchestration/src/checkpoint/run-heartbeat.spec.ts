import { RunHeartbeat, STALE_RUN_MS, staleSince } from './run-heartbeat';

describe('staleSince', () => {
  const now = new Date('2026-01-02T12:00:00.000Z');
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const run = (over: Partial<Parameters<typeof staleSince>[0]>) => ({
    status: 'running' as const,
    heartbeatAt: ago(1000),
    updatedAt: ago(STALE_RUN_MS * 3),
    ...over,
  });

  it('calls a running run with a recent heartbeat alive', () => {
    expect(staleSince(run({}), now)).toBeUndefined();
    expect(staleSince(run({ heartbeatAt: ago(STALE_RUN_MS) }), now)).toBeUndefined();
  });

  it('names the last heartbeat of a running run silent for longer than the limit', () => {
    const last = ago(STALE_RUN_MS + 1);
    expect(staleSince(run({ heartbeatAt: last }), now)).toBe(last);
  });

  it('judges a run stored before heartbeats by its last update', () => {
    expect(staleSince(run({ heartbeatAt: null }), now)).toBe(ago(STALE_RUN_MS * 3));
    expect(staleSince(run({ heartbeatAt: null, updatedAt: ago(1000) }), now)).toBeUndefined();
  });

  it('leaves runs that are not running alone', () => {
    for (const status of ['success', 'partial', 'failed', 'interrupted'] as const) {
      expect(staleSince(run({ status, heartbeatAt: ago(STALE_RUN_MS * 2) }), now)).toBeUndefined();
    }
  });
});

describe('RunHeartbeat', () => {
  it('beats at once, on every step hook (still calling it), never two writes at a time, and stops', async () => {
    const writes: Array<() => void> = [];
    const write = () => new Promise<void>((resolve) => writes.push(resolve));
    const heartbeat = new RunHeartbeat(write, 60_000);
    expect(writes).toHaveLength(1);
    // A class instance, as the CLI's progress display is: its methods live on the prototype.
    class Display {
      readonly seen: string[] = [];
      onStageStart(stage: string): void {
        this.seen.push(stage);
      }
      onNotice(message: string): void {
        this.seen.push(message);
      }
    }
    const display = new Display();
    const seen = display.seen;
    const hooks = heartbeat.around(display);
    hooks.onNotice('budget warning');
    hooks.onStageStart('scrapeJobs');
    expect(writes).toHaveLength(1); // the first write is still in flight
    writes[0]?.();
    await new Promise((r) => setImmediate(r));
    hooks.onScrapeProgress(1, 2, 'Acme');
    expect(writes).toHaveLength(2);
    expect(seen).toEqual(['budget warning', 'scrapeJobs']);
    writes[1]?.();
    await heartbeat.stop();
  });

  it('never fails the run when a write fails', async () => {
    const heartbeat = new RunHeartbeat(() => Promise.reject(new Error('database gone')), 60_000);
    await expect(heartbeat.stop()).resolves.toBeUndefined();
  });
});
