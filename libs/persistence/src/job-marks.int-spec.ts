import type { DataSource } from 'typeorm';
import { postgresAvailable, postgresTarget, sqliteTarget, type Target } from '@job-hunter/testing';
import { openDataSource, runMigrations } from './data-source';
import { JobMarkRepository } from './job-mark.repository';
import { JobMarks1767834000000 } from './migrations/job-marks.migration';
import { ShortlistedJobRepository } from './shortlisted-job.repository';

const pgUp = postgresAvailable();

describe.each([
  ['sqlite', sqliteTarget, true],
  ['postgres', postgresTarget, pgUp],
] as const)('job marks and shortlist history on %s', (_name, makeTarget, enabled) => {
  const maybe = enabled ? describe : describe.skip;

  maybe('store', () => {
    let target: Target;
    let dataSource: DataSource;
    let marks: JobMarkRepository;
    let shortlisted: ShortlistedJobRepository;

    beforeAll(async () => {
      target = await makeTarget();
      await runMigrations(target.db, target.overrides);
      dataSource = await openDataSource(target.db, target.overrides);
      marks = new JobMarkRepository(dataSource);
      shortlisted = new ShortlistedJobRepository(dataSource);
    });
    afterAll(async () => {
      if (dataSource?.isInitialized) await dataSource.destroy();
      await target?.cleanup();
    });

    const job = (jobKey: string, runId = 'run-1') => ({
      jobKey,
      title: `Engineer ${jobKey}`,
      company: 'Acme',
      applyUrl: `https://jobs.lever.co/acme/${jobKey}`,
      runId,
    });

    it('creates both tables with their keys and index, and re-applies safely', async () => {
      const queryRunner = dataSource.createQueryRunner();
      try {
        const table = await queryRunner.getTable('job_marks');
        expect(table?.primaryColumns.map((c) => c.name)).toEqual(['job_key']);
        expect(table?.indices.map((i) => i.name)).toContain('IDX_job_marks_updated_at');
        expect((await queryRunner.getTable('shortlisted_jobs'))?.primaryColumns.map((c) => c.name)).toEqual([
          'job_key',
        ]);
        // Idempotent, like the earlier migrations: a half-applied run can be applied again.
        await new JobMarks1767834000000().up(queryRunner);
        expect(await queryRunner.hasTable('job_marks')).toBe(true);
        await new JobMarks1767834000000().down(queryRunner);
        expect(await queryRunner.hasTable('job_marks')).toBe(false);
        expect(await queryRunner.hasTable('shortlisted_jobs')).toBe(false);
        await new JobMarks1767834000000().up(queryRunner);
      } finally {
        await queryRunner.release();
      }
    });

    it('sets, replaces, reads, lists newest first and removes marks', async () => {
      const applied = await marks.put({ ...job('a1'), state: 'applied', at: '2026-03-02', note: 'Referral from Sam' });
      expect(applied.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      await marks.put({ ...job('b2'), state: 'saved', at: '2026-03-03', note: null });
      await marks.put({ ...job('c3'), state: 'hidden', at: '2026-03-03', note: null });
      expect(await marks.get('a1')).toEqual(applied);
      expect(await marks.get('zz')).toBeNull();

      // A later mark replaces the job's earlier one (and moves it to the top of the list).
      await new Promise((r) => setTimeout(r, 5));
      await marks.put({ ...job('b2', 'run-2'), state: 'applied', at: '2026-03-04', note: 'é'.repeat(2000) });
      expect(await marks.get('b2')).toMatchObject({ state: 'applied', runId: 'run-2', note: 'é'.repeat(2000) });
      expect((await marks.list()).map((m) => m.jobKey)).toEqual(['b2', 'c3', 'a1']);
      expect((await marks.list('applied')).map((m) => m.jobKey)).toEqual(['b2', 'a1']);
      expect(await marks.list('saved')).toEqual([]);

      expect(await marks.find(['a1', 'c3', 'none', 'a1'])).toEqual(
        new Map([
          ['a1', { state: 'applied', at: '2026-03-02', note: 'Referral from Sam' }],
          ['c3', { state: 'hidden', at: '2026-03-03', note: null }],
        ]),
      );
      expect(await marks.delete('c3')).toBe(true);
      expect(await marks.delete('c3')).toBe(false);
      expect(await marks.get('c3')).toBeNull();
    });

    it('keeps the first run that shortlisted each job, whoever records it later', async () => {
      await shortlisted.record('run-1', ['k1', 'k2', 'k2'], '2026-03-01T10:00:00Z');
      await shortlisted.record('run-2', ['k2', 'k3'], '2026-03-02T10:00:00Z');
      // A resumed run finishing again changes nothing.
      await shortlisted.record('run-1', ['k1', 'k3'], '2026-03-03T10:00:00Z');
      await shortlisted.record('run-3', [], '2026-03-03T10:00:00Z');
      expect(await shortlisted.firstRuns(['k1', 'k2', 'k3', 'k4'])).toEqual(
        new Map([
          ['k1', 'run-1'],
          ['k2', 'run-1'],
          ['k3', 'run-2'],
        ]),
      );
    });

    it('records and reads a shortlist longer than one statement holds', async () => {
      const keys = Array.from({ length: 700 }, (_, i) => `big-${i}`);
      await shortlisted.record('run-big', keys, '2026-03-05T10:00:00Z');
      const found = await shortlisted.firstRuns([...keys, 'k1']);
      expect(found.size).toBe(701);
      expect(found.get('big-650')).toBe('run-big');
      expect(found.get('k1')).toBe('run-1');
    });
  });
});
