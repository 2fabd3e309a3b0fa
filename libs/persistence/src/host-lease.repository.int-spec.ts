import type { DataSource } from 'typeorm';
import { postgresAvailable, postgresTarget, sqliteTarget } from '@job-hunter/testing';
import type { Target } from '@job-hunter/testing';
import { openDataSource, runMigrations } from './data-source';
import { HostLeaseRepository } from './host-lease.repository';
import { HostLeases1767661200000 } from './migrations/host-leases.migration';

const T0 = 1_800_000_000_000;

describe.each([
  ['sqlite', sqliteTarget, true],
  ['postgres', postgresTarget, postgresAvailable()],
] as const)('host leases on %s', (_name, makeTarget, enabled) => {
  const maybe = enabled ? describe : describe.skip;

  maybe('with a migrated database', () => {
    let target: Target;
    // Two DataSources on one database stand for two worker processes.
    let first: DataSource;
    let second: DataSource;
    let a: HostLeaseRepository;
    let b: HostLeaseRepository;

    beforeAll(async () => {
      target = await makeTarget();
      await runMigrations(target.db, target.overrides);
      first = await openDataSource(target.db, target.overrides);
      second = await openDataSource(target.db, target.overrides);
      a = new HostLeaseRepository(first);
      b = new HostLeaseRepository(second);
    });
    afterAll(async () => {
      for (const ds of [first, second]) if (ds?.isInitialized) await ds.destroy();
      await target?.cleanup();
    });

    it('applies its migration idempotently', async () => {
      const runner = first.createQueryRunner();
      try {
        await new HostLeases1767661200000().up(runner);
        expect((await runner.getTable('host_leases'))?.primaryColumns.map((c) => c.name).sort()).toEqual([
          'lease_key',
          'slot',
        ]);
      } finally {
        await runner.release();
      }
    });

    it('gives a slot to one holder until it is released', async () => {
      expect(await a.tryTake('host:x', 0, 'A', T0 + 30_000, T0)).toBe(true);
      expect(await b.tryTake('host:x', 0, 'B', T0 + 30_000, T0)).toBe(false);
      // Another slot, or another key, is free.
      expect(await b.tryTake('host:x', 1, 'B', T0 + 30_000, T0)).toBe(true);
      expect(await b.tryTake('host:y', 0, 'B', T0 + 30_000, T0)).toBe(true);
      // Only the holder's own release frees it.
      await b.release('host:x', 0, 'B');
      expect(await b.tryTake('host:x', 0, 'B', T0 + 30_000, T0)).toBe(false);
      await a.release('host:x', 0, 'A');
      expect(await b.tryTake('host:x', 0, 'B', T0 + 30_000, T0)).toBe(true);
    });

    it('lets an expired lease be taken over, and a renewed one not', async () => {
      expect(await a.tryTake('host:z', 0, 'A', T0 + 1_000, T0)).toBe(true);
      expect(await a.tryTake('host:z', 1, 'A', T0 + 1_000, T0)).toBe(true);
      await a.renew('A', T0 + 60_000);
      // Slot 0 and 1 were renewed: still held at T0 + 2 s.
      expect(await b.tryTake('host:z', 0, 'B', T0 + 32_000, T0 + 2_000)).toBe(false);
      // Past the renewed expiry, the dead holder's slot goes to the next one.
      expect(await b.tryTake('host:z', 1, 'B', T0 + 90_000, T0 + 60_001)).toBe(true);
      await a.release('host:z', 1, 'A'); // too late: no longer A's, so B keeps it
      expect(await a.tryTake('host:z', 1, 'A', T0 + 90_000, T0 + 60_002)).toBe(false);
    });

    it('never gives one slot to two holders racing for it', async () => {
      const holders = Array.from({ length: 12 }, (_, i) => `R${i}`);
      const won = await Promise.all(holders.map((h, i) => (i % 2 ? a : b).tryTake('host:race', 0, h, T0 + 30_000, T0)));
      expect(won.filter(Boolean)).toHaveLength(1);
    });
  });
});
