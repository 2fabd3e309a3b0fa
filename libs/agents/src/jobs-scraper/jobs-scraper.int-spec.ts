import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { TestingModule } from '@nestjs/testing';
import { APP_CONFIG } from '@job-hunter/config';
import type { AppConfig } from '@job-hunter/config';
import type { Company } from '@job-hunter/domain';
import { BOARD_HTTP_SETTINGS } from '@job-hunter/job-boards';
import {
  FakeJobBoardServer,
  ashbyBoard,
  boardApiPath,
  boardHostOverrides,
  greenhouseBoard,
  leverBoard,
} from '@job-hunter/testing';
import { JobsScraperAgent } from './jobs-scraper.agent';
import { JobsScraperModule } from './jobs-scraper.module';

const realDir = path.resolve(__dirname, '../../../..', '../shared/fixtures/real');

function appConfig(): AppConfig {
  return {
    scraping: { cacheTtlHours: 24, userAgent: '', allowLoopback: false },
  } as AppConfig;
}

async function buildAgent(serverUrl: string): Promise<{ module: TestingModule; agent: JobsScraperAgent }> {
  @Global()
  @Module({
    providers: [
      { provide: APP_CONFIG, useValue: appConfig() },
      {
        provide: BOARD_HTTP_SETTINGS,
        useValue: { hostOverrides: boardHostOverrides(serverUrl), retries: 1, backoffBaseMs: 1 },
      },
    ],
    exports: [APP_CONFIG, BOARD_HTTP_SETTINGS],
  })
  class TestConfigModule {}

  const module = await Test.createTestingModule({ imports: [TestConfigModule, JobsScraperModule] }).compile();
  return { module, agent: module.get(JobsScraperAgent) };
}

describe('JobsScraperModule', () => {
  let server: FakeJobBoardServer;
  let module: TestingModule;
  let agent: JobsScraperAgent;
  let dir: string;

  beforeEach(async () => {
    server = await new FakeJobBoardServer([
      { path: boardApiPath.greenhouse('acme'), respond: { json: greenhouseBoard(4) } },
      { path: boardApiPath.lever('nimbus'), respond: [{ status: 502 }, { json: leverBoard(3, 'nimbus') }] },
      { path: boardApiPath.ashby('Orbit%20Labs'), respond: { json: ashbyBoard(2, 'Orbit%20Labs') } },
    ]).start();
    ({ module, agent } = await buildAgent(server.url));
    dir = await mkdtemp(path.join(tmpdir(), 'jh-scrape-'));
  });
  afterEach(async () => {
    await module.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const companies: Company[] = [
    { name: 'Acme', careersUrl: 'https://boards.greenhouse.io/acme' },
    { name: 'Nimbus', careersUrl: 'https://jobs.lever.co/nimbus' },
    { name: 'Orbit Labs', careersUrl: 'https://jobs.ashbyhq.com/Orbit%20Labs' },
    { name: 'Gone', careersUrl: 'https://job-boards.greenhouse.io/gone' },
    // Not a web page at all, so not even the careers-page fallback applies.
    { name: 'Homepage', careersUrl: 'mailto:jobs@gone.example' },
  ];

  it('scrapes every board, recording a snapshot that replays offline to the same jobs', async () => {
    const live = await agent.scrapeAll(companies, { forceRescrape: false, recordSnapshotDir: dir });
    expect(live.map((r) => [r.company, r.ats, r.jobs.length, r.error?.code])).toEqual([
      ['Acme', 'greenhouse', 4, undefined],
      ['Nimbus', 'lever', 3, undefined],
      ['Orbit Labs', 'ashby', 2, undefined],
      ['Gone', 'greenhouse', 0, 'BOARD_NOT_FOUND'],
      ['Homepage', undefined, 0, 'BOARD_UNSUPPORTED'],
    ]);
    expect(server.requests[0]?.headers['user-agent']).toBe('JobHunter/0.1 (+https://github.com/job-hunter/job-hunter)');
    expect((await readdir(dir)).sort()).toEqual(['api.ashbyhq.com', 'api.lever.co', 'boards-api.greenhouse.io']);

    await server.close();
    const replayed = await agent.scrapeAll(companies, { forceRescrape: false, snapshotDir: dir });
    const titles = (rs: typeof live) => rs.map((r) => r.jobs.map((j) => j.title));
    expect(titles(replayed)).toEqual(titles(live));
    expect(replayed.map((r) => r.error?.code)).toEqual([
      undefined,
      undefined,
      undefined,
      'BOARD_NOT_FOUND',
      'BOARD_UNSUPPORTED',
    ]);
  });

  (existsSync(realDir) ? it : it.skip)('reads the real Ashby market from its snapshot', async () => {
    const real = JSON.parse(readFileSync(path.join(realDir, 'companies.json'), 'utf8')) as Company[];
    const results = await agent.scrapeAll(real, { forceRescrape: false, snapshotDir: path.join(realDir, 'snapshot') });
    expect(results.filter((r) => r.error)).toEqual([]);
    expect(results.reduce((n, r) => n + r.jobs.length, 0)).toBe(48);
  });
});
