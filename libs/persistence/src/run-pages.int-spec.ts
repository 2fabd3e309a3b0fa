import type { DataSource } from 'typeorm';
import {
  postgresAvailable,
  postgresTarget,
  runConfig,
  runResult,
  sqliteTarget,
  type Target,
} from '@job-hunter/testing';
import { openDataSource, runMigrations } from './data-source';
import { RunRepository } from './run.repository';

const pgUp = postgresAvailable();

describe.each([
  ['sqlite', sqliteTarget, true],
  ['postgres', postgresTarget, pgUp],
] as const)('runs listed and queued on %s', (_name, makeTarget, enabled) => {
  const maybe = enabled ? describe : describe.skip;

  maybe('RunRepository', () => {
    let target: Target;
    let dataSource: DataSource;
    let runs: RunRepository;

    beforeAll(async () => {
      target = await makeTarget();
      await runMigrations(target.db, target.overrides);
      dataSource = await openDataSource(target.db, target.overrides);
      runs = new RunRepository(dataSource);
      // Two runs share a start time: the id breaks the tie, so no page repeats or skips one.
      const starts: Array<[string, string, 'running' | 'queued']> = [
        ['r1', '2026-01-02T10:00:00.000Z', 'running'],
        ['r2', '2026-01-02T11:00:00.000Z', 'queued'],
        ['r3', '2026-01-02T11:00:00.000Z', 'running'],
        ['r4', '2026-01-02T12:00:00.000Z', 'queued'],
      ];
      for (const [id, startedAt, status] of starts) {
        await runs.create({
          id,
          orchestrator: 'checkpoint',
          engine: 'heuristic',
          config: runConfig(id),
          startedAt,
          status,
        });
      }
    });
    afterAll(async () => {
      if (dataSource?.isInitialized) await dataSource.destroy();
      await target?.cleanup();
    });

    it('pages newest first, each page after the run `before`', async () => {
      const first = await runs.page(2);
      expect(first.runs.map((r) => r.id)).toEqual(['r4', 'r3']);
      expect(first.next).toBe('r3');
      const second = await runs.page(2, 'r3');
      expect(second.runs.map((r) => r.id)).toEqual(['r2', 'r1']);
      expect(second.next).toBeNull();
      expect((await runs.page(10)).runs.map((r) => r.id)).toEqual(['r4', 'r3', 'r2', 'r1']);
      await expect(runs.page(2, 'nope')).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });
    });

    it("lists each run's columns and its shortlist size, never its config or result", async () => {
      await runs.saveResult('r1', runResult('r1'));
      const listed = (await runs.page(10)).runs;
      expect(listed.find((r) => r.id === 'r1')).toEqual({
        id: 'r1',
        status: 'partial',
        orchestrator: 'checkpoint',
        startedAt: '2026-01-02T10:00:00.000Z',
        finishedAt: '2026-01-02T10:30:00.000Z',
        updatedAt: expect.any(String),
        heartbeatAt: expect.any(String),
        jobsInOutput: 1,
      });
      expect(listed.map((r) => r.jobsInOutput)).toEqual([null, null, null, 1]);
    });

    it('lists the queued runs oldest first, and starts each once under the orchestrator chosen', async () => {
      expect(await runs.queued()).toEqual(['r2', 'r4']);
      expect(await runs.startQueued('r2', 'temporal')).toBe(true);
      expect(await runs.startQueued('r2', 'checkpoint')).toBe(false);
      expect(await runs.startQueued('r1', 'checkpoint')).toBe(false);
      const started = await runs.get('r2');
      expect(started).toMatchObject({ status: 'running', orchestrator: 'temporal' });
      expect(started?.config.orchestrator).toBe('temporal');
      expect(await runs.queued()).toEqual(['r4']);
    });
  });
});
