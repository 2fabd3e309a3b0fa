import type { DataSource } from 'typeorm';
import { postgresAvailable, postgresTarget, runConfig, sqliteTarget, type Target } from '@job-hunter/testing';
import { openDataSource, runMigrations } from './data-source';
import { RunInputRepository, runInput } from './run-input.repository';
import { RunRepository } from './run.repository';

const pgUp = postgresAvailable();

describe.each([
  ['sqlite', sqliteTarget, true],
  ['postgres', postgresTarget, pgUp],
] as const)('run inputs on %s', (_name, makeTarget, enabled) => {
  const maybe = enabled ? describe : describe.skip;

  maybe('store', () => {
    let target: Target;
    let dataSource: DataSource;
    let inputs: RunInputRepository;
    let runs: RunRepository;
    // Every byte value, so an encoding that loses binary data fails here.
    const pdf = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));

    beforeAll(async () => {
      target = await makeTarget();
      await runMigrations(target.db, target.overrides);
      dataSource = await openDataSource(target.db, target.overrides);
      inputs = new RunInputRepository(dataSource);
      runs = new RunRepository(dataSource);
    });
    afterAll(async () => {
      if (dataSource?.isInitialized) await dataSource.destroy();
      await target?.cleanup();
    });

    it('gives back the bytes, name and hash of each input of a run', async () => {
      const resume = runInput('resume', 'cv.pdf', pdf);
      const companies = runInput('companies', 'companies.yaml', Buffer.from('- { name: Acme }\n'));
      await inputs.save('run-in', [resume, companies]);

      const stored = await inputs.get('run-in', 'resume');
      expect(stored?.name).toBe('cv.pdf');
      expect(stored?.data.equals(pdf)).toBe(true);
      expect(stored?.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(stored?.sha256).toBe(resume.sha256);
      expect((await inputs.get('run-in', 'companies'))?.data.toString('utf8')).toBe('- { name: Acme }\n');
      expect(await inputs.get('run-in', 'prefs')).toBeUndefined();
      expect(await inputs.get('other-run', 'resume')).toBeUndefined();
    });

    it('goes when its run is deleted', async () => {
      await runs.create({
        id: 'run-gone',
        orchestrator: 'checkpoint',
        engine: 'heuristic',
        config: runConfig('run-gone'),
        startedAt: '2026-01-02T10:00:00.000Z',
      });
      await inputs.save('run-gone', [runInput('resume', 'cv.txt', Buffer.from('Jane'))]);
      await runs.delete('run-gone');
      expect(await inputs.get('run-gone', 'resume')).toBeUndefined();
    });
  });
});
