import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { RunResult, Understanding } from '@job-hunter/domain';
import { demoRunConfig, sqliteTarget, type Target } from '@job-hunter/testing';
import { TemporalOrchestrator } from '../temporal/client/temporal.orchestrator';
import { startTemporalPipelineApp } from '../test-support/temporal-pipeline-app';

/** One demo run under Temporal: what the run shows of its reading and of every job it saw. */
describe('the reading and decisions.csv under Temporal (real workflow and activities)', () => {
  let target: Target;
  let app: INestApplicationContext;
  let close: (() => Promise<void>) | undefined;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-run-files-temporal-'));
  const runDir = path.join(out, 'tp-files');
  const shown: Understanding[] = [];
  const stages: string[] = [];
  let result: RunResult;

  beforeAll(async () => {
    target = await sqliteTarget();
    ({ app, close } = await startTemporalPipelineApp(target.db));
    const config = demoRunConfig('tp-files', out, { orchestrator: 'temporal' });
    result = await app.get(TemporalOrchestrator).start(config, {
      onUnderstanding: (u) => shown.push(u),
      onStageStart: (s) => stages.push(s),
    });
  }, 180_000);

  afterAll(async () => {
    await close?.();
    await target?.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('shows the reading once a worker has read it, carries it to the worker-built result through the store, and writes it beside it', () => {
    expect(result.status).toBe('success');
    expect(shown).toHaveLength(1);
    // Shown as the worker's parsePreferences finished, before the companies step.
    expect(stages.indexOf('parsePreferences')).toBeLessThan(stages.indexOf('findCompanies'));
    expect(result.reading).toEqual(shown[0]?.reading);
    expect(result.reading?.roles.length).toBeGreaterThan(0);
    const written = JSON.parse(fs.readFileSync(path.join(runDir, 'understanding.json'), 'utf8')) as Understanding;
    expect(written).toEqual(shown[0]);
    expect(written.resume?.titles.length).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(runDir, 'report.html'), 'utf8')).toContain('What we understood');
    expect(fs.readFileSync(path.join(runDir, 'digest.txt'), 'utf8')).toContain('What we understood:');
  });

  it('has the worker build decisions.csv from the stored jobs and the client write it, one row per job seen', () => {
    const lines = fs.readFileSync(path.join(runDir, 'decisions.csv'), 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Company,Title,Occupation,Location,Decision,Reason,Score,Apply URL');
    expect(lines.length - 1).toBe(result.stats.jobsScraped);
    expect(lines.filter((l) => l.includes(',shortlisted,'))).toHaveLength(result.jobs.length);
    expect(lines.filter((l) => l.includes(',dropped,role,')).length).toBe(result.stats.dropped['role']);
  });
});
