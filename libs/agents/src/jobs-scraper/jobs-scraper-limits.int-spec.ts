import { existsSync } from 'node:fs';
import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { TestingModule } from '@nestjs/testing';
import { APP_CONFIG } from '@job-hunter/config';
import type { AppConfig } from '@job-hunter/config';
import type { Company } from '@job-hunter/domain';
import {
  API_BOARD_CLIENTS,
  API_BOARD_CLIENT_CLASSES,
  BOARD_HTTP_SETTINGS,
  CAREERS_PAGE_OPTIONS,
} from '@job-hunter/job-boards';
import {
  FakeJobBoardServer,
  WORKDAY_TEST_HOST,
  htmlPage,
  workdayApiPath,
  workdayDetail,
  workdayListPage,
  workdayPosting,
} from '@job-hunter/testing';
import type { FakeResponse, LoggedRequest } from '@job-hunter/testing';
import { JobsScraperAgent } from './jobs-scraper.agent';
import { JobsScraperModule } from './jobs-scraper.module';

const CHROMIUM = '/usr/bin/chromium';
const describeChromium = existsSync(CHROMIUM) ? describe : describe.skip;

const CAREERS_HOST = 'careers.acme.test';
/** How long the direct company's first list page stays open once the careers page was read. */
const HOLD_MS = 2_500;
const DIRECT_JOBS = 25;
const EMBEDDED_JOBS = 5;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const isList = (r: LoggedRequest): boolean => r.method === 'POST';
const isDetail = (r: LoggedRequest): boolean => r.method === 'GET' && r.path.includes('/job/');

/**
 * One Workday tenant reached two ways in one run: "Acme" directly (site External) and "Acme
 * Careers" through a careers page that links to the tenant's other site (Careers). The direct
 * company's first list page is held open until the careers page has been read and a little
 * longer, so the careers-page path asks for its list while the direct one is still in flight.
 */
function serveTenant(server: FakeJobBoardServer): void {
  let pageRead!: () => void;
  const careersPageRead = new Promise<void>((resolve) => (pageRead = resolve));
  server.route({
    path: '/careers',
    respond: () => {
      pageRead();
      return htmlPage(`<h1>Jobs</h1><a href="https://${WORKDAY_TEST_HOST}/en-US/Careers">Open positions</a>`);
    },
  });
  const site = (name: string, count: number, hold: () => Promise<void>): void => {
    server.route({
      method: 'POST',
      path: workdayApiPath.list('acme', name),
      respond: async (r): Promise<FakeResponse> => {
        const { offset, limit } = JSON.parse(r.body) as { offset: number; limit: number };
        if (offset === 0) await hold();
        return { json: workdayListPage(count, offset, limit) };
      },
    });
    for (let i = 0; i < count; i++) {
      server.route({
        method: 'GET',
        path: workdayApiPath.detail('acme', name, String(workdayPosting(i)['externalPath'])),
        respond: { json: workdayDetail(i, WORKDAY_TEST_HOST, name), delayMs: 50 },
      });
    }
  };
  site('External', DIRECT_JOBS, () => careersPageRead.then(() => sleep(HOLD_MS)));
  site('Careers', EMBEDDED_JOBS, () => Promise.resolve());
}

async function scraperModule(serverUrl: string, freshCareersPageClients = false): Promise<TestingModule> {
  @Global()
  @Module({
    providers: [
      {
        provide: APP_CONFIG,
        useValue: { scraping: { cacheTtlHours: 0, userAgent: '', allowLoopback: false } } as AppConfig,
      },
      {
        provide: BOARD_HTTP_SETTINGS,
        useValue: { hostOverrides: { [WORKDAY_TEST_HOST]: serverUrl, [CAREERS_HOST]: serverUrl }, retries: 0 },
      },
      { provide: CAREERS_PAGE_OPTIONS, useValue: { settleMs: 200 } },
    ],
    exports: [APP_CONFIG, BOARD_HTTP_SETTINGS, CAREERS_PAGE_OPTIONS],
  })
  class TestConfigModule {}

  const builder = Test.createTestingModule({ imports: [TestConfigModule, JobsScraperModule] });
  // What the careers page did before: its own fresh clients, so none of the registry's limits.
  if (freshCareersPageClients)
    builder.overrideProvider(API_BOARD_CLIENTS).useValue(API_BOARD_CLIENT_CLASSES.map((C) => new C()));
  return builder.compile();
}

describeChromium('one Workday tenant reached directly and through a careers page in the same run', () => {
  let server: FakeJobBoardServer;
  let module: TestingModule | undefined;

  beforeEach(async () => {
    server = await new FakeJobBoardServer().start();
    serveTenant(server);
  });
  afterEach(async () => {
    await module?.close();
    await server.close();
  });

  const companies: Company[] = [
    { name: 'Acme', careersUrl: `https://${WORKDAY_TEST_HOST}/en-US/External` },
    { name: 'Acme Careers', careersUrl: `http://${CAREERS_HOST}/careers` },
  ];

  async function scrape(freshCareersPageClients = false) {
    module = await scraperModule(server.url, freshCareersPageClients);
    const results = await module.get(JobsScraperAgent).scrapeAll(companies, { forceRescrape: false });
    return { results, listPeak: server.maxConcurrent(isList), detailPeak: server.maxConcurrent(isDetail) };
  }

  it("keeps Workday's one list page and two details at a time per tenant across both paths", async () => {
    const { results, listPeak, detailPeak } = await scrape();

    expect(results.map((r) => [r.company, r.ats, r.error?.code, r.jobs.length])).toEqual([
      ['Acme', 'workday', undefined, DIRECT_JOBS],
      ['Acme Careers', 'careers-page', undefined, EMBEDDED_JOBS],
    ]);
    expect(results[1]?.jobs.every((j) => j.ats === 'workday')).toBe(true);
    expect(server.requests.filter(isList)).toHaveLength(3);
    expect(listPeak).toBe(1);
    expect(detailPeak).toBeLessThanOrEqual(2);
  });

  it('exceeds the list limit when the careers page has clients of its own (the old wiring)', async () => {
    const { results, listPeak } = await scrape(true);

    expect(results.map((r) => r.jobs.length)).toEqual([DIRECT_JOBS, EMBEDDED_JOBS]);
    expect(listPeak).toBe(2);
  });
});
