import type { DataSource } from 'typeorm';
import type { SearchJobRecord, Understanding } from '@job-hunter/domain';
import { postgresAvailable, postgresTarget, sqliteTarget, type Target } from '@job-hunter/testing';
import { openDataSource, runMigrations } from './data-source';
import { SearchHistory1768007400000 } from './migrations/search-history.migration';
import { SavedSearchRepository, type NewSavedSearch } from './saved-search.repository';
import { SearchHistoryRepository } from './search-history.repository';

const pgUp = postgresAvailable();

/** The least a stored search needs (its contents do not matter to its history). */
function stored(name: string): NewSavedSearch {
  return {
    name,
    resume: { name: 'resume.pdf', data: Buffer.from('%PDF') },
    prefs: { text: 'backend' },
    understanding: {} as Understanding,
    options: {},
  };
}

function record(jobKey: string, runId: string, over: Partial<SearchJobRecord> = {}): SearchJobRecord {
  return {
    jobKey,
    urlKey: `url-${jobKey}`,
    dedupeKey: `acme/engineer-${jobKey}/berlin`,
    title: `Engineer ${jobKey}`,
    company: 'Acme',
    pay: '€70k–€90k / year',
    place: 'Berlin, Germany',
    applyUrl: `https://jobs.lever.co/acme/${jobKey}`,
    firstRunId: runId,
    lastRunId: runId,
    lastSeenAt: '2026-03-01T08:00:00.000Z',
    ...over,
  };
}

describe.each([
  ['sqlite', sqliteTarget, true],
  ['postgres', postgresTarget, pgUp],
] as const)('saved search history on %s', (_name, makeTarget, enabled) => {
  const maybe = enabled ? describe : describe.skip;

  maybe('store', () => {
    let target: Target;
    let dataSource: DataSource;
    let history: SearchHistoryRepository;

    beforeAll(async () => {
      target = await makeTarget();
      await runMigrations(target.db, target.overrides);
      dataSource = await openDataSource(target.db, target.overrides);
      history = new SearchHistoryRepository(dataSource);
    });
    afterAll(async () => {
      if (dataSource?.isInitialized) await dataSource.destroy();
      await target?.cleanup();
    });

    it('creates both tables with their keys, and re-applies safely', async () => {
      const queryRunner = dataSource.createQueryRunner();
      try {
        const jobs = await queryRunner.getTable('search_jobs');
        expect(jobs?.primaryColumns.map((c) => c.name).sort()).toEqual(['job_key', 'search_id']);
        expect((await queryRunner.getTable('search_last_runs'))?.primaryColumns.map((c) => c.name)).toEqual([
          'search_id',
        ]);
        await new SearchHistory1768007400000().up(queryRunner);
        await new SearchHistory1768007400000().down(queryRunner);
        expect(await queryRunner.hasTable('search_jobs')).toBe(false);
        expect(await queryRunner.hasTable('search_last_runs')).toBe(false);
        await new SearchHistory1768007400000().up(queryRunner);
      } finally {
        await queryRunner.release();
      }
    });

    it("starts empty, records a run's jobs and last run, replaces them on the next run, and keeps searches apart", async () => {
      expect(await history.history('search-a')).toEqual({ previousRun: null, jobs: [] });
      const day1 = { runId: 'run-1', finishedAt: '2026-03-01T08:00:00.000Z' };
      await history.record('search-a', day1, [record('k2', 'run-1'), record('k1', 'run-1', { urlKey: null })]);
      await history.record('search-b', { runId: 'run-b', finishedAt: day1.finishedAt }, [record('k1', 'run-b')]);
      const after1 = await history.history('search-a');
      expect(after1.previousRun).toEqual(day1);
      expect(after1.jobs).toEqual([record('k1', 'run-1', { urlKey: null }), record('k2', 'run-1')]);

      // Day 2 shows k1 changed (and again, as a re-finished run does: nothing moves), k2 is not in it.
      const day2 = { runId: 'run-2', finishedAt: '2026-03-02T08:00:00.000Z' };
      const k1 = record('k1', 'run-1', {
        title: 'Senior Engineer k1',
        lastRunId: 'run-2',
        lastSeenAt: day2.finishedAt,
      });
      const k3 = record('k3', 'run-2', { lastSeenAt: day2.finishedAt, pay: 'é'.repeat(500) });
      await history.record('search-a', day2, [k1, k3]);
      await history.record('search-a', day2, [k1, k3]);
      const after2 = await history.history('search-a');
      expect(after2.previousRun).toEqual(day2);
      expect(after2.jobs).toEqual([k1, record('k2', 'run-1'), k3]);
      expect((await history.history('search-b')).jobs.map((j) => j.lastRunId)).toEqual(['run-b']);

      // Day 1 finished again after day 2 was recorded (a late re-finish): the newer history stays.
      await history.record('search-a', day1, [record('k2', 'run-1', { title: 'Late' })]);
      expect(await history.history('search-a')).toEqual(after2);
    });

    it("forgets a search's history when asked and when the search is deleted; other searches keep theirs", async () => {
      const run = (runId: string) => ({ runId, finishedAt: '2026-03-01T08:00:00.000Z' });
      await history.record('search-x', run('run-x'), [record('k1', 'run-x'), record('k2', 'run-x')]);
      await history.record('search-y', run('run-y'), [record('k1', 'run-y')]);
      await history.delete('search-x');
      expect(await history.history('search-x')).toEqual({ previousRun: null, jobs: [] });
      expect((await history.history('search-y')).previousRun).toEqual(run('run-y'));

      const searches = new SavedSearchRepository(dataSource);
      const kept = await searches.create(stored('kept'));
      const gone = await searches.create(stored('gone'));
      await history.record(kept.id, run('run-k'), [record('k1', 'run-k')]);
      await history.record(gone.id, run('run-g'), [record('k1', 'run-g'), record('k2', 'run-g')]);
      expect(await searches.delete(gone.id)).toBe(true);
      expect(await history.history(gone.id)).toEqual({ previousRun: null, jobs: [] });
      expect((await history.history(kept.id)).jobs.map((j) => j.lastRunId)).toEqual(['run-k']);
      expect(await searches.get(kept.id)).not.toBeNull();
    });

    it('writes a shortlist larger than one statement takes', async () => {
      const many = Array.from({ length: 130 }, (_, i) => record(`m${String(i).padStart(3, '0')}`, 'run-m'));
      await history.record('search-m', { runId: 'run-m', finishedAt: '2026-03-01T08:00:00.000Z' }, many);
      expect((await history.history('search-m')).jobs).toHaveLength(130);
    });
  });
});
