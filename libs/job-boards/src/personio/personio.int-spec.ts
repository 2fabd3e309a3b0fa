import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  FakeJobBoardServer,
  PERSONIO_NOT_FOUND_PAGE,
  PERSONIO_SEARCH_PATH,
  PERSONIO_XML_PATH,
  personioFeed,
  personioHost,
  personioSearchJobs,
} from '@job-hunter/testing';
import { createBoardHttp } from '../http/board-http.factory';
import { PersonioClient } from './personio.client';

const xml = (body: string) => ({ body, headers: { 'content-type': 'text/xml; charset=UTF-8' } });
const notFound = { status: 404, body: PERSONIO_NOT_FOUND_PAGE, headers: { 'content-type': 'text/html' } };

describe('Personio against a fake job-board server', () => {
  let server: FakeJobBoardServer;
  let dir: string;
  const client = new PersonioClient();
  const acme = { company: 'Acme', board: 'acme' };

  beforeEach(async () => {
    server = await new FakeJobBoardServer().start();
    dir = await mkdtemp(path.join(tmpdir(), 'jh-personio-'));
  });
  afterEach(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const live = (hosts = [personioHost('acme')], retries = 0) =>
    createBoardHttp({}, { hostOverrides: Object.fromEntries(hosts.map((h) => [h, server.url])), retries });

  it('GET https://{slug}.jobs.personio.de/xml?language=en, one request, every position mapped', async () => {
    server.route({ path: PERSONIO_XML_PATH, respond: xml(personioFeed(4)) });
    const result = await client.fetchJobs(acme, live());
    expect(server.requests.map((r) => `${r.method} ${r.path}?${r.query}`)).toEqual(['GET /xml?language=en']);
    expect(result.partialError).toBeUndefined();
    expect(result.skipped).toEqual({});
    expect(result.jobs.map((j) => [j.externalId, j.workplace, j.dateSource, j.employmentType])).toEqual([
      ['2800938', 'remote', 'exact', 'permanent, full-time'],
      ['2800939', undefined, 'exact', 'permanent, part-time'],
      ['2800940', undefined, 'exact', 'permanent, full-time'],
      ['2800941', 'remote', 'unknown', 'permanent, part-time'],
    ]);
    expect(result.jobs[1]).toMatchObject({
      title: 'Performance Marketing Manager 1 (all genders)',
      url: 'https://acme.jobs.personio.de/job/2800939?language=en',
      locations: ['Berlin', 'Berlin (Remote)'],
      department: 'Engineering',
      postedAt: '2025-09-02T09:00:00.000Z',
    });
    expect(result.jobs[2]?.department).toBe('Sales & Account Management');
    expect(result.jobs[0]?.descriptionHtml).toBe(
      '<h3>Your role &amp; team</h3>\n<ul><li>Run <b>Google Ads</b> campaigns</li><li>Own the budget</li></ul>\n<h3>Your profile</h3>\n<p>3+ years in SEA &amp; SQL.</p>',
    );
  });

  it('reads the .com host when the careers URL is on it', async () => {
    server.route({ path: PERSONIO_XML_PATH, respond: xml(personioFeed(1)) });
    const target = { ...acme, careersUrl: 'https://acme.jobs.personio.com/job/2800938' };
    const result = await client.fetchJobs(target, live([personioHost('acme', 'com')]));
    expect(result.jobs[0]?.url).toBe('https://acme.jobs.personio.com/job/2800938?language=en');
  });

  it('reads a live board with no open positions as no jobs', async () => {
    server.route({
      path: PERSONIO_XML_PATH,
      respond: xml('<?xml version="1.0" encoding="UTF-8"?>\n<workzag-jobs></workzag-jobs>'),
    });
    expect(await client.fetchJobs(acme, live())).toEqual({ jobs: [], skipped: {} });
  });

  it('feed switched off (/xml 404): reads /search.json without descriptions and says so', async () => {
    server.route({ path: PERSONIO_XML_PATH, respond: notFound });
    server.route({ path: PERSONIO_SEARCH_PATH, respond: { json: personioSearchJobs(3) } });
    const result = await client.fetchJobs(acme, live());
    expect(server.requests.map((r) => `${r.method} ${r.path}?${r.query}`)).toEqual([
      'GET /xml?language=en',
      'GET /search.json?',
    ]);
    expect(result.jobs.map((j) => [j.externalId, j.locations, j.workplace, j.descriptionHtml])).toEqual([
      ['2800938', ['Remote'], 'remote', undefined],
      ['2800939', ['Berlin', 'Berlin (Remote)'], undefined, undefined],
      ['2800940', ['Berlin'], undefined, undefined],
    ]);
    expect(result.partialError).toEqual({
      code: 'BOARD_FEED_OFF',
      message: "Personio's XML feed is switched off for acme; read its job list without descriptions",
    });
  });

  it('feed off and no job list either: BOARD_FEED_OFF, so the careers page takes over', async () => {
    server.route({ path: PERSONIO_XML_PATH, respond: notFound });
    server.route({ path: PERSONIO_SEARCH_PATH, respond: { body: '<!DOCTYPE html><html></html>' } });
    await expect(client.fetchJobs(acme, live())).rejects.toMatchObject({
      code: 'BOARD_FEED_OFF',
      message: expect.stringContaining('switched off for acme'),
    });
    expect(client.careersPage(acme)).toBe('https://acme.jobs.personio.de/?language=en');
  });

  it('an unknown company (404 on both, or web pages on both) is BOARD_NOT_FOUND', async () => {
    await expect(
      client.fetchJobs({ company: 'Gone', board: 'gone' }, live([personioHost('gone')])),
    ).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
      message: expect.stringMatching(/gone\.jobs\.personio\.de has no Personio job board/),
    });
    // Some sources see unknown names redirected to Personio's own site: a web page where the feed should be.
    server.route({ path: PERSONIO_XML_PATH, respond: { body: '<!DOCTYPE html><html><body>Personio</body></html>' } });
    server.route({
      path: PERSONIO_SEARCH_PATH,
      respond: { body: '<!DOCTYPE html><html><body>Personio</body></html>' },
    });
    await expect(client.fetchJobs(acme, live())).rejects.toMatchObject({ code: 'BOARD_NOT_FOUND' });
  });

  it('retries a 429 and reports a 5xx or a foreign document without falling back', async () => {
    server.route({
      path: PERSONIO_XML_PATH,
      respond: [{ status: 429, headers: { 'retry-after': '0' } }, xml(personioFeed(2))],
    });
    expect((await client.fetchJobs(acme, live(undefined, 1))).jobs).toHaveLength(2);
    expect(server.requestsTo(PERSONIO_XML_PATH)).toHaveLength(2);

    server.route({ path: PERSONIO_XML_PATH, respond: { status: 503 } });
    await expect(client.fetchJobs(acme, live())).rejects.toMatchObject({ code: 'BOARD_HTTP_ERROR' });
    server.route({ path: PERSONIO_XML_PATH, respond: xml('<rss><channel></channel></rss>') });
    await expect(client.fetchJobs(acme, live())).rejects.toMatchObject({ code: 'BOARD_MALFORMED' });
    expect(server.requestsTo(PERSONIO_SEARCH_PATH)).toHaveLength(0);
  });

  it('sends one Personio request at a time across companies', async () => {
    const companies = ['a', 'b', 'c', 'd'];
    server.route({ path: PERSONIO_XML_PATH, respond: { ...xml(personioFeed(1)), delayMs: 40 } });
    const http = createBoardHttp(
      {},
      {
        hostOverrides: Object.fromEntries(companies.map((c) => [personioHost(c), server.url])),
        retries: 0,
        hostConcurrency: 8,
      },
    );
    const results = await Promise.all(companies.map((c) => client.fetchJobs({ company: c, board: c }, http)));
    expect(results.map((r) => r.jobs.length)).toEqual([1, 1, 1, 1]);
    expect(server.requests).toHaveLength(4);
    expect(server.maxConcurrent()).toBe(1);
  });

  it('records a live run, the XML as sent, and replays it offline to the same jobs', async () => {
    const feedBody = personioFeed(3);
    const hosts = [personioHost('acme'), personioHost('off')];
    server.route({ path: PERSONIO_XML_PATH, respond: xml(feedBody) });
    const recorder = createBoardHttp(
      { recordSnapshotDir: dir },
      { hostOverrides: Object.fromEntries(hosts.map((h) => [h, server.url])), retries: 0 },
    );
    const recorded = await client.fetchJobs(acme, recorder);
    expect(await readFile(path.join(dir, 'acme.jobs.personio.de/xml.json'), 'utf8')).toBe(feedBody);

    // A second company with its feed off: /search.json is recorded, the 404 is not.
    server.route({ path: PERSONIO_XML_PATH, respond: notFound });
    server.route({ path: PERSONIO_SEARCH_PATH, respond: { json: personioSearchJobs(2) } });
    const off = { company: 'Off', board: 'off' };
    const recordedOff = await client.fetchJobs(off, recorder);
    await server.close();

    const replay = createBoardHttp({ snapshotDir: dir });
    const strip = (jobs: Array<{ fetchedAt: string }>) => jobs.map((j) => ({ ...j, fetchedAt: '' }));
    expect(strip((await client.fetchJobs(acme, replay)).jobs)).toEqual(strip(recorded.jobs));
    const replayedOff = await client.fetchJobs(off, replay);
    expect(strip(replayedOff.jobs)).toEqual(strip(recordedOff.jobs));
    expect(replayedOff.partialError?.code).toBe('BOARD_FEED_OFF');
  });
});
