import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { RunInputRepository, RunRepository } from '@job-hunter/persistence';
import { DEMO_DIR, demoRunConfig, sqliteTarget, type Target } from '@job-hunter/testing';
import { CheckpointOrchestrator } from './checkpoint/checkpoint.orchestrator';
import { createRunRecord } from './run-record';
import { startPipelineApp } from './test-support/pipeline-app';

/** Inputs by claim check: a run's files are stored with it, and its stages read them from the store. */
describe('run record', () => {
  let target: Target;
  let close: () => Promise<void>;
  let orchestrator: CheckpointOrchestrator;
  let runs: RunRepository;
  let inputs: RunInputRepository;
  let config: AppConfig;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-record-'));

  beforeAll(async () => {
    target = await sqliteTarget();
    const app = await startPipelineApp(target.db);
    close = () => app.close();
    orchestrator = app.get(CheckpointOrchestrator);
    runs = app.get(RunRepository);
    inputs = app.get(RunInputRepository);
    config = app.get<AppConfig>(APP_CONFIG);
  });

  afterAll(async () => {
    await close?.();
    await target?.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The demo's three input files, copied where the test can take them away. */
  function copiedInputs(name: string): { resumePath: string; prefsFile: string; companiesPath: string } {
    const copy = (file: string): string => {
      const to = path.join(dir, `${name}-${file}`);
      fs.copyFileSync(path.join(DEMO_DIR, file), to);
      return to;
    };
    return {
      resumePath: copy('resume.pdf'),
      prefsFile: copy('preferences.txt'),
      companiesPath: copy('companies.yaml'),
    };
  }

  it('stores each input file with its hash, and runs every stage from the store once the files are gone', async () => {
    const files = copiedInputs('gone');
    const run = demoRunConfig('run-gone', dir, files);
    await createRunRecord({ runs, inputs }, run, 'checkpoint', config);
    const resume = await inputs.get('run-gone', 'resume');
    expect(resume?.data.equals(fs.readFileSync(files.resumePath))).toBe(true);
    expect(resume?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await inputs.get('run-gone', 'companies'))?.name).toBe(files.companiesPath);

    // As on a worker that never had the files: the run reads them from the database.
    Object.values(files).forEach((f) => fs.rmSync(f));
    const fromStore = await orchestrator.resume('run-gone');
    const fromFiles = await orchestrator.start(demoRunConfig('run-files', dir));

    expect(fromStore.status).toBe('success');
    const view = (r: typeof fromStore) => r.jobs.map((j) => [j.rank, j.score, j.company, j.applyUrl]);
    expect(view(fromStore)).toEqual(view(fromFiles));
    expect(fromStore.stats).toEqual(fromFiles.stats);
  });

  it('leaves out a file it cannot read, so the parse stage reports it with its own error', async () => {
    const run = demoRunConfig('run-missing', dir, { resumePath: path.join(dir, 'nowhere.pdf') });
    await expect(orchestrator.start(run)).rejects.toMatchObject({ code: 'RESUME_UNREADABLE' });
    expect(await inputs.get('run-missing', 'resume')).toBeUndefined();
    expect(await inputs.get('run-missing', 'prefs')).toBeDefined();
  });
});
