import * as fs from 'node:fs';
import { startPipelineApp } from '../test-support/pipeline-app';
import * as os from 'node:os';
import * as path from 'node:path';
import { CheckpointRepository, RunRepository } from '@job-hunter/persistence';
import { demoRunConfig, moduleDatabaseTargets, type Target } from '@job-hunter/testing';
import { CheckpointOrchestrator } from './checkpoint.orchestrator';
import { STAGE_NAMES } from '../stages/stage-names';
import { StageRunner } from '../stages/stage-runner';

const targets = moduleDatabaseTargets();

describe.each(targets)('checkpoint pipeline on %s', (_name, makeTarget) => {
  let target: Target;
  let close: () => Promise<void>;
  let orchestrator: CheckpointOrchestrator;
  let checkpoints: CheckpointRepository;
  let runs: RunRepository;
  let runner: StageRunner;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-orch-'));

  beforeAll(async () => {
    target = await makeTarget();
    const app = await startPipelineApp(target.db);
    close = () => app.close();
    orchestrator = app.get(CheckpointOrchestrator);
    checkpoints = app.get(CheckpointRepository);
    runs = app.get(RunRepository);
    runner = app.get(StageRunner);
  });

  afterAll(async () => {
    await close();
    await target.cleanup();
  });

  it('runs the demo market end to end and stores a checkpoint after every stage', async () => {
    const seen: string[] = [];
    const result = await orchestrator.start(demoRunConfig('run-a', out), { onStageDone: (s) => seen.push(s) });
    expect(seen).toEqual([...STAGE_NAMES]);
    expect(await checkpoints.stages('run-a')).toEqual([...STAGE_NAMES]);
    expect(result.status).toBe('success');
    expect(result.jobs.length).toBeGreaterThanOrEqual(10);
    const perCompany = await checkpoints.loadAll('run-a', 'scrapeJobs');
    expect(perCompany.filter((c) => c.key !== '')).toHaveLength(result.stats.companiesAttempted);
    expect((await runs.get('run-a'))?.status).toBe('success');
    expect(fs.existsSync(path.join(out, 'run-a', 'report.html'))).toBe(true);
  });

  it('resumes after the last finished stage and reaches the same shortlist', async () => {
    const full = await orchestrator.start(demoRunConfig('run-b', out));
    // A second run that stopped after processing, as if the process had died there.
    const config = demoRunConfig('run-c', out);
    await runs.create({ id: 'run-c', orchestrator: 'checkpoint', engine: 'heuristic', config, startedAt: config.now });
    for (const stage of STAGE_NAMES.slice(0, STAGE_NAMES.indexOf('scoreJobs'))) await runner.runStage(stage, 'run-c');
    const ran: string[] = [];
    const resumed = await orchestrator.resume('run-c', { onStageStart: (s) => ran.push(s) });
    expect(ran).toEqual(['scoreJobs', 'aggregate', 'notify']);
    const view = (jobs: typeof full.jobs) => jobs.map((j) => [j.rank, j.score, j.applyUrl]);
    expect(view(resumed.jobs)).toEqual(view(full.jobs));
    expect(resumed.stats).toEqual(full.stats);
  });

  it('finishes a resumed run that had only notify left: it leaves `running` with its result', async () => {
    const config = demoRunConfig('run-d', out);
    await runs.create({ id: 'run-d', orchestrator: 'checkpoint', engine: 'heuristic', config, startedAt: config.now });
    for (const stage of STAGE_NAMES.slice(0, STAGE_NAMES.indexOf('notify'))) await runner.runStage(stage, 'run-d');
    await runs.setStatus('run-d', 'running');
    const ran: string[] = [];
    const resumed = await orchestrator.resume('run-d', { onStageStart: (s) => ran.push(s) });
    expect(ran).toEqual(['notify']);
    expect((await runs.get('run-d'))?.status).toBe(resumed.status);
    expect(resumed.status).toBe('success');
  });

  it('refuses to resume an unknown run with a user error', async () => {
    await expect(orchestrator.resume('nope')).rejects.toMatchObject({ code: 'RUN_NOT_FOUND', isUserError: true });
  });
});
