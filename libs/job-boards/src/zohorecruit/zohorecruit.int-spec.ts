import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  FakeJobBoardServer,
  ZOHO_API_PATH,
  ZOHO_TEST_HOST,
  zohoCareersPage,
  zohoCareersPath,
  zohoJobOpenings,
} from '@job-hunter/testing';
import { createBoardHttp } from '../http/board-http.factory';
import { ZohoRecruitClient } from './zohorecruit.client';

const EXTRA =
  '%5B%22Date_Opened%22%2C%22Job_Description%22%2C%22Work_Experience%22%2C%22Job_Type%22%2C%22Required_Skills%22%5D';

describe('Zoho Recruit against a fake career site', () => {
  let server: FakeJobBoardServer;
  let dir: string;
  const client = new ZohoRecruitClient();
  const target = { company: 'Acme', board: ZOHO_TEST_HOST };

  beforeEach(async () => {
    server = await new FakeJobBoardServer().start();
    dir = await mkdtemp(path.join(tmpdir(), 'jh-zoho-'));
  });
  afterEach(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const live = (retries = 0) =>
    createBoardHttp(
      {},
      { hostOverrides: { [ZOHO_TEST_HOST]: server.url }, retries, backoffBaseMs: 1, backoffCapMs: 1 },
    );
  const asked = () => server.requests.map((r) => `${r.method} ${r.path}${r.query ? `?${r.query}` : ''}`);

  it('GET /recruit/v2/public/Job_Openings?pagename=Careers&source=CareerSite&extra_fields=[…], one request', async () => {
    server.route({ path: ZOHO_API_PATH, respond: { json: zohoJobOpenings(3) } });
    const result = await client.fetchJobs(target, live());
    expect(asked()).toEqual([`GET ${ZOHO_API_PATH}?pagename=Careers&source=CareerSite&extra_fields=${EXTRA}`]);
    expect(server.requests[0]?.headers['accept']).toBe('application/json');
    expect(result.jobs.map((j) => [j.title, j.locations[0], j.workplace, j.postedAt])).toEqual([
      ['Java Developer 0', 'Chennai, Tamil Nadu, India', undefined, '2025-09-01T00:00:00.000Z'],
      ['Java Developer 1', 'Bengaluru, Karnataka, India', 'remote', '2025-09-02T00:00:00.000Z'],
      ['Java Developer 2', 'Frisco, Texas, United States', undefined, '2025-09-03T00:00:00.000Z'],
    ]);
    expect(result.jobs[0]).toMatchObject({
      ats: 'zohorecruit',
      externalId: '668572000021000000',
      url: `https://${ZOHO_TEST_HOST}/jobs/Careers/668572000021000000/Java-Developer-0?source=CareerSite`,
      employmentType: 'Full time',
      dateSource: 'exact',
    });
    expect(result.jobs[0]?.descriptionHtml).toContain('<b>Spring Boot</b>');
  });

  it('asks a named career site by its page name', async () => {
    server.route({ path: ZOHO_API_PATH, respond: { json: zohoJobOpenings(1, ZOHO_TEST_HOST, 'Jobs-Portal') } });
    const result = await client.fetchJobs({ company: 'Acme', board: `${ZOHO_TEST_HOST}|Jobs-Portal` }, live());
    expect(server.requests[0]?.query).toMatch(/^pagename=Jobs-Portal&source=CareerSite&/);
    expect(result.jobs[0]?.url).toContain('/jobs/Jobs-Portal/');
  });

  it('an empty career site (an empty list, or an empty body) is no jobs', async () => {
    server.route({ path: ZOHO_API_PATH, respond: [{ json: { code: 'success', data: [] } }, { status: 204 }] });
    expect((await client.fetchJobs(target, live())).jobs).toEqual([]);
    expect((await client.fetchJobs(target, live())).jobs).toEqual([]);
    expect(server.requests).toHaveLength(2);
  });

  it('an unknown tenant is BOARD_NOT_FOUND naming the data centre and the page name', async () => {
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
      message: expect.stringMatching(/"Careers" on acme\.zohorecruit\.in.*\(\.in;/),
    });
    expect(asked()).toEqual([expect.stringContaining(ZOHO_API_PATH), `GET ${zohoCareersPath()}`]);
  });

  it('an HTML answer or another code (wrong data centre or page name) without a careers page is BOARD_NOT_FOUND', async () => {
    server.route({
      path: ZOHO_API_PATH,
      respond: [
        { body: '<html><body>Sign in to your Zoho account</body></html>', headers: { 'content-type': 'text/html' } },
        { json: { code: 'INVALID_DATA', message: 'invalid portal' } },
      ],
    });
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({ code: 'BOARD_NOT_FOUND' });
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({ code: 'BOARD_NOT_FOUND' });
  });

  it('reads the list the careers page embeds when the JSON answer is not the list', async () => {
    server.route({ path: ZOHO_API_PATH, respond: { body: '<html>maintenance</html>' } });
    server.route({
      path: zohoCareersPath(),
      respond: { body: zohoCareersPage(2), headers: { 'content-type': 'text/html' } },
    });
    const result = await client.fetchJobs(target, live());
    expect(asked()).toEqual([expect.stringContaining(ZOHO_API_PATH), `GET ${zohoCareersPath()}`]);
    expect(result.jobs.map((j) => [j.externalId, j.workplace])).toEqual([
      ['668572000021000000', undefined],
      ['668572000021000001', 'remote'],
    ]);
    expect(result.jobs[0]?.descriptionHtml).toBe('<p>Build <b>Spring Boot</b> services &amp; APIs.</p>');
  });

  it('a refused list: the embedded list when the page has one, else BOARD_FEED_OFF for the careers-page reader', async () => {
    server.route({ path: ZOHO_API_PATH, respond: { status: 403 } });
    server.route({
      path: zohoCareersPath(),
      respond: [{ body: zohoCareersPage(1) }, { body: '<html>app shell</html>' }],
    });
    expect((await client.fetchJobs(target, live())).jobs).toHaveLength(1);
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({
      code: 'BOARD_FEED_OFF',
      message: expect.stringContaining('refused the public job list of acme.zohorecruit.in'),
    });
    expect(client.careersPage(target)).toBe(`https://${ZOHO_TEST_HOST}/jobs/Careers`);
  });

  it('retries a 429; a 5xx that lasts is BOARD_HTTP_ERROR, without a careers-page request', async () => {
    server.route({ path: ZOHO_API_PATH, respond: [{ status: 429 }, { json: zohoJobOpenings(1) }] });
    expect((await client.fetchJobs(target, live(1))).jobs).toHaveLength(1);
    server.route({ path: ZOHO_API_PATH, respond: { status: 502 } });
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({ code: 'BOARD_HTTP_ERROR' });
    expect(server.requestsTo(zohoCareersPath())).toHaveLength(0);
  });

  it('records two career sites of one host into separate snapshot files and replays both', async () => {
    server.route({
      path: ZOHO_API_PATH,
      respond: (r) =>
        r.query.startsWith('pagename=Careers&')
          ? { json: zohoJobOpenings(2) }
          : { json: zohoJobOpenings(3, ZOHO_TEST_HOST, 'Jobs-Portal') },
    });
    const recorder = createBoardHttp(
      { recordSnapshotDir: dir },
      { hostOverrides: { [ZOHO_TEST_HOST]: server.url }, retries: 0 },
    );
    const portal = { company: 'Acme', board: `${ZOHO_TEST_HOST}|Jobs-Portal` };
    const recorded = [await client.fetchJobs(target, recorder), await client.fetchJobs(portal, recorder)];
    expect(recorded.map((r) => r.jobs.length)).toEqual([2, 3]);
    const api = path.join(dir, ZOHO_TEST_HOST, 'recruit/v2/public');
    expect((await readdir(api)).sort()).toEqual(['Job_Openings', 'Job_Openings.json']);
    expect(await readdir(path.join(api, 'Job_Openings'))).toEqual(['Jobs-Portal.json']);
    await server.close();
    const replay = createBoardHttp({ snapshotDir: dir });
    const strip = (jobs: Array<{ fetchedAt: string }>) => jobs.map((j) => ({ ...j, fetchedAt: '' }));
    expect(strip((await client.fetchJobs(target, replay)).jobs)).toEqual(strip(recorded[0]?.jobs ?? []));
    expect(strip((await client.fetchJobs(portal, replay)).jobs)).toEqual(strip(recorded[1]?.jobs ?? []));
  });

  it('replays a list that was read from the careers page', async () => {
    server.route({ path: ZOHO_API_PATH, respond: { status: 403 } });
    server.route({ path: zohoCareersPath(), respond: { body: zohoCareersPage(2) } });
    const recorder = createBoardHttp(
      { recordSnapshotDir: dir },
      { hostOverrides: { [ZOHO_TEST_HOST]: server.url }, retries: 0 },
    );
    const recorded = await client.fetchJobs(target, recorder);
    await server.close();
    const replayed = await client.fetchJobs(target, createBoardHttp({ snapshotDir: dir }));
    expect(replayed.jobs.map((j) => j.externalId)).toEqual(recorded.jobs.map((j) => j.externalId));
  });

  it('refuses a board that is not a Zoho Recruit host before any request', async () => {
    await expect(client.fetchJobs({ company: 'X', board: 'acme' }, live())).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(client.fetchJobs({ company: 'X', board: 'evil.example|Careers' }, live())).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(server.requests).toHaveLength(0);
  });
});
