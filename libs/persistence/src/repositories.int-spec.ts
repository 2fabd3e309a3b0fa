import type { DataSource } from 'typeorm';
import { CheckpointRepository } from './checkpoint.repository';
import { openDataSource, runMigrations } from './data-source';
import { MIGRATIONS } from './migrations';
import { RunRepository } from './run.repository';
import { runConfig, runResult } from '@job-hunter/testing';
import { postgresAvailable, postgresTarget, sqliteTarget } from '@job-hunter/testing';
import type { Target } from '@job-hunter/testing';

const pgUp = postgresAvailable();

describe.each([
  ['sqlite', sqliteTarget, true],
  ['postgres', postgresTarget, pgUp],
] as const)('persistence on %s', (_name, makeTarget, enabled) => {
  const maybe = enabled ? describe : describe.skip;

  maybe('with a fresh database', () => {
    let target: Target;
    let dataSource: DataSource;
    let runs: RunRepository;
    let checkpoints: CheckpointRepository;

    beforeAll(async () => {
      target = await makeTarget();
    });
    afterAll(async () => {
      if (dataSource?.isInitialized) await dataSource.destroy();
      await target?.cleanup();
    });

    it('applies the migrations once, then nothing', async () => {
      expect(await runMigrations(target.db, target.overrides)).toEqual(MIGRATIONS.map((M) => new M().name));
      expect(await runMigrations(target.db, target.overrides)).toEqual([]);

      dataSource = await openDataSource(target.db, target.overrides);
      const queryRunner = dataSource.createQueryRunner();
      try {
        expect(await queryRunner.hasTable('runs')).toBe(true);
        expect(await queryRunner.hasTable('checkpoints')).toBe(true);
        const table = await queryRunner.getTable('checkpoints');
        expect(table?.indices.map((i) => i.name)).toContain('IDX_checkpoints_run_id');
      } finally {
        await queryRunner.release();
      }
      runs = new RunRepository(dataSource);
      checkpoints = new CheckpointRepository(dataSource);
    });

    it('creates, reads, updates and lists runs', async () => {
      await runs.create({
        id: 'run-a',
        orchestrator: 'checkpoint',
        engine: 'heuristic',
        config: runConfig('run-a'),
        startedAt: '2026-01-02T10:00:00.000Z',
      });
      await runs.create({
        id: 'run-b',
        orchestrator: 'temporal',
        engine: 'anthropic',
        config: runConfig('run-b'),
        startedAt: '2026-01-02T11:00:00+01:00',
      });
      await runs.create({
        id: 'run-c',
        orchestrator: 'checkpoint',
        engine: 'heuristic',
        config: runConfig('run-c'),
        startedAt: '2026-01-03T09:00:00.000Z',
      });

      const a = await runs.get('run-a');
      expect(a).toMatchObject({
        id: 'run-a',
        status: 'running',
        orchestrator: 'checkpoint',
        engine: 'heuristic',
        result: null,
        finishedAt: null,
      });
      expect(a?.config).toEqual(runConfig('run-a'));
      expect(await runs.get('missing')).toBeNull();
      await expect(
        runs.create({
          id: 'run-a',
          orchestrator: 'checkpoint',
          engine: 'heuristic',
          config: runConfig('run-a'),
          startedAt: '2026-01-02T10:00:00.000Z',
        }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT' });

      await runs.setStatus('run-a', 'failed', '2026-01-02T10:05:00.000Z');
      expect(await runs.get('run-a')).toMatchObject({ status: 'failed', finishedAt: '2026-01-02T10:05:00.000Z' });
      await expect(runs.setStatus('missing', 'failed')).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });

      const result = runResult('run-b');
      await runs.saveResult('run-b', result);
      const b = await runs.get('run-b');
      expect(b).toMatchObject({
        status: 'partial',
        finishedAt: '2026-01-02T10:30:00.000Z',
        startedAt: '2026-01-02T10:00:00.000Z',
      });
      expect(b?.result).toEqual(result);

      // run-b started 10:00Z (given as +01:00), the same instant as run-a: id breaks the tie.
      expect((await runs.page(20)).runs.map((r) => r.id)).toEqual(['run-c', 'run-b', 'run-a']);
      expect((await runs.page(1)).runs.map((r) => r.id)).toEqual(['run-c']);
    });

    it('upserts, loads and orders checkpoints', async () => {
      await checkpoints.save('run-a', 'parse', { skills: ['go'] });
      await checkpoints.save('run-a', 'parse', { skills: ['go', 'rust'] });
      expect(await checkpoints.load('run-a', 'parse')).toEqual({ skills: ['go', 'rust'] });
      expect(await checkpoints.load('run-a', 'scrape')).toBeUndefined();

      await checkpoints.save('run-a', 'scrape', ['z'], 'zeta');
      await checkpoints.save('run-a', 'scrape', ['A'], 'Acme');
      await checkpoints.save('run-a', 'scrape', ['b'], 'beta');
      await checkpoints.save('run-a', 'scrape', ['b2'], 'beta');
      expect(await checkpoints.loadAll('run-a', 'scrape')).toEqual([
        { key: 'Acme', data: ['A'] },
        { key: 'beta', data: ['b2'] },
        { key: 'zeta', data: ['z'] },
      ]);
      expect(await checkpoints.load('run-a', 'scrape', 'beta')).toEqual(['b2']);
      // each() reads a row only when asked for it: a row rewritten after the first was handed over is read new.
      const rows = checkpoints.each<string[]>('run-a', 'scrape');
      expect((await rows.next()).value).toEqual({ key: 'Acme', data: ['A'] });
      await checkpoints.save('run-a', 'scrape', ['z2'], 'zeta');
      expect((await rows.next()).value).toEqual({ key: 'beta', data: ['b2'] });
      expect((await rows.next()).value).toEqual({ key: 'zeta', data: ['z2'] });
      expect((await rows.next()).done).toBe(true);

      expect(await checkpoints.stages('run-a')).toEqual(['parse']);
      await checkpoints.save('run-a', 'scrape', { done: true });
      await checkpoints.save('run-b', 'score', 1);
      expect(await checkpoints.stages('run-a')).toEqual(['parse', 'scrape']);

      await checkpoints.deleteRun('run-a');
      expect(await checkpoints.stages('run-a')).toEqual([]);
      expect(await checkpoints.loadAll('run-a', 'scrape')).toEqual([]);
      expect(await checkpoints.stages('run-b')).toEqual(['score']);
    });

    it('saves rows of texts, more than one statement holds, and loads them by key', async () => {
      const fields = ['html', 'text'];
      const rows = Array.from({ length: 250 }, (_, i) => ({
        key: `k${String(i).padStart(3, '0')}`,
        texts: { html: `<p>"${i}"\\é\n</p>`, text: i % 2 ? `t${i}` : undefined },
      }));
      await checkpoints.saveTexts('run-many', 'parts', fields, rows);
      const url = 'https://user:secret@example.com/a';
      await checkpoints.saveTexts('run-many', 'parts', fields, [
        { key: 'k007', texts: { html: url, text: 'NUL\u0000inside' } },
        { key: 'k008', texts: { html: url } },
      ]);
      await checkpoints.saveTexts('run-many', 'parts', fields, []);
      const keys = ['k249', 'k007', 'k008', 'missing', ...rows.slice(100, 210).map((r) => r.key)];
      const found = await checkpoints.loadMany<Record<string, string | null>>('run-many', 'parts', keys);
      expect(found.size).toBe(113);
      expect(found.get('k249')).toEqual({ html: '<p>"249"\\é\n</p>', text: 't249' });
      expect(found.get('k150')).toEqual({ html: '<p>"150"\\é\n</p>', text: null });
      // URL passwords never reach the database, whichever way a row is written.
      expect(found.get('k007')).toEqual({ html: 'https://user:***@example.com/a', text: 'NUL\u0000inside' });
      expect(found.get('k008')).toEqual({ html: 'https://user:***@example.com/a', text: null });
      expect(found.has('missing')).toBe(false);
      expect((await checkpoints.loadMany('run-other', 'parts', ['k001'])).size).toBe(0);
      expect(await checkpoints.loadAll('run-many', 'parts')).toHaveLength(250);
    });

    it('round-trips a 5 MB payload', async () => {
      const big = { jobs: Array.from({ length: 5 * 1024 }, (_, i) => ({ i, text: `é${'x'.repeat(1020)}` })) };
      await checkpoints.save('run-big', 'scrape', big);
      const loaded = await checkpoints.load<typeof big>('run-big', 'scrape');
      expect(JSON.stringify(loaded).length).toBeGreaterThan(5 * 1024 * 1024);
      expect(loaded).toEqual(big);
    });

    it('deletes a run with its checkpoints', async () => {
      await runs.delete('run-b');
      expect(await runs.get('run-b')).toBeNull();
      expect(await checkpoints.stages('run-b')).toEqual([]);
      expect((await runs.page(20)).runs.map((r) => r.id)).toEqual(['run-c', 'run-a']);
    });
  });
});
