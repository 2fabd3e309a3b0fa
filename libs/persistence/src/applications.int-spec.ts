import type { DataSource } from 'typeorm';
import { boardState } from '@job-hunter/domain';
import { postgresAvailable, postgresTarget, sqliteTarget, type Target } from '@job-hunter/testing';
import { openDataSource, runMigrations } from './data-source';
import { JobSightingRepository } from './job-sighting.repository';
import { Applications1768093800000 } from './migrations/applications.migration';

const pgUp = postgresAvailable();

describe.each([
  ['sqlite', sqliteTarget, true],
  ['postgres', postgresTarget, pgUp],
] as const)('job sightings by jobKey and board scrapes on %s', (_name, makeTarget, enabled) => {
  const maybe = enabled ? describe : describe.skip;

  maybe('store', () => {
    let target: Target;
    let dataSource: DataSource;
    let sightings: JobSightingRepository;

    beforeAll(async () => {
      target = await makeTarget();
      await runMigrations(target.db, target.overrides);
      dataSource = await openDataSource(target.db, target.overrides);
      sightings = new JobSightingRepository(dataSource);
    });
    afterAll(async () => {
      if (dataSource?.isInitialized) await dataSource.destroy();
      await target?.cleanup();
    });

    const acme = { ats: 'greenhouse', board: 'acme', company: 'Acme' };
    const job = (externalId: string, board = acme) => ({ ...board, externalId, jobKey: `key-${externalId}` });
    const at = (day: number): string => new Date(Date.UTC(2026, 2, day, 7)).toISOString();
    const scrape = async (jobs: ReturnType<typeof job>[], day: number, board = acme): Promise<void> => {
      await sightings.record(jobs, at(day));
      await sightings.recordScrape(board, at(day));
    };

    it('adds the jobKey column with its index and the board scrapes table, and re-applies safely', async () => {
      const queryRunner = dataSource.createQueryRunner();
      try {
        const table = await queryRunner.getTable('job_sightings');
        expect(table?.findColumnByName('job_key')?.isNullable).toBe(true);
        expect(table?.indices.map((i) => i.name)).toContain('IDX_job_sightings_job_key');
        expect((await queryRunner.getTable('board_scrapes'))?.primaryColumns.map((c) => c.name)).toEqual(['board_key']);
        await new Applications1768093800000().up(queryRunner);
        await new Applications1768093800000().down(queryRunner);
        expect(await queryRunner.hasTable('board_scrapes')).toBe(false);
        expect(await queryRunner.hasColumn('job_sightings', 'job_key')).toBe(false);
        await new Applications1768093800000().up(queryRunner);
        await new Applications1768093800000().up(queryRunner);
        expect(await queryRunner.hasColumn('job_sightings', 'job_key')).toBe(true);
      } finally {
        await queryRunner.release();
      }
    });

    it('tells by jobKey when each job was last listed and when its board was last read in full', async () => {
      await scrape([job('1'), job('2')], 2);
      await scrape([job('1')], 3);
      const seen = await sightings.seen(['key-1', 'key-2', 'key-never']);
      expect(seen.get('key-1')).toEqual({ lastSeenAt: at(3), lastScrapedAt: at(3) });
      expect(seen.get('key-2')).toEqual({ lastSeenAt: at(2), lastScrapedAt: at(3) });
      expect(seen.has('key-never')).toBe(false);
      expect(boardState(seen.get('key-1')).state).toBe('open');
      expect(boardState(seen.get('key-2')).state).toBe('gone');

      // Listed again by a later scrape: open again; a scrape read only in part moves no board time.
      await sightings.record([job('2')], at(4));
      expect(boardState((await sightings.seen(['key-2'])).get('key-2'))).toEqual({
        state: 'open',
        lastSeenAt: at(4),
        lastScrapedAt: at(3),
      });
    });

    it('fills in the jobKey of a sighting recorded without one, and follows a job to the board that listed it last', async () => {
      await sightings.record([{ ...acme, externalId: '9' }], at(2));
      expect((await sightings.seen(['key-9'])).size).toBe(0);
      await scrape([job('9')], 3);
      expect((await sightings.seen(['key-9'])).get('key-9')).toEqual({ lastSeenAt: at(3), lastScrapedAt: at(3) });

      // The company moved boards: the same jobKey on the new board, whose scrapes now decide.
      const moved = { ats: 'lever', board: 'acme-inc', company: 'Acme' };
      await scrape([job('9', moved)], 5, moved);
      await scrape([], 6, moved);
      expect((await sightings.seen(['key-9'])).get('key-9')).toEqual({ lastSeenAt: at(5), lastScrapedAt: at(6) });
    });
  });
});
