import { HostLeases, type HostLeaseStore } from './host-leases';
import { HostLimiter } from './host-semaphore';

/** The lease table in memory, shared by several HostLeases the way one database is shared by processes. */
class MemoryLeaseStore implements HostLeaseStore {
  readonly rows = new Map<string, { holder: string; expiresAt: number }>();
  renewals = 0;

  tryTake(key: string, slot: number, holder: string, expiresAt: number, now: number): Promise<boolean> {
    const row = this.rows.get(`${key}#${slot}`);
    if (row && row.expiresAt >= now) return Promise.resolve(false);
    this.rows.set(`${key}#${slot}`, { holder, expiresAt });
    return Promise.resolve(true);
  }

  renew(holder: string, expiresAt: number): Promise<void> {
    this.renewals++;
    for (const row of this.rows.values()) if (row.holder === holder) row.expiresAt = expiresAt;
    return Promise.resolve();
  }

  release(key: string, slot: number, holder: string): Promise<void> {
    if (this.rows.get(`${key}#${slot}`)?.holder === holder) this.rows.delete(`${key}#${slot}`);
    return Promise.resolve();
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `n` tasks through `limiters` in turn and returns the most that ran at once. */
async function peakOf(limiters: HostLimiter[], n: number, host = 'boards.example'): Promise<number> {
  let now = 0;
  let peak = 0;
  await Promise.all(
    Array.from({ length: n }, (_, i) =>
      limiters[i % limiters.length]?.run(host, async () => {
        peak = Math.max(peak, ++now);
        await pause(5);
        now--;
      }),
    ),
  );
  return peak;
}

describe('HostLeases', () => {
  const fast = { minWaitMs: 1, maxWaitMs: 4 };

  it('holds a per-host limit across limiters that share a store (as processes share the database)', async () => {
    const store = new MemoryLeaseStore();
    const limiters = [1, 2, 3].map(() => new HostLimiter(2, {}, new HostLeases(store, fast)));
    expect(await peakOf(limiters, 24)).toBe(2);
    expect(store.rows.size).toBe(0);
  });

  it('is what holds it: without the shared store three limiters allow three times the limit', async () => {
    const limiters = [1, 2, 3].map(() => new HostLimiter(2));
    expect(await peakOf(limiters, 24)).toBe(6);
  });

  it('keeps scopes apart, so a tenant limit and a host limit on one host do not share slots', async () => {
    const store = new MemoryLeaseStore();
    const leases = new HostLeases(store, fast);
    const keys: string[] = [];
    const spy = jest.spyOn(store, 'tryTake').mockImplementation((key) => {
      keys.push(key);
      return Promise.resolve(true);
    });
    await new HostLimiter(1, {}, leases, 'workday-list').run('acme.wd5.myworkdayjobs.com', async () => undefined);
    await new HostLimiter(4, {}, leases).run('acme.wd5.myworkdayjobs.com', async () => undefined);
    expect(keys).toEqual(['workday-list:acme.wd5.myworkdayjobs.com', 'host:acme.wd5.myworkdayjobs.com']);
    spy.mockRestore();
  });

  it('renews its leases while a task runs, and frees the slot when the task fails', async () => {
    const store = new MemoryLeaseStore();
    const leases = new HostLeases(store, { ...fast, ttlMs: 30 });
    await expect(
      leases.hold('host:slow', 1, async () => {
        await pause(60);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(store.renewals).toBeGreaterThanOrEqual(2);
    expect(store.rows.size).toBe(0);
    const before = store.renewals;
    await pause(40);
    expect(store.renewals).toBe(before); // no timer left behind
  });

  it('fails closed with a storage error when the lease table cannot be reached', async () => {
    const store = new MemoryLeaseStore();
    jest.spyOn(store, 'tryTake').mockRejectedValue(new Error('SQLITE_CANTOPEN'));
    const task = jest.fn();
    await expect(new HostLeases(store, fast).hold('host:x', 2, task)).rejects.toMatchObject({
      code: 'STORAGE_ERROR',
      retryable: true,
      message: expect.stringContaining('host:x (SQLITE_CANTOPEN)'),
    });
    expect(task).not.toHaveBeenCalled();
  });

  it("takes over a dead holder's slot once its lease expired", async () => {
    const store = new MemoryLeaseStore();
    await store.tryTake('host:x', 0, 'killed-worker', Date.now() + 50, Date.now());
    const started = Date.now();
    await new HostLeases(store, fast).hold('host:x', 1, async () => undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });
});
