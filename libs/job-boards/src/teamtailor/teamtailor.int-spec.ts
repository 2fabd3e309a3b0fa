import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  FakeJobBoardServer,
  TEAMTAILOR_RSS_PATH,
  teamtailorFeed,
  teamtailorHost,
  teamtailorPage,
} from '@job-hunter/testing';
import type { FakeResponse, LoggedRequest } from '@job-hunter/testing';
import { createBoardHttp } from '../http/board-http.factory';
import { TEAMTAILOR_MAX_JOBS, TeamtailorClient } from './teamtailor.client';

const rss = (body: string): FakeResponse => ({
  body,
  headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
});

const pageOf = (r: LoggedRequest): number => Number(new URLSearchParams(r.query).get('page') ?? 1);

/** A board of `total` jobs that pages as `?per_page=&page=` ask. */
function paged(total: number, host = teamtailorHost()) {
  return (r: LoggedRequest): FakeResponse =>
    rss(teamtailorPage(total, pageOf(r), Number(new URLSearchParams(r.query).get('per_page') ?? 100), host));
}

describe('Teamtailor against a fake job-board server', () => {
  let server: FakeJobBoardServer;
  let dir: string;
  const client = new TeamtailorClient();
  const acme = { company: 'Acme', board: 'acme' };

  beforeEach(async () => {
    server = await new FakeJobBoardServer().start();
    dir = await mkdtemp(path.join(tmpdir(), 'jh-teamtailor-'));
  });
  afterEach(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const live = (host = teamtailorHost(), retries = 0) =>
    createBoardHttp({}, { hostOverrides: { [host]: server.url }, retries });
  const queries = () => server.requests.map((r) => `${r.method} ${r.path}?${r.query}`);

  it('GET https://{slug}.teamtailor.com/jobs.rss?per_page=200, one request for a small board', async () => {
    server.route({ path: TEAMTAILOR_RSS_PATH, respond: rss(teamtailorFeed(4)) });
    const result = await client.fetchJobs(acme, live());
    expect(queries()).toEqual(['GET /jobs.rss?per_page=200']);
    expect(result).toMatchObject({ skipped: {} });
    expect(result.partialError).toBeUndefined();
    expect(result.jobs.map((j) => [j.externalId, j.workplace, j.postedAt, j.dateSource])).toEqual([
      ['7308188', 'onsite', '2026-02-27T18:59:48.000Z', 'exact'],
      ['7308189', 'remote', '2026-02-26T18:59:48.000Z', 'exact'],
      ['7308190', 'hybrid', '2026-02-25T18:59:48.000Z', 'exact'],
      ['7308191', undefined, '2026-02-24T18:59:48.000Z', 'exact'],
    ]);
    expect(result.jobs[0]).toMatchObject({
      title: 'Account Manager 0, Mid-Market',
      url: 'https://acme.teamtailor.com/jobs/7308188-account-manager-0-mid-market',
      locations: ['Stockholm, Sweden', 'Remote (Sweden)'],
      department: 'Revenue',
    });
    // Entity-escaped (item 0) and CDATA (item 1) descriptions come out as the same HTML.
    expect(result.jobs[0]?.descriptionHtml).toBe(result.jobs[1]?.descriptionHtml);
    expect(result.jobs[0]?.descriptionHtml).toBe(
      '<p>Drive growth &amp; renewals in <b>Stockholm</b>.</p><ul><li>SaaS</li></ul>',
    );
  });

  it('reads a .na board and a company domain serving the same paths', async () => {
    const na = teamtailorHost('crossmint', 'na');
    server.route({ path: TEAMTAILOR_RSS_PATH, respond: rss(teamtailorFeed(1, 0, na)) });
    const result = await client.fetchJobs({ company: 'Crossmint', board: 'crossmint.na' }, live(na));
    expect(result.jobs[0]?.url).toBe(`https://${na}/jobs/7308188-account-manager-0-mid-market`);

    server.route({ path: TEAMTAILOR_RSS_PATH, respond: rss(teamtailorFeed(2, 0, 'careers.acme.com')) });
    const branded = await client.fetchJobs({ company: 'Acme', board: 'careers.acme.com' }, live('careers.acme.com'));
    expect(branded.jobs.map((j) => j.url)).toEqual([
      'https://careers.acme.com/jobs/7308188-account-manager-0-mid-market',
      'https://careers.acme.com/jobs/7308189-account-manager-1-mid-market',
    ]);
  });

  it('pages a board larger than one page until a short page', async () => {
    server.route({ path: TEAMTAILOR_RSS_PATH, respond: paged(450) });
    const result = await client.fetchJobs(acme, live());
    expect(queries()).toEqual([
      'GET /jobs.rss?per_page=200',
      'GET /jobs.rss?per_page=200&page=2',
      'GET /jobs.rss?per_page=200&page=3',
    ]);
    expect(result.jobs).toHaveLength(450);
    expect(new Set(result.jobs.map((j) => j.externalId)).size).toBe(450);
    expect(result.partialError).toBeUndefined();
  });

  it('keeps asking while a page is the feed default (100) full, and stops at a page that brings nothing new', async () => {
    // A feed that ignores per_page and pages by 100.
    server.route({
      path: TEAMTAILOR_RSS_PATH,
      respond: (r) => rss(teamtailorPage(250, pageOf(r), 100)),
    });
    expect((await client.fetchJobs(acme, live())).jobs).toHaveLength(250);
    expect(server.requests).toHaveLength(3);

    // A feed that ignores page too: page 2 repeats page 1.
    server.requests.length = 0;
    server.route({ path: TEAMTAILOR_RSS_PATH, respond: rss(teamtailorFeed(100)) });
    expect((await client.fetchJobs(acme, live())).jobs).toHaveLength(100);
    expect(queries()).toEqual(['GET /jobs.rss?per_page=200', 'GET /jobs.rss?per_page=200&page=2']);
  });

  it('stops at the cap and counts the rest of that page as over_cap', async () => {
    server.route({
      path: TEAMTAILOR_RSS_PATH,
      respond: (r) => rss(teamtailorPage(2150, pageOf(r), 300)),
    });
    const result = await client.fetchJobs(acme, live());
    expect(result.jobs).toHaveLength(TEAMTAILOR_MAX_JOBS);
    expect(result.skipped).toEqual({ over_cap: 100 });
    expect(server.requests).toHaveLength(7);
  });

  it('keeps the pages read when a later page fails, and reads a 404 past the end as the end', async () => {
    server.route({
      path: TEAMTAILOR_RSS_PATH,
      respond: (r) => (pageOf(r) === 2 ? { status: 500 } : rss(teamtailorFeed(200))),
    });
    const failed = await client.fetchJobs(acme, live());
    expect(failed.jobs).toHaveLength(200);
    expect(failed.partialError).toMatchObject({
      code: 'BOARD_HTTP_ERROR',
      message: expect.stringMatching(/^page 2 of/),
    });

    server.route({
      path: TEAMTAILOR_RSS_PATH,
      respond: (r) => (pageOf(r) === 2 ? { status: 404 } : rss(teamtailorFeed(200))),
    });
    const ended = await client.fetchJobs(acme, live());
    expect(ended.jobs).toHaveLength(200);
    expect(ended.partialError).toBeUndefined();
  });

  it('a live board with no jobs is 0 jobs; an unknown subdomain is BOARD_NOT_FOUND', async () => {
    await expect(
      client.fetchJobs({ company: 'Gone', board: 'gone' }, live(teamtailorHost('gone'))),
    ).rejects.toMatchObject({ code: 'BOARD_NOT_FOUND' });
    server.route({ path: TEAMTAILOR_RSS_PATH, respond: rss(teamtailorFeed(0)) });
    expect(await client.fetchJobs(acme, live())).toEqual({ jobs: [], skipped: {} });
  });

  it('retries a 429, and reports a 5xx, a refused feed and a web page', async () => {
    server.route({
      path: TEAMTAILOR_RSS_PATH,
      respond: [{ status: 429, headers: { 'retry-after': '0' } }, rss(teamtailorFeed(2))],
    });
    expect((await client.fetchJobs(acme, live(undefined, 1))).jobs).toHaveLength(2);
    expect(server.requests).toHaveLength(2);

    server.route({ path: TEAMTAILOR_RSS_PATH, respond: { status: 502 } });
    await expect(client.fetchJobs(acme, live())).rejects.toMatchObject({ code: 'BOARD_HTTP_ERROR' });
    server.route({ path: TEAMTAILOR_RSS_PATH, respond: { status: 403 } });
    await expect(client.fetchJobs(acme, live())).rejects.toMatchObject({ code: 'BOARD_FEED_OFF' });
    server.route({
      path: TEAMTAILOR_RSS_PATH,
      respond: { body: '<!doctype html><html><body>Acme careers</body></html>' },
    });
    await expect(client.fetchJobs(acme, live())).rejects.toMatchObject({ code: 'BOARD_NOT_FOUND' });
  });

  it('records a paged live run, each page in its own file, and replays it offline to the same jobs', async () => {
    server.route({ path: TEAMTAILOR_RSS_PATH, respond: paged(250) });
    const recorder = createBoardHttp(
      { recordSnapshotDir: dir },
      { hostOverrides: { [teamtailorHost()]: server.url }, retries: 0 },
    );
    const recorded = await client.fetchJobs(acme, recorder);
    expect(recorded.jobs).toHaveLength(250);
    expect(await readFile(path.join(dir, 'acme.teamtailor.com/jobs.rss.json'), 'utf8')).toBe(
      teamtailorPage(250, 1, 200),
    );
    expect(await readFile(path.join(dir, 'acme.teamtailor.com/jobs.rss/page-2.json'), 'utf8')).toBe(
      teamtailorPage(250, 2, 200),
    );
    await server.close();

    const replayed = await client.fetchJobs(acme, createBoardHttp({ snapshotDir: dir }));
    const strip = (jobs: Array<{ fetchedAt: string }>) => jobs.map((j) => ({ ...j, fetchedAt: '' }));
    expect(strip(replayed.jobs)).toEqual(strip(recorded.jobs));
    expect(replayed.partialError).toBeUndefined();
  });
});
