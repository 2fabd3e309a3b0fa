import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Global, Module, type INestApplicationContext, type ModuleMetadata } from '@nestjs/common';
import type { Company, RunConfig, RunResult } from '@job-hunter/domain';
import { BOARD_HTTP_SETTINGS } from '@job-hunter/job-boards';
import {
  FakeJobBoardServer,
  boardApiPath,
  boardHostOverrides,
  demoRunConfig,
  greenhouseBoard,
  sqliteTarget,
  type Target,
} from '@job-hunter/testing';
import { CheckpointOrchestrator } from '../checkpoint/checkpoint.orchestrator';
import { TemporalOrchestrator } from '../temporal/client/temporal.orchestrator';
import { startPipelineApp } from '../test-support/pipeline-app';
import { startTemporalPipelineApp } from '../test-support/temporal-pipeline-app';

const DEADLINE_SECONDS = 2;
/**
 * Without the deadline the hanging board holds the run for its 4 attempts of 30 s each; with it
 * the whole run, start-up and Temporal included, ends far sooner. A bound, not a speed claim.
 */
const RUN_BOUND_MS = 40_000;

const companies: Company[] = [
  { name: 'Acme', careersUrl: 'https://boards.greenhouse.io/acme' },
  { name: 'Stuck', careersUrl: 'https://jobs.lever.co/stuck' },
];

type Modules = NonNullable<ModuleMetadata['imports']>;
type Start = (
  target: Target,
  modules: Modules,
) => Promise<{ app: INestApplicationContext; close: () => Promise<void>; run: (c: RunConfig) => Promise<RunResult> }>;

const settings = { JH_BOARD_DEADLINE_SECONDS: String(DEADLINE_SECONDS) };
const orchestrators: Array<[string, RunConfig['orchestrator'], Start]> = [
  [
    'checkpoint',
    'checkpoint',
    async (target, modules) => {
      const app = await startPipelineApp(target.db, settings, modules);
      return { app, close: () => app.close(), run: (c) => app.get(CheckpointOrchestrator).start(c) };
    },
  ],
  [
    'Temporal',
    'temporal',
    async (target, modules) => {
      const { app, close } = await startTemporalPipelineApp(target.db, settings, modules);
      return { app, close, run: (c) => app.get(TemporalOrchestrator).start(c) };
    },
  ],
];

describe.each(orchestrators)('a board that never answers, in the %s orchestrator', (_name, kind, start) => {
  let target: Target;
  let server: FakeJobBoardServer;
  let close: (() => Promise<void>) | undefined;
  let run: (c: RunConfig) => Promise<RunResult>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-deadline-'));

  beforeAll(async () => {
    target = await sqliteTarget();
    server = await new FakeJobBoardServer([
      { path: boardApiPath.greenhouse('acme'), respond: { json: greenhouseBoard(4, 'acme') } },
      // Takes the request and never answers: every attempt would wait for its full timeout.
      { path: boardApiPath.lever('stuck'), respond: () => new Promise<never>(() => undefined) },
    ]).start();
    fs.writeFileSync(path.join(dir, 'companies.json'), JSON.stringify(companies));

    @Global()
    @Module({
      providers: [{ provide: BOARD_HTTP_SETTINGS, useValue: { hostOverrides: boardHostOverrides(server.url) } }],
      exports: [BOARD_HTTP_SETTINGS],
    })
    class FakeBoardsModule {}

    ({ close, run } = await start(target, [FakeBoardsModule]));
  }, 120_000);

  afterAll(async () => {
    await close?.();
    await server?.close();
    await target?.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('ends that company with BOARD_DEADLINE near the deadline, keeps the others and ends partial', async () => {
    const config = demoRunConfig(`deadline-${kind}`, dir, {
      orchestrator: kind,
      companiesPath: path.join(dir, 'companies.json'),
      snapshotDir: undefined,
      prefsFile: undefined,
      prefsText: 'Software engineer roles, remote or onsite anywhere in the world.',
      now: '2025-09-20T00:00:00.000Z',
    });
    const started = Date.now();
    const result = await run(config);
    expect(Date.now() - started).toBeLessThan(RUN_BOUND_MS);

    expect(result.status).toBe('partial');
    expect(result.errors).toEqual([
      expect.objectContaining({ stage: 'scrapeJobs', code: 'BOARD_DEADLINE', company: 'Stuck' }),
    ]);
    expect(result.errors[0]?.message).toContain(`within ${DEADLINE_SECONDS} s`);
    expect(result.stats).toMatchObject({ companiesAttempted: 2, companiesSucceeded: 1, jobsScraped: 4 });
  }, 120_000);
});
