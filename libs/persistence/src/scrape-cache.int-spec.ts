import type { DataSource } from 'typeorm';
import { BoardResponseCacheRepository } from './board-response-cache.repository';
import type { StoredBoardResponse } from './board-response-cache.repository';
import { openDataSource, runMigrations } from './data-source';
import { JobSightingRepository } from './job-sighting.repository';
import { MIGRATIONS } from './migrations';
import { ScrapeCacheAndSightings1767312000000 } from './migrations/scrape-cache.migration';
import { postgresAvailable, postgresTarget, sqliteTarget } from '@job-hunter/testing';
import type { Target } from '@job-hunter/testing';

const pgUp = postgresAvailable();

function entry(key: string, fetchedAt: string, body = '{"jobs":[]}'): StoredBoardResponse {
  return {
    key: key.padEnd(64, '0'),
    method: 'GET',
    url: `https://api.lever.co/v0/postings/${key}?mode=json`,
    status: 200,
    contentType: 'application/json; charset=utf-8',
    body,
    fetchedAt,
  };
}

describe.each([
  ['sqlite', sqliteTarget, true],
  ['postgres', postgresTarget, pgUp],
] as const)('scrape cache and sightings on %s', (_name, makeTarget, enabled) => {
  const maybe = enabled ? describe : describe.skip;

  maybe('with a migrated database', () => {
    let target: Target;
    let dataSource: DataSource;
    let cache: BoardResponseCacheRepository;
    let sightings: JobSightingRepository;

    beforeAll(async () => {
      target = await makeTarget();
      expect(await runMigrations(target.db, target.overrides)).toEqual(MIGRATIONS.map((M) => new M().name));
      dataSource = await openDataSource(target.db, target.overrides);
      cache = new BoardResponseCacheRepository(dataSource);
      sightings = new JobSightingRepository(dataSource);
    });
    afterAll(async () => {
      if (dataSource?.isInitialized) await dataSource.destroy();
      await target?.cleanup();
    });

    it('applies the migrations idempotently', async () => {
      expect(await runMigrations(target.db, target.overrides)).toEqual([]);
      const queryRunner = dataSource.createQueryRunner();
      try {
        // Re-running the steps on existing tables is a no-op, not an error.
        await new ScrapeCacheAndSightings1767312000000().up(queryRunner);
        const table = await queryRunner.getTable('board_response_cache');
        expect(table?.indices.map((i) => i.name)).toEqual(['IDX_board_response_cache_fetched_at']);
        expect(await queryRunner.hasTable('job_sightings')).toBe(true);
      } finally {
        await queryRunner.release();
      }
    });

    it('stores, replaces, reads fresh entries only and prunes old ones', async () => {
      const big = JSON.stringify({ jobs: Array.from({ length: 2000 }, (_, i) => ({ i, text: 'é'.repeat(500) })) });
      await cache.put(entry('a', '2026-01-01T00:00:00.000Z'));
      await cache.put(entry('b', '2026-01-01T05:00:00+01:00', big));
      expect(await cache.getFresh('a'.padEnd(64, '0'), '2026-01-01T00:00:00Z')).toEqual(
        entry('a', '2026-01-01T00:00:00.000Z'),
      );
      expect(await cache.getFresh('a'.padEnd(64, '0'), '2026-01-01T00:00:00.001Z')).toBeNull();
      expect((await cache.getFresh('b'.padEnd(64, '0'), '2026-01-01T03:00:00Z'))?.body).toBe(big);
      expect(await cache.getFresh('c'.padEnd(64, '0'), '2000-01-01T00:00:00Z')).toBeNull();

      await cache.put(entry('a', '2026-01-02T00:00:00.000Z', '[1]'));
      expect((await cache.getFresh('a'.padEnd(64, '0'), '2026-01-01T12:00:00Z'))?.body).toBe('[1]');
      expect(await cache.count()).toBe(2);

      expect(await cache.deleteOlderThan('2026-01-01T12:00:00Z')).toBe(1);
      expect(await cache.count()).toBe(1);
    });

    it('keeps the first-seen time and moves the last-seen time', async () => {
      const acme = { ats: 'greenhouse', board: 'acme', company: 'Acme' };
      await sightings.record(
        [
          { ...acme, externalId: '1' },
          { ...acme, externalId: '2' },
          { ...acme, externalId: '2' },
        ],
        '2026-01-01T10:00:00Z',
      );
      await sightings.record(
        [
          { ...acme, externalId: '2', company: 'Acme Inc' },
          { ...acme, externalId: '3' },
        ],
        '2026-01-03T10:00:00Z',
      );
      const keys = ['3', '1', '2', '4'].map((externalId) => ({ ...acme, externalId }));
      expect(await sightings.find(keys)).toEqual([
        { ...acme, externalId: '3', firstSeenAt: '2026-01-03T10:00:00.000Z', lastSeenAt: '2026-01-03T10:00:00.000Z' },
        { ...acme, externalId: '1', firstSeenAt: '2026-01-01T10:00:00.000Z', lastSeenAt: '2026-01-01T10:00:00.000Z' },
        {
          ...acme,
          company: 'Acme Inc',
          externalId: '2',
          firstSeenAt: '2026-01-01T10:00:00.000Z',
          lastSeenAt: '2026-01-03T10:00:00.000Z',
        },
      ]);
      // Same ids on another board or ATS are other jobs.
      expect(await sightings.find([{ ats: 'lever', board: 'acme', externalId: '1' }])).toEqual([]);
    });

    it('records a large board in batches', async () => {
      const jobs = Array.from({ length: 1234 }, (_, i) => ({
        ats: 'ashby',
        board: 'Big Board',
        externalId: `id-${i}`,
        company: 'Big',
      }));
      await sightings.record(jobs, '2026-01-05T00:00:00Z');
      const found = await sightings.find(jobs);
      expect(found).toHaveLength(1234);
      expect(found.every((s) => s.firstSeenAt === '2026-01-05T00:00:00.000Z')).toBe(true);
    });

    it('records boards scraped at the same time', async () => {
      // Companies are scraped concurrently: overlapping upserts must neither fail nor deadlock.
      const board = (n: number) =>
        Array.from({ length: 450 }, (_, i) => ({ ats: 'lever', board: `b${n % 2}`, externalId: `${i}`, company: 'C' }));
      await Promise.all([1, 2, 3, 4].map((n) => sightings.record(board(n), `2026-01-0${5 + n}T00:00:00Z`)));
      const found = await sightings.find([...board(0), ...board(1)]);
      expect(found).toHaveLength(900);
      // Which call inserts a row first is a race; every row must carry one of the calls' times.
      const times = [1, 2, 3, 4].map((n) => `2026-01-0${5 + n}T00:00:00.000Z`);
      expect(found.every((s) => times.includes(s.firstSeenAt) && times.includes(s.lastSeenAt))).toBe(true);
    });
  });
});
