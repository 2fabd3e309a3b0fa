import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  FakeJobBoardServer,
  SUCCESSFACTORS_HTML_HEADERS,
  SUCCESSFACTORS_LEGACY_COMPANY,
  SUCCESSFACTORS_LEGACY_HOST,
  SUCCESSFACTORS_RSS_HEADERS,
  SUCCESSFACTORS_TEST_HOST,
  SUCCESSFACTORS_UNKNOWN_COMPANY_PAGE,
  successFactorsCsbPage,
  successFactorsJobListing,
  successFactorsPath,
  successFactorsRss,
  successFactorsSearchPage,
} from '@job-hunter/testing';
import type { RawJob } from '@job-hunter/domain';
import { createBoardHttp } from '../http/board-http.factory';
import { SuccessFactorsClient, SUCCESSFACTORS_MAX_JOBS } from './successfactors.client';

const HOST = SUCCESSFACTORS_TEST_HOST;
const LEGACY_BOARD = `${SUCCESSFACTORS_LEGACY_HOST}|${SUCCESSFACTORS_LEGACY_COMPANY}`;

/** The CSB search: `counts` rows per locale; locales share ids from 900000, so some postings repeat across them. */
function serveCsb(
  server: FakeJobBoardServer,
  counts: Record<string, number>,
  firstIds: Record<string, number> = {},
): void {
  server.route({
    path: successFactorsPath.search,
    respond: { body: successFactorsSearchPage(Object.keys(counts)), headers: SUCCESSFACTORS_HTML_HEADERS },
  });
  server.route({
    method: 'POST',
    path: successFactorsPath.csb,
    respond: (r) => {
      const body = JSON.parse(r.body) as { locale: string; pageNumber: number };
      const count = counts[body.locale] ?? 0;
      return { json: successFactorsCsbPage(count, firstIds[body.locale] ?? 900000, body.locale, body.pageNumber) };
    },
  });
}

const strip = (jobs: RawJob[]) => jobs.map(({ fetchedAt: _f, ...j }) => j);

describe('SuccessFactorsClient against a fake career site', () => {
  let server: FakeJobBoardServer;
  let dir: string;
  const client = new SuccessFactorsClient();
  const target = { company: 'Acme Industries', board: HOST };
  const legacyTarget = { company: 'Acme', board: LEGACY_BOARD };

  beforeEach(async () => {
    server = await new FakeJobBoardServer().start();
    dir = await mkdtemp(path.join(tmpdir(), 'jh-successfactors-'));
  });
  afterEach(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const overrides = () => ({ [HOST]: server.url, [SUCCESSFACTORS_LEGACY_HOST]: server.url });
  const live = (retries = 0) => createBoardHttp({}, { hostOverrides: overrides(), retries });

  it('reads a whole RMK site from its sitemal.xml in one request', async () => {
    server.route({
      path: successFactorsPath.sitemal,
      respond: { body: successFactorsRss(8), headers: SUCCESSFACTORS_RSS_HEADERS },
    });
    const result = await client.fetchJobs(target, live());
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /sitemal.xml']);
    expect(result).toMatchObject({ skipped: {} });
    expect(result.partialError).toBeUndefined();
    expect(result.jobs).toHaveLength(8);
    const [first, , , fourth] = result.jobs;
    expect(first).toMatchObject({
      ats: 'successfactors',
      company: 'Acme Industries',
      board: HOST,
      externalId: '1234500',
      title: 'Process Engineer 0 & Lead',
      url: 'https://jobs.acme.example/job/Tel-Aviv-Process-Engineer-0/1234500/',
      locations: ['Tel Aviv, Israel, 6944020'],
      descriptionHtml: '<div><p>Run the <b>SAP S/4HANA</b> plant 0.</p></div>',
      department: 'Engineering',
      postedAt: '2025-09-01T09:00:00.000Z',
      dateSource: 'exact',
    });
    expect(fourth).toMatchObject({ title: 'Prozessingenieur 3 (m/w/d)', locations: ['München, DE, 80331'] });
    expect(result.jobs[1]).toMatchObject({ postedAt: null, dateSource: 'unknown' });
    expect(result.jobs.every((j) => j.url.startsWith('https://jobs.acme.example/job/'))).toBe(true);
  });

  it('caps a huge feed and counts the rest as over_cap', async () => {
    server.route({
      path: successFactorsPath.sitemal,
      respond: { body: successFactorsRss(SUCCESSFACTORS_MAX_JOBS + 3), headers: SUCCESSFACTORS_RSS_HEADERS },
    });
    const result = await client.fetchJobs(target, live());
    expect(result.jobs).toHaveLength(SUCCESSFACTORS_MAX_JOBS);
    expect(result.skipped).toEqual({ over_cap: 3 });
  });

  it('falls back to the Career Site Builder search in every language the site offers, de-duplicated by id', async () => {
    serveCsb(server, { de_DE: 23, en_US: 12 }, { de_DE: 900000, en_US: 900015 });
    const result = await client.fetchJobs(target, live());
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /sitemal.xml',
      'GET /search/',
      ...Array.from({ length: 5 }, () => 'POST /services/recruiting/v1/jobs'),
    ]);
    expect(server.requestsTo(successFactorsPath.csb).map((r) => JSON.parse(r.body))).toEqual([
      { keywords: '', locale: 'en_US', location: '', pageNumber: 0, sortBy: 'recent' },
      { keywords: '', locale: 'en_US', location: '', pageNumber: 1, sortBy: 'recent' },
      { keywords: '', locale: 'de_DE', location: '', pageNumber: 0, sortBy: 'recent' },
      { keywords: '', locale: 'de_DE', location: '', pageNumber: 1, sortBy: 'recent' },
      { keywords: '', locale: 'de_DE', location: '', pageNumber: 2, sortBy: 'recent' },
    ]);
    expect(server.requestsTo(successFactorsPath.csb)[0]?.headers['content-type']).toBe('application/json');
    // en_US lists 900015-900026, de_DE 900000-900022: 27 postings, the shared ones on their English page.
    expect(result.jobs).toHaveLength(27);
    expect(result.partialError).toBeUndefined();
    expect(result.jobs[0]).toMatchObject({
      externalId: '900015',
      title: 'Mechatronics Engineer 900015',
      url: 'https://jobs.acme.example/job/Mechatronics-Engineer-900015/900015-en_US',
      locations: ['Karlovy Vary, CZE, 36004'],
      postedAt: '2026-06-18T00:00:00.000Z',
      dateSource: 'exact',
    });
    expect(result.jobs.find((j) => j.externalId === '900000')).toMatchObject({
      url: 'https://jobs.acme.example/job/Mechatronics-Engineer-900000/900000-de_DE',
      postedAt: '2026-06-18T00:00:00.000Z',
    });
  });

  it('searches in en_US when the search page names no language, and also when the feed is an empty RSS', async () => {
    server.route({
      path: successFactorsPath.sitemal,
      respond: { body: successFactorsRss(0), headers: SUCCESSFACTORS_RSS_HEADERS },
    });
    server.route({ path: successFactorsPath.search, respond: { status: 500 } });
    server.route({
      method: 'POST',
      path: successFactorsPath.csb,
      respond: (r) => ({
        json: successFactorsCsbPage(3, 1, 'en_US', (JSON.parse(r.body) as { pageNumber: number }).pageNumber),
      }),
    });
    const result = await client.fetchJobs(target, live());
    expect(result.jobs.map((j) => j.externalId)).toEqual(['1', '2', '3']);
    expect(
      server.requestsTo(successFactorsPath.csb).map((r) => (JSON.parse(r.body) as { locale: string }).locale),
    ).toEqual(['en_US']);
  });

  it('reads an empty feed on a site without the search as 0 jobs; neither feed at all is BOARD_NOT_FOUND', async () => {
    server.route({
      path: successFactorsPath.sitemal,
      respond: { body: successFactorsRss(0), headers: SUCCESSFACTORS_RSS_HEADERS },
    });
    await expect(client.fetchJobs(target, live())).resolves.toEqual({ jobs: [], skipped: {} });
    server.route({ method: 'POST', path: successFactorsPath.csb, respond: { status: 401 } });
    await expect(client.fetchJobs(target, live())).resolves.toEqual({ jobs: [], skipped: {} });
    server.route({ method: 'POST', path: successFactorsPath.csb, respond: { status: 404 } });
    server.route({ path: successFactorsPath.sitemal, respond: { status: 404 } });
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
      message: expect.stringMatching(/neither a SuccessFactors sitemal.xml feed nor a Career Site Builder search/),
    });
  });

  it('reports feeds that refuse anonymous readers as BOARD_FEED_OFF, with the search page to read instead', async () => {
    server.route({ path: successFactorsPath.sitemal, respond: { status: 403 } });
    server.route({ method: 'POST', path: successFactorsPath.csb, respond: { status: 403 } });
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({ code: 'BOARD_FEED_OFF' });
    server.route({ method: 'POST', path: successFactorsPath.csb, respond: { status: 404 } });
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({ code: 'BOARD_FEED_OFF' });
    expect(client.careersPage(target)).toBe('https://jobs.acme.example/search/');
  });

  it('retries a 429 on the feed, and does not hide a failing feed behind the search', async () => {
    server.route({
      path: successFactorsPath.sitemal,
      respond: [
        { status: 429, headers: { 'retry-after': '0' } },
        { body: successFactorsRss(2), headers: SUCCESSFACTORS_RSS_HEADERS },
      ],
    });
    await expect(client.fetchJobs(target, live(1))).resolves.toMatchObject({ jobs: [{}, {}] });
    server.route({ path: successFactorsPath.sitemal, respond: { status: 503 } });
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({ code: 'BOARD_HTTP_ERROR' });
    expect(server.requestsTo(successFactorsPath.csb)).toHaveLength(0);
  });

  it('keeps the pages read when a later search page fails', async () => {
    serveCsb(server, { en_US: 25 });
    server.route({
      method: 'POST',
      path: successFactorsPath.csb,
      respond: (r) => {
        const page = (JSON.parse(r.body) as { pageNumber: number }).pageNumber;
        return page === 2 ? { status: 500 } : { json: successFactorsCsbPage(25, 1, 'en_US', page) };
      },
    });
    const result = await client.fetchJobs(target, live());
    expect(result.jobs).toHaveLength(20);
    expect(result.partialError).toMatchObject({
      code: 'BOARD_HTTP_ERROR',
      message: expect.stringMatching(/offset 20 failed/),
    });
  });

  it('reads a hosted page from its Job-Listing XML', async () => {
    server.route({
      path: successFactorsPath.legacy,
      respond: { body: successFactorsJobListing(3), headers: { 'content-type': 'application/octet-stream' } },
    });
    const result = await client.fetchJobs(legacyTarget, live());
    expect(server.requests.map((r) => `${r.method} ${r.path}?${r.query}`)).toEqual([
      'GET /career?company=AcmeP&career_ns=job_listing_summary&resultType=XML',
    ]);
    expect(result.jobs).toHaveLength(3);
    expect(result.jobs[1]).toMatchObject({
      externalId: '45601',
      title: 'Controller 1 & Planning',
      url: 'https://career5.successfactors.eu/career?career_ns=job_listing&company=AcmeP&navBarLevel=JOB_SEARCH&career_job_req_id=45601',
      locations: ['Bangalore, IN'],
      workplace: 'hybrid',
      descriptionHtml: '<p>Close the books &amp; plan 1.</p>',
      department: 'Finance',
      employmentType: 'Regular Full Time',
      postedAt: '2025-09-02T00:00:00.000Z',
      dateSource: 'exact',
    });
    expect(result.jobs[0]?.workplace).toBe('onsite');
  });

  it("reports a hosted page's unknown company (a 200 HTML page) and a missing host as BOARD_NOT_FOUND", async () => {
    server.route({
      path: successFactorsPath.legacy,
      respond: { body: SUCCESSFACTORS_UNKNOWN_COMPANY_PAGE, headers: SUCCESSFACTORS_HTML_HEADERS },
    });
    await expect(client.fetchJobs(legacyTarget, live())).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
      message: expect.stringMatching(/company id/),
    });
    server.route({ path: successFactorsPath.legacy, respond: { status: 404 } });
    await expect(client.fetchJobs(legacyTarget, live())).rejects.toMatchObject({ code: 'BOARD_NOT_FOUND' });
    server.route({
      path: successFactorsPath.legacy,
      respond: { body: '<?xml version="1.0"?><Job-Listing></Job-Listing>' },
    });
    await expect(client.fetchJobs(legacyTarget, live())).resolves.toEqual({ jobs: [], skipped: {} });
  });

  it('records the feed, the search pages and the hosted page, then replays them to the same jobs', async () => {
    const rmk2 = 'careers.beta.example';
    serveCsb(server, { de_DE: 14, en_US: 11 }, { de_DE: 700000, en_US: 700020 });
    const feedServer = await new FakeJobBoardServer().start();
    try {
      feedServer.route({
        path: successFactorsPath.sitemal,
        respond: { body: successFactorsRss(6, rmk2), headers: SUCCESSFACTORS_RSS_HEADERS },
      });
      server.route({ path: successFactorsPath.legacy, respond: { body: successFactorsJobListing(4) } });
      const recorder = createBoardHttp(
        { recordSnapshotDir: dir },
        { hostOverrides: { ...overrides(), [rmk2]: feedServer.url }, retries: 0 },
      );
      const csb = await client.fetchJobs(target, recorder);
      const rss = await client.fetchJobs({ company: 'Beta', board: rmk2 }, recorder);
      const legacy = await client.fetchJobs(legacyTarget, recorder);
      expect([csb.jobs.length, rss.jobs.length, legacy.jobs.length]).toEqual([25, 6, 4]);
      expect((await readdir(path.join(dir, HOST, 'services/recruiting/v1/jobs'))).sort()).toEqual(['de_DE', 'en_US']);
      expect((await readdir(path.join(dir, HOST, 'services/recruiting/v1/jobs/de_DE'))).sort()).toEqual([
        'page-0.json',
        'page-1.json',
      ]);
      expect(await readdir(path.join(dir, SUCCESSFACTORS_LEGACY_HOST, 'career'))).toEqual(['AcmeP.json']);

      const replay = createBoardHttp({ snapshotDir: dir });
      expect(strip((await client.fetchJobs(target, replay)).jobs)).toEqual(strip(csb.jobs));
      expect(strip((await client.fetchJobs({ company: 'Beta', board: rmk2 }, replay)).jobs)).toEqual(strip(rss.jobs));
      expect(strip((await client.fetchJobs(legacyTarget, replay)).jobs)).toEqual(strip(legacy.jobs));
    } finally {
      await feedServer.close();
    }
  });
});
