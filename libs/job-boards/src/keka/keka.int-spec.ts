import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  FakeJobBoardServer,
  KEKA_TEST_HOST,
  KEKA_TEST_UUID,
  kekaCareersPage,
  kekaCareersPath,
  kekaJobs,
  kekaJobsPath,
} from '@job-hunter/testing';
import { createBoardHttp } from '../http/board-http.factory';
import { KekaClient } from './keka.client';

const OTHER_UUID = '0ec89a02-c247-4dc7-b554-64ae46e3ffc5';

describe('Keka against a fake careers portal', () => {
  let server: FakeJobBoardServer;
  let dir: string;
  const target = { company: 'Acme', board: 'acme' };

  beforeEach(async () => {
    server = await new FakeJobBoardServer().start();
    dir = await mkdtemp(path.join(tmpdir(), 'jh-keka-'));
  });
  afterEach(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const live = (retries = 0) =>
    createBoardHttp(
      {},
      { hostOverrides: { [KEKA_TEST_HOST]: server.url }, retries, backoffBaseMs: 1, backoffCapMs: 1 },
    );
  const asked = () => server.requests.map((r) => `${r.method} ${r.path}`);
  const serve = (count: number, page = kekaCareersPage()) => {
    server.route({ path: kekaCareersPath(), respond: { body: page, headers: { 'content-type': 'text/html' } } });
    server.route({ path: kekaJobsPath(), respond: { json: kekaJobs(count) } });
  };

  it('reads the portal UUID from /careers, then GET /careers/api/embedjobs/default/active/{uuid}', async () => {
    serve(3);
    const result = await new KekaClient().fetchJobs(target, live());
    expect(asked()).toEqual(['GET /careers', `GET ${kekaJobsPath()}`]);
    expect(server.requests[1]?.headers['accept']).toBe('application/json');
    expect(result.jobs.map((j) => [j.externalId, j.locations[0], j.dateSource, j.salary?.annualMin])).toEqual([
      ['107000', 'Chennai, TN, India', 'exact', 1200000],
      ['107001', 'Bengaluru, Karnataka, India', 'exact', undefined],
      ['107002', 'Remote, India', 'exact', undefined],
    ]);
    expect(result.jobs[0]).toMatchObject({
      url: 'https://acme.keka.com/careers/jobdetails/107000',
      department: 'Engineering',
      employmentType: 'full-time',
      postedAt: '2025-09-01T09:00:00.000Z',
      salary: { currency: 'INR', period: 'year', raw: 'INR 12,00,000.00 - 18,00,000.00' },
    });
  });

  it('reads the UUID once per tenant per client, and not at all when the board names it', async () => {
    serve(1);
    const client = new KekaClient();
    await client.fetchJobs(target, live());
    await client.fetchJobs(target, live());
    expect(server.requestsTo(kekaCareersPath())).toHaveLength(1);
    expect(server.requestsTo(kekaJobsPath())).toHaveLength(2);
    await new KekaClient().fetchJobs({ company: 'Acme', board: `acme|${KEKA_TEST_UUID}` }, live());
    expect(server.requestsTo(kekaCareersPath())).toHaveLength(1);
  });

  it('finds the UUID in the embed script or the embed config too, and reads a named portal', async () => {
    server.route({
      path: kekaCareersPath('campus'),
      respond: {
        body: `<script src="https://acme.keka.com/careers/api/embedjobs/js/${OTHER_UUID.toUpperCase()}"></script>`,
      },
    });
    server.route({ path: kekaJobsPath(OTHER_UUID, 'campus'), respond: { json: kekaJobs(1) } });
    const result = await new KekaClient().fetchJobs({ company: 'Acme', board: 'acme/campus' }, live());
    expect(asked()).toEqual(['GET /careers/campus', `GET ${kekaJobsPath(OTHER_UUID, 'campus')}`]);
    expect(result.jobs[0]?.url).toBe('https://acme.keka.com/careers/campus/jobdetails/107000');

    server.route({
      path: kekaCareersPath(),
      respond: {
        body: `<script>window.khConfig = { identifier: '${OTHER_UUID}', domain: 'https://acme.keka.com/careers/' }</script>`,
      },
    });
    server.route({ path: kekaJobsPath(OTHER_UUID), respond: { json: [] } });
    expect((await new KekaClient().fetchJobs(target, live())).jobs).toEqual([]);
  });

  it('no UUID on the page, an "Invalid Tenant" page, or no page at all is BOARD_NOT_FOUND', async () => {
    server.route({
      path: kekaCareersPath(),
      respond: [{ body: '<html><body>Careers</body></html>' }, { body: '<html><h1>Invalid Tenant</h1></html>' }],
    });
    await expect(new KekaClient().fetchJobs(target, live())).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
      message: expect.stringContaining('names no Keka careers portal'),
    });
    await expect(new KekaClient().fetchJobs(target, live())).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
      message: expect.stringContaining('Invalid Tenant'),
    });
    await expect(new KekaClient().fetchJobs({ company: 'Gone', board: 'acme/gone' }, live())).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
    });
    expect(server.requestsTo(kekaJobsPath())).toHaveLength(0);
  });

  it('a switched-off portal answering "Forbidden Access" is BOARD_NOT_FOUND; other HTML is BOARD_MALFORMED', async () => {
    server.route({ path: kekaJobsPath(), respond: [{ body: '<h1>Forbidden Access</h1>' }, { body: '<html></html>' }] });
    const board = { company: 'Acme', board: `acme|${KEKA_TEST_UUID}` };
    await expect(new KekaClient().fetchJobs(board, live())).rejects.toMatchObject({ code: 'BOARD_NOT_FOUND' });
    await expect(new KekaClient().fetchJobs(board, live())).rejects.toMatchObject({ code: 'BOARD_MALFORMED' });
  });

  it('forgets a UUID the list no longer knows, and reads the page again next time', async () => {
    serve(1);
    const client = new KekaClient();
    await client.fetchJobs(target, live());
    server.route({ path: kekaJobsPath(), respond: { status: 404 } });
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({ code: 'BOARD_NOT_FOUND' });
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({ code: 'BOARD_NOT_FOUND' });
    expect(server.requestsTo(kekaCareersPath())).toHaveLength(2);
  });

  it('retries a 429; a lasting 5xx is BOARD_HTTP_ERROR; a refused list is BOARD_FEED_OFF with the careers page', async () => {
    const client = new KekaClient();
    const board = { company: 'Acme', board: `acme|${KEKA_TEST_UUID}` };
    server.route({ path: kekaJobsPath(), respond: [{ status: 429 }, { json: kekaJobs(2) }] });
    expect((await client.fetchJobs(board, live(1))).jobs).toHaveLength(2);
    server.route({ path: kekaJobsPath(), respond: { status: 500 } });
    await expect(client.fetchJobs(board, live())).rejects.toMatchObject({ code: 'BOARD_HTTP_ERROR' });
    server.route({ path: kekaJobsPath(), respond: { status: 403 } });
    await expect(client.fetchJobs(board, live())).rejects.toMatchObject({ code: 'BOARD_FEED_OFF' });
    expect(client.careersPage(board)).toBe('https://acme.keka.com/careers');
  });

  it('refuses a board that is no Keka tenant before any request', async () => {
    for (const board of ['acme.keka.com', 'www', `acme|not-a-uuid`, 'a/b/c']) {
      await expect(new KekaClient().fetchJobs({ company: 'X', board }, live())).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
    }
    expect(server.requests).toHaveLength(0);
  });

  it('records a live run (page and list) and replays it offline to the same jobs', async () => {
    serve(3);
    const recorder = createBoardHttp(
      { recordSnapshotDir: dir },
      { hostOverrides: { [KEKA_TEST_HOST]: server.url }, retries: 0 },
    );
    const recorded = await new KekaClient().fetchJobs(target, recorder);
    expect((await readdir(path.join(dir, KEKA_TEST_HOST))).sort()).toEqual(['careers', 'careers.json']);
    await server.close();
    const replayed = await new KekaClient().fetchJobs(target, createBoardHttp({ snapshotDir: dir }));
    const strip = (jobs: Array<{ fetchedAt: string }>) => jobs.map((j) => ({ ...j, fetchedAt: '' }));
    expect(strip(replayed.jobs)).toEqual(strip(recorded.jobs));
  });
});
