import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { TestingModule } from '@nestjs/testing';
import { AppConfigModule } from '@job-hunter/config';
import type { Company } from '@job-hunter/domain';
import { BOARD_HTTP_SETTINGS } from '@job-hunter/job-boards';
import {
  BoardResponseCacheRepository,
  BoardResponseEntity,
  JobSightingRepository,
  PersistenceModule,
} from '@job-hunter/persistence';
import {
  FakeJobBoardServer,
  ashbyBoard,
  boardApiPath,
  boardHostOverrides,
  greenhouseBoard,
  leverBoard,
  postgresAvailable,
  postgresDatabaseTarget,
  sqliteTarget,
  testConfig,
} from '@job-hunter/testing';
import type { Target } from '@job-hunter/testing';
import { DataSource } from 'typeorm';
import { JobsScraperAgent } from './jobs-scraper.agent';
import type { CompanyScrapeResult, ScrapeOptions } from './jobs-scraper.types';
import { JobsScraperModule } from './jobs-scraper.module';

const targets: Array<[string, () => Promise<Target>]> = [['SQLite', sqliteTarget]];
if (postgresAvailable()) targets.push(['PostgreSQL', postgresDatabaseTarget]);

const companies: Company[] = [
  { name: 'Acme', careersUrl: 'https://boards.greenhouse.io/acme' },
  { name: 'Nimbus', careersUrl: 'https://jobs.lever.co/nimbus' },
  { name: 'Orbit Labs', careersUrl: 'https://jobs.ashbyhq.com/Orbit%20Labs' },
  { name: 'Gone', careersUrl: 'https://job-boards.greenhouse.io/gone' },
];
const live: ScrapeOptions = { forceRescrape: false };
const summary = (results: CompanyScrapeResult[]) => results.map((r) => [r.company, r.jobs.length, r.error?.code]);
const EXPECTED = [
  ['Acme', 4, undefined],
  ['Nimbus', 3, undefined],
  ['Orbit Labs', 2, undefined],
  ['Gone', 0, 'BOARD_NOT_FOUND'],
];

describe.each(targets)('job-board cache and sightings on %s', (_name, makeTarget) => {
  let target: Target;
  let server: FakeJobBoardServer;
  let module: TestingModule;
  let agent: JobsScraperAgent;
  let cache: BoardResponseCacheRepository;
  let sightings: JobSightingRepository;
  let dataSource: DataSource;
  let dir: string;

  beforeAll(async () => {
    target = await makeTarget();
    server = await new FakeJobBoardServer([
      { path: boardApiPath.greenhouse('acme'), respond: { json: greenhouseBoard(4) } },
      // A 502 first: only the 200 that follows may be cached.
      { path: boardApiPath.lever('nimbus'), respond: [{ status: 502 }, { json: leverBoard(3, 'nimbus') }] },
      { path: boardApiPath.ashby('Orbit%20Labs'), respond: { json: ashbyBoard(2, 'Orbit%20Labs') } },
    ]).start();

    @Global()
    @Module({
      providers: [
        {
          provide: BOARD_HTTP_SETTINGS,
          useValue: { hostOverrides: boardHostOverrides(server.url), retries: 1, backoffBaseMs: 1 },
        },
      ],
      exports: [BOARD_HTTP_SETTINGS],
    })
    class FakeBoardsModule {}

    module = await Test.createTestingModule({
      imports: [
        AppConfigModule.forRoot(testConfig(target.db, { JH_SCRAPE_CACHE_TTL_HOURS: '6' })),
        FakeBoardsModule,
        PersistenceModule.forRoot(),
        JobsScraperModule,
      ],
    }).compile();
    await module.init();
    agent = module.get(JobsScraperAgent);
    cache = module.get(BoardResponseCacheRepository);
    sightings = module.get(JobSightingRepository);
    dataSource = module.get(DataSource);
    dir = await mkdtemp(path.join(tmpdir(), 'jh-cache-'));
  });
  afterAll(async () => {
    await module?.close();
    await server?.close();
    await target?.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  const requestCount = () => server.requests.length;
  const acmeJob = { ats: 'greenhouse', board: 'acme', externalId: '4000000' };

  it('answers a second scrape within the TTL from the database, except what failed', async () => {
    expect(summary(await agent.scrapeAll(companies, { ...live, recordSnapshotDir: dir }))).toEqual(EXPECTED);
    // Acme, Nimbus twice (502, then 200), Orbit Labs, Gone.
    expect(requestCount()).toBe(5);
    expect(await cache.count()).toBe(3);

    const again = await agent.scrapeAll(companies, live);
    expect(summary(again)).toEqual(EXPECTED);
    // Only the 404 board is asked again: non-2xx answers are never cached.
    expect(server.requests.slice(5).map((r) => r.path)).toEqual([boardApiPath.greenhouse('gone')]);
    expect(again[2]?.jobs[0]).toMatchObject({ title: 'Data Scientist 0', company: 'Orbit Labs' });
  });

  it('records first and last sightings on every live scrape', async () => {
    const [first] = await sightings.find([acmeJob]);
    if (!first) throw new Error('Acme job 4000000 was never sighted');
    expect(first).toMatchObject({ ...acmeJob, company: 'Acme' });
    // Two live scrapes so far: first seen at the first, last seen at the second.
    expect(first.firstSeenAt < first.lastSeenAt).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await agent.scrapeCompany(companies[0] as Company, live);
    const [later] = await sightings.find([acmeJob]);
    expect(later?.firstSeenAt).toBe(first.firstSeenAt);
    expect((later?.lastSeenAt ?? '') > first.lastSeenAt).toBe(true);
  });

  it('fetches everything again with forceRescrape, refreshing the cache', async () => {
    const before = requestCount();
    expect(summary(await agent.scrapeAll(companies, { forceRescrape: true }))).toEqual(EXPECTED);
    expect(requestCount() - before).toBe(4);
    const after = requestCount();
    await agent.scrapeAll(companies, live);
    expect(requestCount() - after).toBe(1);
  });

  it('fetches again once the entries are older than the TTL', async () => {
    const sevenHoursAgo = new Date(Date.now() - 7 * 3_600_000).toISOString();
    await dataSource.createQueryBuilder().update(BoardResponseEntity).set({ fetchedAt: sevenHoursAgo }).execute();
    const before = requestCount();
    expect(summary(await agent.scrapeAll(companies, live))).toEqual(EXPECTED);
    expect(requestCount() - before).toBe(4);
  });

  it('never reads or writes the cache when replaying a snapshot', async () => {
    const rows = async () =>
      (await dataSource.getRepository(BoardResponseEntity).find({ order: { key: 'ASC' } })).map((r) => ({ ...r }));
    const cachedBefore = await rows();
    const [sightingBefore] = await sightings.find([acmeJob]);
    // Acme's answer is fresh in the cache but missing from the snapshot: the replay must say 404.
    await rm(path.join(dir, 'boards-api.greenhouse.io'), { recursive: true });
    const before = requestCount();
    const replayed = await agent.scrapeAll(companies, { ...live, snapshotDir: dir });
    expect(summary(replayed)).toEqual([
      ['Acme', 0, 'BOARD_NOT_FOUND'],
      ['Nimbus', 3, undefined],
      ['Orbit Labs', 2, undefined],
      ['Gone', 0, 'BOARD_NOT_FOUND'],
    ]);
    expect(requestCount()).toBe(before);
    expect(await rows()).toEqual(cachedBefore);
    expect((await sightings.find([acmeJob]))[0]).toEqual(sightingBefore);
  });
});
