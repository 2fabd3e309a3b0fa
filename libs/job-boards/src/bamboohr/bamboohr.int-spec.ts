import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  BAMBOOHR_EMPTY_WIDGET,
  BAMBOOHR_MARKETING_HOST,
  BAMBOOHR_MARKETING_PAGE,
  FakeJobBoardServer,
  bambooHrDetail,
  bambooHrHost,
  bambooHrId,
  bambooHrList,
  bambooHrListEntry,
  bambooHrPath,
  bambooHrWidget,
} from '@job-hunter/testing';
import { createBoardHttp } from '../http/board-http.factory';
import type { BoardHttpSettings } from '../http/board-http.factory';
import { BAMBOOHR_DETAIL_CONCURRENCY, BambooHrClient } from './bamboohr.client';

const HTML = { 'content-type': 'text/html; charset=utf-8' };

function serveDetails(server: FakeJobBoardServer, count: number, slug = 'acme', delayMs = 0): void {
  for (let i = 0; i < count; i++) {
    server.route({ path: bambooHrPath.detail(bambooHrId(i)), respond: { json: bambooHrDetail(i, slug), delayMs } });
  }
}

function serveBoard(server: FakeJobBoardServer, count: number, slug = 'acme', delayMs = 0): void {
  server.route({ path: bambooHrPath.list, respond: { json: bambooHrList(count) } });
  serveDetails(server, count, slug, delayMs);
}

const requestLines = (server: FakeJobBoardServer) => server.requests.map((r) => `${r.method} ${r.path}`);

describe('BambooHrClient against a fake careers site', () => {
  let acme: FakeJobBoardServer;
  let other: FakeJobBoardServer;
  let marketing: FakeJobBoardServer;
  let dir: string;
  const client = new BambooHrClient();
  const target = { company: 'Acme', board: 'acme', careersUrl: 'https://acme.bamboohr.com/careers' };

  beforeEach(async () => {
    acme = await new FakeJobBoardServer().start();
    other = await new FakeJobBoardServer().start();
    marketing = await new FakeJobBoardServer([
      { path: '/', respond: { body: BAMBOOHR_MARKETING_PAGE, headers: HTML } },
    ]).start();
    dir = await mkdtemp(path.join(tmpdir(), 'jh-bamboohr-'));
  });
  afterEach(async () => {
    await Promise.all([acme.close(), other.close(), marketing.close()]);
    await rm(dir, { recursive: true, force: true });
  });

  const overrides = () => ({
    [bambooHrHost('acme')]: acme.url,
    [bambooHrHost('other')]: other.url,
    [BAMBOOHR_MARKETING_HOST]: marketing.url,
  });
  const live = (settings: BoardHttpSettings = {}) =>
    createBoardHttp({}, { hostOverrides: overrides(), retries: 0, ...settings });

  it('reads /careers/list as JSON, then one detail per opening', async () => {
    serveBoard(acme, 3);
    const result = await client.fetchJobs(target, live());
    expect(requestLines(acme).sort()).toEqual([
      'GET /careers/100/detail',
      'GET /careers/101/detail',
      'GET /careers/102/detail',
      'GET /careers/list',
    ]);
    expect(acme.requestsTo(bambooHrPath.list)[0]?.headers['accept']).toBe('application/json');
    expect(result.partialError).toBeUndefined();
    expect(result.skipped).toEqual({});
    expect(result.jobs.map((j) => [j.externalId, j.workplace, j.postedAt, j.salary?.annualMin ?? null])).toEqual([
      ['100', 'onsite', '2025-09-01T00:00:00.000Z', 90000],
      ['101', 'remote', '2025-09-02T00:00:00.000Z', null],
      ['102', 'hybrid', '2025-09-03T00:00:00.000Z', 90000],
    ]);
    expect(result.jobs[0]).toMatchObject({
      ats: 'bamboohr',
      company: 'Acme',
      board: 'acme',
      title: 'Customer Success Manager 0',
      url: 'https://acme.bamboohr.com/careers/100',
      locations: ['Austin, Texas, United States'],
      department: 'Customer Success',
      employmentType: 'Full-Time',
      dateSource: 'exact',
    });
    expect(result.jobs[0]?.descriptionHtml).toContain('<b>Salesforce</b>');
  });

  it('asks no detail for invalid, repeated or closed list entries, and skips what the detail says is closed', async () => {
    acme.route({
      path: bambooHrPath.list,
      respond: {
        json: {
          meta: { totalCount: 6 },
          result: [
            bambooHrListEntry(0),
            bambooHrListEntry(0),
            { ...bambooHrListEntry(1), jobOpeningName: ' ' },
            'not an opening',
            { ...bambooHrListEntry(2), jobOpeningStatus: 'Filled' },
            bambooHrListEntry(3),
          ],
        },
      },
    });
    serveDetails(acme, 4);
    const closed = bambooHrDetail(3) as { result: { jobOpening: Record<string, unknown> } };
    acme.route({
      path: bambooHrPath.detail(bambooHrId(3)),
      respond: { json: { result: { jobOpening: { ...closed.result.jobOpening, jobOpeningStatus: 'Closed' } } } },
    });
    const result = await client.fetchJobs(target, live());
    expect(
      requestLines(acme)
        .filter((l) => l.endsWith('/detail'))
        .sort(),
    ).toEqual(['GET /careers/100/detail', 'GET /careers/103/detail']);
    expect(result.jobs.map((j) => j.externalId)).toEqual(['100']);
    expect(result.skipped).toEqual({ invalid: 2, closed: 2 });
  });

  it('asks no detail for an opening the run does not want on its title, and keeps it with its list data', async () => {
    serveBoard(acme, 3);
    const titles: string[] = [];
    const wants = ({ title }: { title: string }) => (titles.push(title), title !== 'Customer Success Manager 1');
    const result = await client.fetchJobs({ ...target, wants }, live());
    expect(titles.sort()).toEqual([
      'Customer Success Manager 0',
      'Customer Success Manager 1',
      'Customer Success Manager 2',
    ]);
    expect(requestLines(acme).sort()).toEqual([
      'GET /careers/100/detail',
      'GET /careers/102/detail',
      'GET /careers/list',
    ]);
    expect(result.partialError).toBeUndefined();
    expect(result.skipped).toEqual({});
    expect(result.jobs.map((j) => [j.externalId, j.title, j.dateSource])).toEqual([
      ['100', 'Customer Success Manager 0', 'exact'],
      ['101', 'Customer Success Manager 1', 'unknown'],
      ['102', 'Customer Success Manager 2', 'exact'],
    ]);
    expect(result.jobs[1]).toMatchObject({
      url: 'https://acme.bamboohr.com/careers/101',
      locations: ['Toronto, Ontario, Canada'],
      workplace: 'remote',
      postedAt: null,
    });
    expect(result.jobs[1]?.descriptionHtml).toBeUndefined();
  });

  it('keeps an opening whose detail fails, with its list data, and reports it', async () => {
    serveBoard(acme, 3);
    acme.route({ path: bambooHrPath.detail(bambooHrId(1)), respond: { status: 500 } });
    acme.route({ path: bambooHrPath.detail(bambooHrId(2)), respond: { body: '<html>sign in</html>', headers: HTML } });
    const result = await client.fetchJobs(target, live());
    expect(result.jobs).toHaveLength(3);
    expect(result.jobs[1]).toMatchObject({
      url: 'https://acme.bamboohr.com/careers/101',
      locations: ['Toronto, Ontario, Canada'],
      workplace: 'remote',
      postedAt: null,
      dateSource: 'unknown',
    });
    expect(result.jobs[1]?.descriptionHtml).toBeUndefined();
    expect(result.partialError).toMatchObject({
      code: expect.stringMatching(/^BOARD_(HTTP_ERROR|MALFORMED)$/),
      message: expect.stringMatching(/^2 of 3/),
    });
  });

  it('falls back to the embed widget when /careers/list is gone (404), then reads the same details', async () => {
    acme.route({ path: bambooHrPath.list, respond: { status: 404, body: '' } });
    acme.route({ path: bambooHrPath.widget, respond: { body: bambooHrWidget(2), headers: HTML } });
    serveDetails(acme, 2);
    const result = await client.fetchJobs(target, live());
    expect(requestLines(acme).slice(0, 2)).toEqual(['GET /careers/list', 'GET /jobs/embed2.php']);
    expect(requestLines(acme).slice(2).sort()).toEqual(['GET /careers/100/detail', 'GET /careers/101/detail']);
    expect(result.jobs.map((j) => [j.externalId, j.title, j.department, j.workplace, j.dateSource])).toEqual([
      ['100', 'Customer Success Manager 0', 'Customer Success', 'onsite', 'exact'],
      ['101', 'Customer Success Manager 1', 'Customer Success', 'remote', 'exact'],
    ]);
  });

  it('falls back to the widget when a live company answers the list with HTML, and keeps the widget data when details fail', async () => {
    acme.route({ path: bambooHrPath.list, respond: { body: '<div id="root"></div>', headers: HTML } });
    acme.route({ path: bambooHrPath.widget, respond: { body: bambooHrWidget(2), headers: HTML } });
    const result = await client.fetchJobs(target, live());
    expect(result.jobs.map((j) => [j.externalId, j.locations, j.department])).toEqual([
      ['100', ['Austin, Texas'], 'Customer Success'],
      ['101', ['Toronto, Ontario'], 'Research & Development'],
    ]);
    expect(result.partialError?.code).toBe('BOARD_NOT_FOUND');
  });

  it('checks an empty list against the widget: empty stays empty, a widget with openings wins', async () => {
    acme.route({ path: bambooHrPath.list, respond: { json: { meta: { totalCount: 0 }, result: [] } } });
    acme.route({ path: bambooHrPath.widget, respond: { body: BAMBOOHR_EMPTY_WIDGET, headers: HTML } });
    const empty = await client.fetchJobs(target, live());
    expect(empty).toEqual({ jobs: [], skipped: {} });
    expect(requestLines(acme)).toEqual(['GET /careers/list', 'GET /jobs/embed2.php']);

    acme.route({ path: bambooHrPath.widget, respond: { body: bambooHrWidget(1), headers: HTML } });
    serveDetails(acme, 1);
    expect((await client.fetchJobs(target, live())).jobs.map((j) => j.externalId)).toEqual(['100']);

    acme.route({ path: bambooHrPath.widget, respond: { status: 503 } });
    expect(await client.fetchJobs(target, live())).toEqual({ jobs: [], skipped: {} });
  });

  it('reports an unknown company (sent to BambooHR’s own site) as BOARD_NOT_FOUND, judged by content', async () => {
    for (const p of [bambooHrPath.list, bambooHrPath.widget]) {
      other.route({ path: p, respond: { status: 302, headers: { location: 'https://www.bamboohr.com/' } } });
    }
    await expect(client.fetchJobs({ company: 'Other', board: 'other' }, live())).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
      message: expect.stringMatching(/^No BambooHR board at other/),
    });
    expect(marketing.requests.map((r) => r.path)).toEqual(['/', '/']);

    // The same page served with 200 at the company's own URLs.
    for (const p of [bambooHrPath.list, bambooHrPath.widget]) {
      other.route({ path: p, respond: { body: BAMBOOHR_MARKETING_PAGE, headers: HTML } });
    }
    await expect(client.fetchJobs({ company: 'Other', board: 'other' }, live())).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
    });
    // Nothing at all (404 twice).
    await expect(client.fetchJobs({ company: 'Gone', board: 'acme' }, live())).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
    });
  });

  it('reports a refused feed (403) as BOARD_FEED_OFF, so the careers page is read instead', async () => {
    acme.route({ path: bambooHrPath.list, respond: { status: 403, body: 'Forbidden' } });
    acme.route({ path: bambooHrPath.widget, respond: { status: 403, body: 'Forbidden' } });
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({
      code: 'BOARD_FEED_OFF',
      message: expect.stringMatching(/refuses to list acme's openings/),
    });
    expect(client.careersPage(target)).toBe('https://acme.bamboohr.com/careers');
    // Refused list, but the widget answers: its openings are read.
    acme.route({ path: bambooHrPath.widget, respond: { body: bambooHrWidget(1), headers: HTML } });
    serveDetails(acme, 1);
    expect((await client.fetchJobs(target, live())).jobs).toHaveLength(1);
  });

  it('retries a 429 on the list, and fails a 5xx list without trying the widget', async () => {
    acme.route({
      path: bambooHrPath.list,
      respond: [{ status: 429, headers: { 'retry-after': '0' } }, { json: bambooHrList(1) }],
    });
    serveDetails(acme, 1);
    const result = await client.fetchJobs(target, live({ retries: 1, backoffBaseMs: 1 }));
    expect(result.jobs).toHaveLength(1);
    expect(acme.requestsTo(bambooHrPath.list)).toHaveLength(2);

    acme.route({ path: bambooHrPath.list, respond: { status: 502 } });
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({ code: 'BOARD_HTTP_ERROR' });
    expect(acme.requestsTo(bambooHrPath.widget)).toHaveLength(0);
  });

  it(`asks at most ${BAMBOOHR_DETAIL_CONCURRENCY} details at once per company, even for two reads of it at once`, async () => {
    serveBoard(acme, 12, 'acme', 25);
    serveBoard(other, 6, 'other', 25);
    const http = live({ hostConcurrency: 32 });
    const results = await Promise.all([
      client.fetchJobs(target, http),
      client.fetchJobs(target, http),
      client.fetchJobs({ company: 'Other', board: 'other' }, http),
    ]);
    expect(results.map((r) => r.jobs.length)).toEqual([12, 12, 6]);
    const isDetail = (r: { path: string }) => r.path.endsWith('/detail');
    expect(acme.maxConcurrent(isDetail)).toBe(BAMBOOHR_DETAIL_CONCURRENCY);
    expect(other.maxConcurrent(isDetail)).toBe(BAMBOOHR_DETAIL_CONCURRENCY);
  });

  it('records a live run and replays it offline to the same jobs (list form and widget form)', async () => {
    serveBoard(acme, 3);
    other.route({ path: bambooHrPath.widget, respond: { body: bambooHrWidget(2, 'other'), headers: HTML } });
    serveDetails(other, 2, 'other');
    const recorder = createBoardHttp({ recordSnapshotDir: dir }, { hostOverrides: overrides(), retries: 0 });
    const a = await client.fetchJobs(target, recorder);
    const o = await client.fetchJobs({ company: 'Other', board: 'other' }, recorder);
    expect(o.jobs).toHaveLength(2);
    expect(await readFile(path.join(dir, 'other.bamboohr.com/jobs/embed2.php.json'), 'utf8')).toBe(
      bambooHrWidget(2, 'other'),
    );

    await Promise.all([acme.close(), other.close()]);
    const replay = createBoardHttp({ snapshotDir: dir });
    const strip = (jobs: Array<{ fetchedAt: string }>) => jobs.map((j) => ({ ...j, fetchedAt: '' }));
    const a2 = await client.fetchJobs(target, replay);
    const o2 = await client.fetchJobs({ company: 'Other', board: 'other' }, replay);
    expect(strip(a2.jobs)).toEqual(strip(a.jobs));
    expect(strip(o2.jobs)).toEqual(strip(o.jobs));
    expect(a2.partialError).toBeUndefined();
    expect(o2.partialError).toBeUndefined();
  });
});
