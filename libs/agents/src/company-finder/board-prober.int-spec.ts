import { BoardHttpFactory } from '@job-hunter/job-boards';
import { CompanyProbeRepository, openDataSource, runMigrations } from '@job-hunter/persistence';
import {
  FakeJobBoardServer,
  ashbyBoard,
  boardApiPath,
  greenhouseBoard,
  leverBoard,
  PERSONIO_XML_PATH,
  RECRUITEE_API_PATH,
  personioFeed,
  ripplingApiPath,
  ripplingList,
  smartRecruitersApiPath,
  sqliteTarget,
  testConfig,
  workableAccount,
  workableApiPath,
  type Target,
} from '@job-hunter/testing';
import type { DataSource } from 'typeorm';
import { attempts, BoardProber, type ProbeRequest } from './board-prober';

/** Every host the probes below may ask, pointed at the fake server: no request leaves the machine. */
function overridesFor(requests: ProbeRequest[], serverUrl: string): Record<string, string> {
  const hosts = requests.flatMap((r) => attempts(r).map(([probe, slug]) => new URL(probe.url(slug)).hostname));
  return Object.fromEntries(hosts.map((h) => [h, serverUrl]));
}

describe('BoardProber against the fake job boards', () => {
  let target: Target;
  let dataSource: DataSource;
  let server: FakeJobBoardServer;
  let cache: CompanyProbeRepository;
  let prober: BoardProber;

  const requests: ProbeRequest[] = [
    { name: 'Acme Robotics' },
    { name: 'Nimbus Data', ats: 'lever', slugs: ['nimbus'] },
    { name: 'Orbit', careersUrl: 'https://jobs.ashbyhq.com/OrbitHQ' },
    { name: 'Empty Co' },
    { name: 'Ghost Corp' },
    { name: 'Flaky' },
    { name: 'Pune Studio' },
    { name: 'Tulip Works', ats: 'recruitee', slugs: ['tulip'] },
    { name: 'Kranich Robotics', ats: 'personio', slugs: ['kranich'] },
    { name: 'Lanternworks', careersUrl: 'https://ats.rippling.com/lanternworks/jobs' },
  ];

  beforeAll(async () => {
    target = await sqliteTarget();
    await runMigrations(target.db, target.overrides);
    dataSource = await openDataSource(target.db, target.overrides);
    cache = new CompanyProbeRepository(dataSource);
    server = await new FakeJobBoardServer([
      { path: boardApiPath.greenhouse('acme-robotics'), respond: { json: greenhouseBoard(2, 'acme-robotics') } },
      { path: boardApiPath.lever('nimbus'), respond: { json: leverBoard(3, 'nimbus') } },
      { path: boardApiPath.ashby('OrbitHQ'), respond: { json: ashbyBoard(1, 'OrbitHQ') } },
      // A valid but empty list: SmartRecruiters answers any name like this, so it must not count.
      { path: smartRecruitersApiPath.list('emptyco'), respond: { json: { totalFound: 0, content: [] } } },
      { path: boardApiPath.greenhouse('flaky'), respond: { status: 503, body: 'down' } },
      { path: workableApiPath('punestudio'), respond: { json: workableAccount(1, 'punestudio') } },
    ]).start();
    const config = testConfig(target.db);
    const settings = { hostOverrides: overridesFor(requests, server.url), allowLoopback: true, retries: 0 };
    prober = new BoardProber(new BoardHttpFactory(config, settings), cache);
  });

  afterAll(async () => {
    await server?.close();
    if (dataSource?.isInitialized) await dataSource.destroy();
    await target?.cleanup();
  });

  it('finds boards by slug, by the model ATS guess and by its careers URL, and caches every clear answer', async () => {
    const outcomes = await prober.probeAll(requests.slice(0, 5));
    expect(outcomes.map((o) => [o.name, o.board?.ats ?? null, o.board?.board ?? null, o.cached])).toEqual([
      ['Acme Robotics', 'greenhouse', 'acme-robotics', false],
      ['Nimbus Data', 'lever', 'nimbus', false],
      ['Orbit', 'ashby', 'OrbitHQ', false],
      ['Empty Co', null, null, false],
      ['Ghost Corp', null, null, false],
    ]);
    expect(outcomes[0]?.board?.careersUrl).toBe('https://job-boards.greenhouse.io/acme-robotics');
    // The model's own URL is asked first: one request found Orbit.
    expect(server.requests.filter((r) => r.path.includes('OrbitHQ') || r.path.includes('orbit'))).toHaveLength(1);
    expect(await cache.get('acmerobotics')).toMatchObject({ name: 'Acme Robotics', board: { ats: 'greenhouse' } });
    expect(await cache.get('ghostcorp')).toMatchObject({ name: 'Ghost Corp', board: null });
    expect(await cache.get('emptyco')).toMatchObject({ board: null });
  });

  it('answers a second probe from the cache without any request', async () => {
    const before = server.requests.length;
    const again = await prober.probeAll([{ name: 'acme robotics' }, { name: 'Ghost Corp' }, { name: 'Nimbus Data' }]);
    expect(again.map((o) => [o.board?.board ?? null, o.cached])).toEqual([
      ['acme-robotics', true],
      [null, true],
      ['nimbus', true],
    ]);
    expect(server.requests.length).toBe(before);
  });

  it('does not cache a miss when a board failed to answer, and finds boards past a failure', async () => {
    expect(await prober.probe({ name: 'Flaky' })).toMatchObject({ board: null, cached: false });
    expect(await cache.get('flaky')).toBeNull();
    expect((await prober.probe({ name: 'Pune Studio' })).board).toEqual({
      ats: 'workable',
      board: 'punestudio',
      careersUrl: 'https://apply.workable.com/punestudio',
    });
  });

  it('re-probes stale entries and ignores the cache when asked to rescrape', async () => {
    await cache.put({ key: 'ghostcorp', name: 'Ghost Corp', board: null, checkedAt: '2020-01-01T00:00:00Z' });
    const before = server.requests.length;
    expect((await prober.probe({ name: 'Ghost Corp' })).cached).toBe(false);
    expect(server.requests.length).toBeGreaterThan(before);
    const forced = await prober.probe({ name: 'Acme Robotics' }, { forceRescrape: true });
    expect(forced).toMatchObject({ cached: false, board: { ats: 'greenhouse' } });
  });

  it('bypasses the cache when replaying a snapshot', async () => {
    const dir = `${target.db.sqlitePath ?? ''}-no-snapshot`;
    const outcome = await prober.probe({ name: 'Acme Robotics' }, { snapshotDir: dir });
    expect(outcome).toEqual({ name: 'Acme Robotics', board: null, cached: false });
    expect(await cache.get('acmerobotics')).toMatchObject({ board: { ats: 'greenhouse' } });
  });

  it("reads a Personio XML feed the model named, and Rippling from the model's careers URL", async () => {
    server.route({
      path: PERSONIO_XML_PATH,
      respond: { body: personioFeed(2), headers: { 'content-type': 'text/xml' } },
    });
    server.route({ path: ripplingApiPath.list('lanternworks'), respond: { json: ripplingList(2, 'lanternworks') } });
    const [kranich, lantern] = await prober.probeAll(requests.slice(8, 10));
    expect(kranich?.board).toEqual({
      ats: 'personio',
      board: 'kranich',
      careersUrl: 'https://kranich.jobs.personio.de',
    });
    expect(server.requestsTo(PERSONIO_XML_PATH)).toHaveLength(1);
    expect(lantern?.board).toEqual({
      ats: 'rippling',
      board: 'lanternworks',
      careersUrl: 'https://ats.rippling.com/lanternworks/jobs',
    });
    expect(server.requestsTo(ripplingApiPath.list('lanternworks'))).toHaveLength(1);
  });

  it('reaches Recruitee on the company subdomain', async () => {
    server.route({ path: RECRUITEE_API_PATH, respond: { json: { offers: [{ id: 1 }] } } });
    const found = await prober.probe(requests[7] as ProbeRequest);
    expect(found.board).toEqual({ ats: 'recruitee', board: 'tulip', careersUrl: 'https://tulip.recruitee.com' });
  });
});
