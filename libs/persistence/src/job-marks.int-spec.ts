import type { DataSource } from 'typeorm';
import { postgresAvailable, postgresTarget, sqliteTarget, type Target } from '@job-hunter/testing';
import { openDataSource, runMigrations } from './data-source';
import { JobMarkEntity } from './entities/job-mark.entity';
import { JobMarkRepository, isMarkCursor, type StoredJobMark } from './job-mark.repository';
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

    it('pages the marks newest first by keyset, ties in the set time split across pages, none twice, none lost', async () => {
      const rows = dataSource.getRepository(JobMarkEntity);
      await rows.clear();
      // Ten marks set at four moments: five at the same millisecond, keys of mixed case and form
      // (the database's own collation orders them, in the list and in the cursor's comparison alike).
      const moments = ['2026-03-04T10:00:00.000Z', '2026-03-03T10:00:00.000Z', '2026-03-02T10:00:00.000Z'];
      const plan: Array<[string, string, StoredJobMark['state']]> = [
        ['tie-b', moments[0] ?? '', 'applied'],
        ['Tie-A', moments[0] ?? '', 'saved'],
        ['tie-e', moments[0] ?? '', 'applied'],
        ['tie_c', moments[0] ?? '', 'applied'],
        ['tie-d', moments[0] ?? '', 'hidden'],
        ['two-b', moments[1] ?? '', 'applied'],
        ['two-a', moments[1] ?? '', 'applied'],
        ['one-z', moments[2] ?? '', 'applied'],
        ['one-y', moments[2] ?? '', 'saved'],
        ['old', '2026-01-01T00:00:00.000Z', 'applied'],
      ];
      await rows.insert(
        plan.map(([jobKey, updatedAt, state]) => ({ ...job(jobKey), state, at: '2026-03-01', note: null, updatedAt })),
      );
      const all = await marks.list();
      expect(all).toHaveLength(10);

      const pages = async (limit: number, state?: StoredJobMark['state']): Promise<StoredJobMark[][]> => {
        const found: StoredJobMark[][] = [];
        let before: string | undefined;
        for (;;) {
          const page = await marks.page(limit, { state, before });
          found.push(page.marks);
          if (page.next === null) return found;
          expect(isMarkCursor(page.next)).toBe(true);
          expect(page.marks).toHaveLength(limit);
          before = page.next;
        }
      };
      for (const limit of [1, 2, 3, 4, 10, 11]) {
        const listed = await pages(limit);
        expect(listed.length).toBe(Math.max(1, Math.ceil(10 / limit)));
        expect(listed.flat()).toEqual(all);
      }
      // The same in one state: 7 applied marks in 4 pages of 2, the tie split between the first two.
      const applied = await pages(2, 'applied');
      expect(applied).toHaveLength(4);
      expect(applied.flat()).toEqual(await marks.list('applied'));
      expect(
        applied
          .flat()
          .map((m) => m.jobKey)
          .slice(0, 3)
          .sort(),
      ).toEqual(['tie-b', 'tie-e', 'tie_c'].sort());
      expect(await marks.page(5, { state: 'saved' })).toEqual({
        marks: (await marks.list('saved')).slice(0, 5),
        next: null,
      });

      // The cursor names a place, not a mark: removing or setting again the last mark of a page
      // loses nothing after it, and a mark set again is not listed twice.
      const first = await marks.page(3);
      const [, , lastOfFirst] = first.marks;
      if (!lastOfFirst || first.next === null) throw new Error('the first page is short');
      await marks.delete(lastOfFirst.jobKey);
      const rest = await pages(3);
      const after = await marks.page(100, { before: first.next });
      expect(after.marks).toEqual(all.slice(3));
      expect(rest.flat()).toEqual(all.filter((m) => m.jobKey !== lastOfFirst.jobKey));
      const moved = await marks.put({ ...job(all[5]?.jobKey ?? ''), state: 'applied', at: '2026-03-05', note: null });
      const resumed = await marks.page(100, { before: first.next });
      expect(resumed.marks.map((m) => m.jobKey)).not.toContain(moved.jobKey);
      expect(resumed.marks.map((m) => m.jobKey)).toEqual(
        all
          .slice(3)
          .map((m) => m.jobKey)
          .filter((key) => key !== moved.jobKey),
      );

      await rows.clear();
      expect(await marks.page(20)).toEqual({ marks: [], next: null });
    });

    it.each([
      ['not base64url', 'not a cursor!'],
      ['base64url of something else', Buffer.from('hello').toString('base64url')],
      ['a time in another form', Buffer.from('2026-03-04 10:00|k').toString('base64url')],
      ['no job key', Buffer.from('2026-03-04T10:00:00.000Z|').toString('base64url')],
      ['a job key too long', Buffer.from(`2026-03-04T10:00:00.000Z|${'k'.repeat(65)}`).toString('base64url')],
      ['an empty string', ''],
    ])('refuses a cursor that is %s as INVALID_INPUT', async (_what, cursor) => {
      expect(isMarkCursor(cursor)).toBe(false);
      await expect(marks.page(5, { before: cursor })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    });

    it('refuses a page of no marks as INVALID_INPUT', async () => {
      await expect(marks.page(0)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(marks.page(1.5)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
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
