import * as fs from 'node:fs';
import { startPipelineApp } from '../test-support/pipeline-app';
import * as os from 'node:os';
import * as path from 'node:path';
import { Global, Module } from '@nestjs/common';
import type { Company, RawJob } from '@job-hunter/domain';
import { BOARD_HTTP_SETTINGS } from '@job-hunter/job-boards';
import { CheckpointRepository } from '@job-hunter/persistence';
import {
  FakeJobBoardServer,
  ashbyBoard,
  boardApiPath,
  boardHostOverrides,
  demoRunConfig,
  greenhouseBoard,
  moduleDatabaseTargets,
  type Target,
} from '@job-hunter/testing';
import { CheckpointOrchestrator } from './checkpoint.orchestrator';

const targets = moduleDatabaseTargets();

const companies: Company[] = [
  { name: 'Acme', careersUrl: 'https://boards.greenhouse.io/acme' },
  { name: 'Nimbus', careersUrl: 'https://jobs.lever.co/nimbus' },
  { name: 'Gone Corp', careersUrl: 'https://job-boards.greenhouse.io/gonecorp' },
  { name: 'Orbit Labs', careersUrl: 'https://jobs.ashbyhq.com/orbit' },
];

describe.each(targets)('a failing board in the checkpoint pipeline on %s', (_name, makeTarget) => {
  let target: Target;
  let server: FakeJobBoardServer;
  let close: () => Promise<void>;
  let orchestrator: CheckpointOrchestrator;
  let checkpoints: CheckpointRepository;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-isolation-'));

  beforeAll(async () => {
    target = await makeTarget();
    server = await new FakeJobBoardServer([
      { path: boardApiPath.greenhouse('acme'), respond: { json: greenhouseBoard(5, 'acme') } },
      // Down for good: retried, then reported; Gone Corp has no route, so it answers 404.
      { path: boardApiPath.lever('nimbus'), respond: { status: 500, body: 'internal error' } },
      { path: boardApiPath.ashby('orbit'), respond: { json: ashbyBoard(3, 'orbit') } },
    ]).start();
    fs.writeFileSync(path.join(dir, 'companies.json'), JSON.stringify(companies));

    @Global()
    @Module({
      providers: [
        {
          provide: BOARD_HTTP_SETTINGS,
          useValue: { hostOverrides: boardHostOverrides(server.url), retries: 2, backoffBaseMs: 1 },
        },
      ],
      exports: [BOARD_HTTP_SETTINGS],
    })
    class FakeBoardsModule {}

    const app = await startPipelineApp(target.db, {}, [FakeBoardsModule]);
    close = () => app.close();
    orchestrator = app.get(CheckpointOrchestrator);
    checkpoints = app.get(CheckpointRepository);
  });

  afterAll(async () => {
    await close?.();
    await server?.close();
    await target?.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('records each failed company with a code, keeps the others and ends partial', async () => {
    const config = demoRunConfig('run-isolation', dir, {
      companiesPath: path.join(dir, 'companies.json'),
      snapshotDir: undefined,
      prefsFile: undefined,
      prefsText: 'Software engineer or data scientist roles, remote or onsite anywhere in the world.',
      now: '2025-09-20T00:00:00.000Z',
    });
    const result = await orchestrator.start(config);

    expect(result.status).toBe('partial');
    // Errors come in the order the scrapes finished.
    const errors = [...result.errors].sort((a, b) => (a.company ?? '').localeCompare(b.company ?? ''));
    expect(errors).toEqual([
      expect.objectContaining({ stage: 'scrapeJobs', code: 'BOARD_NOT_FOUND', company: 'Gone Corp' }),
      expect.objectContaining({ stage: 'scrapeJobs', code: 'BOARD_HTTP_ERROR', company: 'Nimbus' }),
    ]);
    expect(errors[1]?.message).toContain('HTTP 500');
    expect(server.requestsTo(boardApiPath.lever('nimbus'))).toHaveLength(3);
    expect(result.stats).toMatchObject({ companiesAttempted: 4, companiesSucceeded: 2, jobsScraped: 8 });

    const perCompany = (await checkpoints.loadAll<{ company: string; jobs: RawJob[] }>('run-isolation', 'scrapeJobs'))
      .filter((row) => row.key !== '')
      .map((row) => [row.data.company, row.data.jobs.length]);
    expect(perCompany).toEqual([
      ['Acme', 5],
      ['Nimbus', 0],
      ['Gone Corp', 0],
      ['Orbit Labs', 3],
    ]);

    // Every scraped job was scored or counted as dropped; the shortlist holds only the healthy boards' jobs.
    const dropped = Object.values(result.stats.dropped).reduce((n, k) => n + k, 0);
    expect(result.stats.jobsScored + dropped).toBe(8);
    expect(result.jobs.length).toBeGreaterThan(0);
    expect(result.jobs.every((j) => j.company === 'Acme' || j.company === 'Orbit Labs')).toBe(true);
  });
});
