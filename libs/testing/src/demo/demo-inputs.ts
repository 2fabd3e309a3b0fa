import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RunConfig } from '@job-hunter/domain';

export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const DEMO_DIR = path.join(REPO_ROOT, 'data/demo');

/** The bundled demo run (the same inputs `job-hunter demo` supplies), for integration tests. */
export function demoRunConfig(runId: string, outputDir: string, overrides: Partial<RunConfig> = {}): RunConfig {
  const market = JSON.parse(fs.readFileSync(path.join(DEMO_DIR, 'market.json'), 'utf8')) as { recordedAt: string };
  return {
    runId,
    resumePath: path.join(DEMO_DIR, 'resume.pdf'),
    prefsFile: path.join(DEMO_DIR, 'preferences.txt'),
    companiesPath: path.join(DEMO_DIR, 'companies.yaml'),
    snapshotDir: path.join(DEMO_DIR, 'snapshot'),
    engine: 'heuristic',
    orchestrator: 'checkpoint',
    dryRun: true,
    forceRescrape: false,
    outputDir,
    formats: ['json', 'csv', 'xlsx', 'html'],
    top: 50,
    maxPerCompany: 3,
    now: market.recordedAt,
    ...overrides,
  };
}
