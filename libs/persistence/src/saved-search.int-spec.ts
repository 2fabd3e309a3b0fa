import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Understanding } from '@job-hunter/domain';
import { postgresAvailable, postgresTarget, sqliteTarget, type Target } from '@job-hunter/testing';
import { openDataSource, runMigrations } from './data-source';
import { SavedSearches1767921000000 } from './migrations/saved-searches.migration';
import { SavedSearchRepository, type NewSavedSearch } from './saved-search.repository';

const T0 = new Date('2026-12-01T07:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const HOUR = 3_600_000;

const understanding = {
  reading: { roles: ['backend engineer'] },
  readBy: 'rules',
  disagreements: [],
  warnings: [],
} as unknown as Understanding;

function search(name: string, extra: Partial<NewSavedSearch> = {}): NewSavedSearch {
  return {
    name,
    resume: { name: 'resume.pdf', data: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]) },
    prefs: { text: 'senior backend in Berlin' },
    understanding,
    options: { top: '20', snapshot: '/data/snap', companies: { name: 'companies.yaml', text: '- name: A\n' } },
    schedule: { everyMs: 24 * HOUR },
    nextDueAt: T0.toISOString(),
    ...extra,
  };
}

describe.each([
  ['sqlite', sqliteTarget, true],
  ['postgres', postgresTarget, postgresAvailable()],
] as const)('saved searches on %s', (_name, makeTarget, enabled) => {
  const maybe = enabled ? describe : describe.skip;

  maybe('store', () => {
    let target: Target;
    // Two DataSources on one database stand for two `search run --due` processes.
    let first: DataSource;
    let second: DataSource;
    let a: SavedSearchRepository;
    let b: SavedSearchRepository;

    beforeAll(async () => {
      target = await makeTarget();
      await runMigrations(target.db, target.overrides);
      first = await openDataSource(target.db, target.overrides);
      second = await openDataSource(target.db, target.overrides);
      a = new SavedSearchRepository(first);
      b = new SavedSearchRepository(second);
    });
    const idOf = async (name: string): Promise<string> => {
      const found = await a.getByName(name);
      if (!found) throw new Error(`no search ${name}`);
      return found.id;
    };
    afterAll(async () => {
      for (const ds of [first, second]) if (ds?.isInitialized) await ds.destroy();
      await target?.cleanup();
    });

    it('applies its migration idempotently', async () => {
      const runner = first.createQueryRunner();
      try {
        await new SavedSearches1767921000000().up(runner);
        const table = await runner.getTable('saved_searches');
        expect(table?.primaryColumns.map((c) => c.name)).toEqual(['id']);
        expect(table?.indices.map((i) => i.name)).toContain('IDX_saved_searches_next_due_at');
      } finally {
        await runner.release();
      }
    });

    it('keeps every input as given, the resume bytes and a schedule included', async () => {
      const saved = await a.create(search('berlin'), T0);
      expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
      const read = await b.getByName('berlin');
      expect(read?.resume.data.equals(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]))).toBe(true);
      expect(read?.resume.sha256).toBe(
        createHash('sha256')
          .update(read?.resume.data ?? '')
          .digest('hex'),
      );
      expect(read).toMatchObject({
        name: 'berlin',
        prefs: { text: 'senior backend in Berlin' },
        understanding,
        options: { top: '20', snapshot: '/data/snap', companies: { name: 'companies.yaml', text: '- name: A\n' } },
        schedule: { everyMs: 24 * HOUR },
        nextDueAt: T0.toISOString(),
        paused: false,
      });
      expect(read?.prefs.fileName).toBeUndefined();
      expect(await b.get(saved.id)).toEqual(read);
      const cron = await a.create(
        search('cron', { schedule: { cron: '0 7 * * *' }, prefs: { text: 'x: 1', fileName: 'p.yaml' } }),
      );
      expect(await b.get(cron.id)).toMatchObject({ schedule: { cron: '0 7 * * *' }, prefs: { fileName: 'p.yaml' } });
      const none = await a.create(search('unscheduled', { schedule: undefined }));
      expect((await b.get(none.id))?.schedule).toBeUndefined();
      expect((await b.get(none.id))?.nextDueAt).toBeUndefined();
      expect((await b.list()).map((s) => s.name)).toEqual(['berlin', 'cron', 'unscheduled']);
      for (const s of [cron, none]) expect(await a.delete(s.id)).toBe(true);
      expect(await a.delete(none.id)).toBe(false);
    });

    it('refuses a name that is taken', async () => {
      await expect(b.create(search('berlin'))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      expect((await a.list()).filter((s) => s.name === 'berlin')).toHaveLength(1);
    });

    it('lists as due only unpaused searches whose time has come', async () => {
      const later = await a.create(search('later', { nextDueAt: at(HOUR).toISOString() }));
      expect((await a.listDue(T0)).map((s) => s.name)).toEqual(['berlin']);
      expect((await a.listDue(at(HOUR))).map((s) => s.name)).toEqual(['berlin', 'later']);
      expect(await a.setPaused(later.id, true)).toBe(true);
      expect((await a.listDue(at(HOUR))).map((s) => s.name)).toEqual(['berlin']);
      await a.delete(later.id);
    });

    it('lets one of two racing processes take a due search, and runs it once', async () => {
      const id = await idOf('berlin');
      const racers = Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).tryLock(id, `P${i}`, T0, at(HOUR), T0));
      const won = await Promise.all(racers);
      expect(won.filter(Boolean)).toHaveLength(1);
      const owner = `P${won.indexOf(true)}`;
      // A third one, after the winner finished and moved the next slot, finds it no longer due.
      await (owner === 'P0' ? b : a).finishRun(id, owner, {
        lastRunId: '20261201-070000-abcdef',
        lastRunAt: at(60_000).toISOString(),
        nextDueAt: at(24 * HOUR).toISOString(),
      });
      expect(await b.tryLock(id, 'late', at(120_000), at(HOUR), at(120_000))).toBe(false);
      expect(await a.get(id)).toMatchObject({
        lastRunId: '20261201-070000-abcdef',
        lastRunAt: at(60_000).toISOString(),
        nextDueAt: at(24 * HOUR).toISOString(),
      });
      // A run by hand (no due check) may take it: nobody holds it.
      expect(await b.tryLock(id, 'hand', at(120_000), at(HOUR))).toBe(true);
      await b.unlock(id, 'hand');
    });

    it('hands an expired lock to the next process, and keeps a renewed one', async () => {
      const id = await idOf('berlin');
      expect(await a.tryLock(id, 'A', T0, at(10_000))).toBe(true);
      expect(await b.tryLock(id, 'B', at(5_000), at(60_000))).toBe(false);
      expect(await a.renewLock(id, 'A', at(30_000))).toBe(true);
      expect(await b.tryLock(id, 'B', at(20_000), at(60_000))).toBe(false);
      // A died: past its expiry B takes over, and A's late renewal or unlock does nothing.
      expect(await b.tryLock(id, 'B', at(30_001), at(60_000))).toBe(true);
      expect(await a.renewLock(id, 'A', at(90_000))).toBe(false);
      await a.unlock(id, 'A');
      expect(await a.tryLock(id, 'A', at(40_000), at(90_000))).toBe(false);
      await b.unlock(id, 'B');
      expect(await a.tryLock(id, 'A', at(40_000), at(90_000))).toBe(true);
    });

    it('does not take a paused search as due', async () => {
      const id = await idOf('berlin');
      await a.unlock(id, 'A');
      await a.setPaused(id, true);
      expect(await a.tryLock(id, 'A', at(48 * HOUR), at(49 * HOUR), at(48 * HOUR))).toBe(false);
      await a.setPaused(id, false);
      expect(await a.tryLock(id, 'A', at(48 * HOUR), at(49 * HOUR), at(48 * HOUR))).toBe(true);
    });

    it('records a run its Temporal Schedule started, whoever holds the lock', async () => {
      const id = await idOf('berlin');
      await b.recordRun(id, 'berlin-2026-12-06T070000Z', at(50 * HOUR).toISOString());
      expect(await a.get(id)).toMatchObject({
        lastRunId: 'berlin-2026-12-06T070000Z',
        lastRunAt: at(50 * HOUR).toISOString(),
        updatedAt: at(50 * HOUR).toISOString(),
      });
    });
  });
});
