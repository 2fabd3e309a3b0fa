import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CheckpointRepository, RunInputRepository, RunRepository } from '@job-hunter/persistence';
import { demoRunConfig, sqliteTarget, type Target } from '@job-hunter/testing';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { startPipelineApp } from '../test-support/pipeline-app';
import { createRunRecord } from '../run-record';
import type { StageName } from '../stages/stage-names';
import { CheckpointOrchestrator } from './checkpoint.orchestrator';

describe('a checkpoint run stopped by its abort signal (the API cancel)', () => {
  let target: Target;
  let close: () => Promise<void>;
  let orchestrator: CheckpointOrchestrator;
  let checkpoints: CheckpointRepository;
  let runs: RunRepository;
  let inputs: RunInputRepository;
  let config: AppConfig;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-cancel-'));

  beforeAll(async () => {
    target = await sqliteTarget();
    const app = await startPipelineApp(target.db);
    close = () => app.close();
    orchestrator = app.get(CheckpointOrchestrator);
    checkpoints = app.get(CheckpointRepository);
    runs = app.get(RunRepository);
    inputs = app.get(RunInputRepository);
    config = app.get(APP_CONFIG);
  });

  afterAll(async () => {
    await close();
    await target.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('stops scraping, skips scoring, and still aggregates and notifies: partial with CANCELLED', async () => {
    const stop = new AbortController();
    const started: StageName[] = [];
    const result = await orchestrator.start(
      demoRunConfig('cancel-scrape', out),
      {
        onStageStart: (s) => started.push(s),
        onScrapeProgress: (done) => done === 3 && stop.abort(),
      },
      stop.signal,
    );
    expect(result.status).toBe('partial');
    expect(result.errors[0]).toEqual({
      stage: 'scrapeJobs',
      code: 'CANCELLED',
      message: 'The run was cancelled: the results are partial.',
    });
    expect(result.errors).toContainEqual({
      stage: 'scrapeJobs',
      code: 'CANCELLED',
      message: 'scrapeJobs was stopped before it finished.',
    });
    // Every company of the list counts as attempted; those never reached did not succeed.
    const companies = (await checkpoints.load<unknown[]>('cancel-scrape', 'findCompanies'))?.length;
    expect(result.stats.companiesAttempted).toBe(companies);
    expect(result.stats.companiesSucceeded).toBeGreaterThanOrEqual(3);
    expect(result.stats.companiesSucceeded).toBeLessThan(result.stats.companiesAttempted);
    expect(started).not.toContain('scoreJobs');
    expect(result.jobs).toEqual([]);
    expect(await checkpoints.stages('cancel-scrape')).toEqual(
      expect.arrayContaining(['scrapeJobs', 'processJobs', 'aggregate', 'notify']),
    );
    expect(await checkpoints.stages('cancel-scrape')).not.toContain('scoreJobs');
    expect((await runs.get('cancel-scrape'))?.status).toBe('partial');
    expect(fs.existsSync(path.join(out, 'cancel-scrape', 'report.html'))).toBe(true);
  });

  it('keeps what was scored when the stop comes after scoring', async () => {
    const stop = new AbortController();
    const result = await orchestrator.start(
      demoRunConfig('cancel-late', out),
      { onStageDone: (s) => s === 'scoreJobs' && stop.abort() },
      stop.signal,
    );
    expect(result.status).toBe('partial');
    expect(result.errors).toEqual([expect.objectContaining({ code: 'CANCELLED', stage: 'scoreJobs' })]);
    expect(result.jobs.length).toBeGreaterThan(0);
  });

  it('fails a run stopped before any company was searched: there is nothing to report', async () => {
    const stop = new AbortController();
    const run = orchestrator.start(
      demoRunConfig('cancel-early', out),
      { onStageDone: (s) => s === 'parseResume' && stop.abort() },
      stop.signal,
    );
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect((await runs.get('cancel-early'))?.status).toBe('failed');
    expect(await checkpoints.stages('cancel-early')).not.toContain('findCompanies');
  });

  it('launches a queued run once, under its own kind', async () => {
    const run = demoRunConfig('queued-a', out, { orchestrator: 'temporal' });
    await createRunRecord({ runs, inputs }, run, 'temporal', config, 'queued');
    expect((await runs.get('queued-a'))?.status).toBe('queued');
    expect(await runs.queued()).toContain('queued-a');
    const result = await orchestrator.launch('queued-a');
    expect(result.status).toBe('success');
    expect(result.orchestrator).toBe('checkpoint');
    expect(await runs.get('queued-a')).toMatchObject({ status: 'success', orchestrator: 'checkpoint' });
    expect(await runs.queued()).not.toContain('queued-a');
    await expect(orchestrator.launch('queued-a')).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });
  });
});
