import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { Understanding } from '@job-hunter/domain';
import { demoRunConfig, sqliteTarget, type Target } from '@job-hunter/testing';
import { TemporalOrchestrator } from '../temporal/client/temporal.orchestrator';
import { startTemporalPipelineApp } from '../test-support/temporal-pipeline-app';

describe('the reading under Temporal (real workflow and activities)', () => {
  let target: Target;
  let app: INestApplicationContext;
  let close: (() => Promise<void>) | undefined;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-reading-temporal-'));

  beforeAll(async () => {
    target = await sqliteTarget();
    ({ app, close } = await startTemporalPipelineApp(target.db));
  }, 120_000);

  afterAll(async () => {
    await close?.();
    await target?.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('is shown by the client before the workflow, reaches the worker-built result through the store, and is written beside it', async () => {
    const shown: Understanding[] = [];
    const stages: string[] = [];
    const config = demoRunConfig('tp-reading', out, { orchestrator: 'temporal' });
    const result = await app.get(TemporalOrchestrator).start(config, {
      onUnderstanding: (u) => shown.push(u),
      onStageStart: (s) => stages.push(s),
    });

    expect(result.status).toBe('success');
    expect(shown).toHaveLength(1);
    // Shown while the client read the inputs, before any job board was fetched.
    expect(stages.indexOf('parsePreferences')).toBeLessThan(stages.indexOf('findCompanies'));
    expect(result.reading).toEqual(shown[0]?.reading);
    expect(result.reading?.roles.length).toBeGreaterThan(0);
    const runDir = path.join(out, 'tp-reading');
    const written = JSON.parse(fs.readFileSync(path.join(runDir, 'understanding.json'), 'utf8')) as Understanding;
    expect(written).toEqual(shown[0]);
    expect(written.resume?.titles.length).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(runDir, 'report.html'), 'utf8')).toContain('What we understood');
    expect(fs.readFileSync(path.join(runDir, 'digest.txt'), 'utf8')).toContain('What we understood:');
  }, 90_000);
});
