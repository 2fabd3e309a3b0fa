import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  FakeJobBoardServer,
  ORACLE_TEST_HOST,
  ORACLE_TEST_SITE,
  oracleApiPath,
  oracleDetail,
  oracleFinder,
  oracleListPage,
  oracleRequisitionId,
} from '@job-hunter/testing';
import { createBoardHttp } from '../http/board-http.factory';
import { OracleClient } from './oracle.client';

const BOARD = `${ORACLE_TEST_HOST}|${ORACLE_TEST_SITE}`;

/** A site with `count` requisitions; details answer for every one unless `detailFor` says otherwise. */
function serveSite(server: FakeJobBoardServer, count: number, detailDelayMs = 0): void {
  server.route({
    path: oracleApiPath.list,
    respond: (r) => {
      const f = oracleFinder(r.query);
      if (f['siteNumber'] !== ORACLE_TEST_SITE) return { json: { items: [], count: 0, hasMore: false } };
      return { json: oracleListPage(count, Number(f['offset']), Number(f['limit'])) };
    },
  });
  server.route({
    path: oracleApiPath.detail,
    respond: (r) => {
      const id = oracleFinder(r.query)['Id'] ?? '';
      const i = Number(id) - 25000100;
      return i >= 0 && i < count
        ? { json: oracleDetail(i), delayMs: detailDelayMs }
        : { json: { items: [], count: 0, hasMore: false } };
    },
  });
}

describe('OracleClient against a fake Candidate Experience API', () => {
  let server: FakeJobBoardServer;
  let dir: string;
  const client = new OracleClient();
  const target = {
    company: 'Acme',
    board: BOARD,
    careersUrl: `https://${ORACLE_TEST_HOST}/hcmUI/CandidateExperience/en/sites/${ORACLE_TEST_SITE}/jobs`,
  };

  beforeEach(async () => {
    server = await new FakeJobBoardServer().start();
    dir = await mkdtemp(path.join(tmpdir(), 'jh-oracle-'));
  });
  afterEach(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const live = (retries = 0) => createBoardHttp({}, { hostOverrides: { [ORACLE_TEST_HOST]: server.url }, retries });

  it('pages with limit and offset inside the finder, newest first, then reads every detail', async () => {
    serveSite(server, 30);
    const result = await client.fetchJobs(target, live());
    const lists = server.requestsTo(oracleApiPath.list);
    expect(lists.map((r) => decodeURIComponent(r.query))).toEqual([
      'onlyData=true&expand=requisitionList.secondaryLocations&finder=findReqs;siteNumber=CX_1,limit=25,offset=0,sortBy=POSTING_DATES_DESC',
      'onlyData=true&expand=requisitionList.secondaryLocations&finder=findReqs;siteNumber=CX_1,limit=25,offset=25,sortBy=POSTING_DATES_DESC',
    ]);
    const details = server.requestsTo(oracleApiPath.detail);
    expect(details).toHaveLength(30);
    expect(decodeURIComponent(details[0]?.query ?? '')).toMatch(
      /^onlyData=true&expand=all&finder=ById;Id="2500010\d+",siteNumber=CX_1$/,
    );
    expect(result.partialError).toBeUndefined();
    expect(result.skipped).toEqual({});
    expect(result.jobs).toHaveLength(30);
    const [first, second, third, fourth] = result.jobs;
    expect(first).toMatchObject({
      ats: 'oracle',
      company: 'Acme',
      board: BOARD,
      externalId: '25000100',
      title: 'Database Engineer 0',
      url: 'https://eeho.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/25000100',
      locations: ['Bengaluru, Karnataka, India', 'Hyderabad, Telangana, India'],
      workplace: 'onsite',
      department: 'Engineering - Product Dev',
      employmentType: 'Full time',
      postedAt: '2025-09-01T10:00:00.000Z',
      dateSource: 'exact',
    });
    expect(first?.descriptionHtml).toContain('<strong>Oracle Database</strong> 0');
    expect(first?.descriptionHtml).toContain('5 years of SQL');
    expect(first?.descriptionHtml).not.toContain('Why Acme');
    expect([second?.workplace, third?.workplace, fourth?.workplace]).toEqual(['remote', 'hybrid', 'unknown']);
    expect(second?.locations).toEqual(['Austin, TX, United States']);
  });

  it('asks no detail for a requisition the run does not want on its title, and keeps it with its list data', async () => {
    serveSite(server, 3);
    const wants = ({ title }: { title: string }) => title !== 'Database Engineer 1';
    const result = await client.fetchJobs({ ...target, wants }, live());
    const asked = server.requestsTo(oracleApiPath.detail).map((r) => oracleFinder(r.query)['Id']);
    expect(asked.sort()).toEqual([oracleRequisitionId(0), oracleRequisitionId(2)]);
    expect(result.partialError).toBeUndefined();
    expect(result.skipped).toEqual({});
    expect(result.jobs.map((j) => j.title)).toEqual([
      'Database Engineer 0',
      'Database Engineer 1',
      'Database Engineer 2',
    ]);
    expect(result.jobs[1]).toMatchObject({
      externalId: '25000101',
      descriptionHtml: 'Keep Oracle Database 1 fast.',
      postedAt: '2025-09-02T00:00:00.000Z',
      url: 'https://eeho.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/25000101',
    });
  });

  it('keeps a requisition whose detail fails with its short text and posting day, and reports it', async () => {
    serveSite(server, 3);
    server.route({
      path: oracleApiPath.detail,
      respond: (r) => {
        const id = oracleFinder(r.query)['Id'] ?? '';
        return id === oracleRequisitionId(1) ? { status: 502 } : { json: oracleDetail(Number(id) - 25000100) };
      },
    });
    const result = await client.fetchJobs(target, live());
    expect(result.jobs).toHaveLength(3);
    expect(result.jobs[1]).toMatchObject({
      externalId: '25000101',
      descriptionHtml: 'Keep Oracle Database 1 fast.',
      postedAt: '2025-09-02T00:00:00.000Z',
      dateSource: 'exact',
      url: 'https://eeho.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/25000101',
    });
    expect(result.partialError).toMatchObject({ code: 'BOARD_HTTP_ERROR', message: expect.stringMatching(/^1 of 3/) });
  });

  it('counts a requisition closed between list and detail as a failed detail, keeping its list data', async () => {
    serveSite(server, 2);
    server.route({
      path: oracleApiPath.detail,
      respond: (r) =>
        oracleFinder(r.query)['Id'] === oracleRequisitionId(0) ? { json: { items: [] } } : { json: oracleDetail(1) },
    });
    const result = await client.fetchJobs(target, live());
    expect(result.jobs.map((j) => j.externalId)).toEqual(['25000100', '25000101']);
    expect(result.partialError).toMatchObject({ code: 'BOARD_NOT_FOUND', message: expect.stringMatching(/closed/) });
  });

  it('keeps the first page when a later page fails', async () => {
    serveSite(server, 60);
    server.route({
      path: oracleApiPath.list,
      respond: (r) => {
        const offset = Number(oracleFinder(r.query)['offset']);
        return offset === 25 ? { status: 500 } : { json: oracleListPage(60, offset, 25) };
      },
    });
    const result = await client.fetchJobs(target, live());
    expect(result.jobs).toHaveLength(25);
    expect(result.partialError?.message).toMatch(/list page at offset 25 failed/);
  });

  it('caps a huge site and counts the rest as over_cap', async () => {
    server.route({
      path: oracleApiPath.list,
      respond: (r) => {
        const f = oracleFinder(r.query);
        return { json: oracleListPage(2100, Number(f['offset']), Number(f['limit'])) };
      },
    });
    server.route({ path: oracleApiPath.detail, respond: { json: oracleDetail(0) } });
    const result = await client.fetchJobs(target, live());
    expect(result.jobs).toHaveLength(2000);
    expect(result.skipped).toEqual({ over_cap: 100 });
    expect(server.requestsTo(oracleApiPath.list)).toHaveLength(80);
  });

  it('reads an empty site as 0 jobs, whether it answers no search or an empty list', async () => {
    server.route({ path: oracleApiPath.list, respond: { json: { items: [], count: 0, hasMore: false } } });
    await expect(client.fetchJobs(target, live())).resolves.toEqual({ jobs: [], skipped: {} });
    server.route({
      path: oracleApiPath.list,
      respond: { json: { items: [{ TotalJobsCount: 0, requisitionList: [] }], count: 1 } },
    });
    await expect(client.fetchJobs(target, live())).resolves.toEqual({ jobs: [], skipped: {} });
    expect(server.requestsTo(oracleApiPath.detail)).toHaveLength(0);
  });

  it('calls a total with no requisitions (the expand not honoured) malformed, and an HTML page too', async () => {
    server.route({ path: oracleApiPath.list, respond: { json: { items: [{ TotalJobsCount: 12 }] } } });
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({ code: 'BOARD_MALFORMED' });
    server.route({
      path: oracleApiPath.list,
      respond: { body: '<html>Sign in</html>', headers: { 'content-type': 'text/html' } },
    });
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({ code: 'BOARD_MALFORMED' });
  });

  it('reports an unknown host as BOARD_NOT_FOUND and a refused feed as BOARD_FEED_OFF', async () => {
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({ code: 'BOARD_NOT_FOUND' });
    server.route({ path: oracleApiPath.list, respond: { status: 403, body: 'Forbidden' } });
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({ code: 'BOARD_FEED_OFF' });
  });

  it('retries a 429 and gives up on a 5xx as BOARD_HTTP_ERROR', async () => {
    serveSite(server, 2);
    server.route({
      path: oracleApiPath.list,
      respond: [{ status: 429, headers: { 'retry-after': '0' } }, { json: oracleListPage(2, 0, 25) }],
    });
    const result = await client.fetchJobs(target, live(1));
    expect(result.jobs).toHaveLength(2);
    expect(server.requestsTo(oracleApiPath.list)).toHaveLength(2);
    server.route({ path: oracleApiPath.list, respond: { status: 503 } });
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({ code: 'BOARD_HTTP_ERROR' });
  });

  it('keeps at most two detail requests in flight per ORC host, across companies', async () => {
    serveSite(server, 12, 20);
    const http = live();
    await Promise.all([client.fetchJobs(target, http), client.fetchJobs({ ...target, company: 'Acme Two' }, http)]);
    expect(server.requestsTo(oracleApiPath.detail)).toHaveLength(24);
    expect(server.maxConcurrent(oracleApiPath.detail)).toBe(2);
  });

  it('records two pages and their details, then replays them to the same jobs', async () => {
    serveSite(server, 40);
    const recorder = createBoardHttp(
      { recordSnapshotDir: dir },
      { hostOverrides: { [ORACLE_TEST_HOST]: server.url }, retries: 0 },
    );
    const recorded = await client.fetchJobs(target, recorder);
    expect(recorded.jobs).toHaveLength(40);
    const rest = path.join(dir, ORACLE_TEST_HOST, 'hcmRestApi/resources/latest');
    const files = [
      path.join(rest, 'recruitingCEJobRequisitions/CX_1/offset-0.json'),
      path.join(rest, 'recruitingCEJobRequisitions/CX_1/offset-25.json'),
      path.join(rest, 'recruitingCEJobRequisitionDetails/CX_1/25000139.json'),
    ];
    const { stat } = await import('node:fs/promises');
    for (const f of files) await expect(stat(f)).resolves.toBeTruthy();

    const replayed = await client.fetchJobs(target, createBoardHttp({ snapshotDir: dir }));
    expect(replayed.partialError).toBeUndefined();
    const strip = (jobs: typeof recorded.jobs) => jobs.map(({ fetchedAt: _f, ...j }) => j);
    expect(strip(replayed.jobs)).toEqual(strip(recorded.jobs));
    expect(replayed.jobs.every((j) => j.descriptionHtml?.includes('Oracle Database'))).toBe(true);
  });
});
