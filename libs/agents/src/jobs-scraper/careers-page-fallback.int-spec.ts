import { existsSync } from 'node:fs';
import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { TestingModule } from '@nestjs/testing';
import { APP_CONFIG } from '@job-hunter/config';
import { BOARD_HTTP_SETTINGS } from '@job-hunter/job-boards';
import { FakeJobBoardServer, htmlPage, jobPostingLd, jsonLdScript } from '@job-hunter/testing';
import { JobsScraperAgent } from './jobs-scraper.agent';
import { JobsScraperModule } from './jobs-scraper.module';

const CHROMIUM = '/usr/bin/chromium';
const describeChromium = existsSync(CHROMIUM) ? describe : describe.skip;

/**
 * A board whose feed refuses anonymous readers, end to end: the real Teamtailor client, the real
 * careers-page reader in headless Chromium, a local server standing in for the tenant's host.
 */
describeChromium('a feed that is refused: the careers page takes over (Chromium, fake Teamtailor host)', () => {
  let server: FakeJobBoardServer;
  let module: TestingModule;
  let agent: JobsScraperAgent;

  beforeEach(async () => {
    server = await new FakeJobBoardServer().start();
    @Global()
    @Module({
      providers: [
        {
          provide: APP_CONFIG,
          useValue: { scraping: { cacheTtlHours: 0, userAgent: '', allowLoopback: false, boardDeadlineMs: 60_000 } },
        },
        {
          provide: BOARD_HTTP_SETTINGS,
          useValue: { hostOverrides: { 'acme.teamtailor.com': server.url }, retries: 0 },
        },
      ],
      exports: [APP_CONFIG, BOARD_HTTP_SETTINGS],
    })
    class TestConfigModule {}
    module = await Test.createTestingModule({ imports: [TestConfigModule, JobsScraperModule] }).compile();
    agent = module.get(JobsScraperAgent);
  });
  afterEach(async () => {
    await module.close();
    await server.close();
  });

  it("reads the board's job list page, and the run's errors say why", async () => {
    server.route({ path: '/jobs.rss', respond: { status: 403, body: 'Forbidden' } });
    server.route({
      path: '/jobs',
      respond: htmlPage('<h1>Open roles</h1>', jsonLdScript(jobPostingLd(0, 'https://acme.teamtailor.com/jobs/1-sre'))),
    });
    const result = await agent.scrapeCompany(
      { name: 'Acme', careersUrl: 'https://acme.teamtailor.com/jobs' },
      { forceRescrape: true },
    );
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['GET /jobs.rss', 'GET /jobs']),
    );
    expect(result).toMatchObject({ company: 'Acme', ats: 'teamtailor', board: 'acme' });
    expect(result.jobs.map((j) => [j.ats, j.title, j.url])).toEqual([
      ['careers-page', 'Site Reliability Engineer 0', 'https://acme.teamtailor.com/jobs/1-sre'],
    ]);
    expect(result.error?.code).toBe('BOARD_FEED_OFF');
    expect(result.error?.message).toMatch(
      /jobs\.rss answered HTTP 403.*; read its careers page https:\/\/acme\.teamtailor\.com\/jobs instead: 1 job\.$/,
    );
  });
});
