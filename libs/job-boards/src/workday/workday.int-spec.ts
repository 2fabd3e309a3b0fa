import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  FakeJobBoardServer,
  WORKDAY_TEST_HOST,
  workdayApiPath,
  workdayDetail,
  workdayListPage,
  workdayPosting,
} from '@job-hunter/testing';
import type { FakeResponse, LoggedRequest } from '@job-hunter/testing';
import { createBoardHttp } from '../http/board-http.factory';
import { WorkdayClient } from './workday.client';

const HOST = WORKDAY_TEST_HOST;
const DAY = 86_400_000;

interface Span {
  path: string;
  offset?: number;
  start: number;
  end: number;
}

/** A Workday tenant on the fake server: list pages and details, with the time each request was open. */
function serveSite(server: FakeJobBoardServer, site: string, count: number, spans: Span[], failOffset?: number): void {
  const timed =
    (answer: (r: LoggedRequest) => FakeResponse, delayMs: number) =>
    async (r: LoggedRequest): Promise<FakeResponse> => {
      const span: Span = { path: r.path, start: performance.now(), end: Number.POSITIVE_INFINITY };
      spans.push(span);
      const body = r.body ? (JSON.parse(r.body) as { offset?: number }) : {};
      span.offset = body.offset;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      span.end = performance.now();
      return answer(r);
    };
  server.route({
    method: 'POST',
    path: workdayApiPath.list('acme', site),
    respond: timed((r) => {
      const { offset, limit } = JSON.parse(r.body) as { offset: number; limit: number };
      if (offset === failOffset) return { status: 503, json: { error: 'unavailable' } };
      return { json: workdayListPage(count, offset, limit) };
    }, 15),
  });
  for (let i = 0; i < count; i++) {
    const externalPath = String(workdayPosting(i)['externalPath']);
    server.route({
      method: 'GET',
      path: workdayApiPath.detail('acme', site, externalPath),
      respond: timed(() => ({ json: workdayDetail(i, HOST, site) }), 5),
    });
  }
}

const overlaps = (spans: Span[]) =>
  spans.some((a, i) => spans.some((b, j) => i !== j && a.start < b.end && b.start < a.end));

/** The most requests open at one moment. */
const peak = (spans: Span[]) =>
  Math.max(0, ...spans.map((s) => spans.filter((o) => o.start <= s.start && s.start < o.end).length));

describe('WorkdayClient against a fake Workday tenant', () => {
  let server: FakeJobBoardServer;
  let dir: string;
  const client = new WorkdayClient();
  const target = (site = 'External') => ({
    company: 'Acme',
    board: `${HOST}|acme|${site}`,
    careersUrl: `https://${HOST}/en-US/${site}`,
  });

  beforeEach(async () => {
    server = await new FakeJobBoardServer().start();
    dir = await mkdtemp(path.join(tmpdir(), 'jh-workday-'));
  });
  afterEach(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const live = () => createBoardHttp({}, { hostOverrides: { [HOST]: server.url }, retries: 0 });

  it('pages 45 jobs 20 at a time, serially, then reads every detail', async () => {
    const spans: Span[] = [];
    serveSite(server, 'External', 45, spans);
    const before = Date.now();
    const result = await client.fetchJobs(target(), live());

    const pages = server.requests.filter((r) => r.method === 'POST');
    expect(pages.map((r) => JSON.parse(r.body) as unknown)).toEqual([
      { appliedFacets: {}, limit: 20, offset: 0, searchText: '' },
      { appliedFacets: {}, limit: 20, offset: 20, searchText: '' },
      { appliedFacets: {}, limit: 20, offset: 40, searchText: '' },
    ]);
    expect(overlaps(spans.filter((s) => s.path.endsWith('/jobs')))).toBe(false);
    const detailSpans = spans.filter((s) => !s.path.endsWith('/jobs'));
    expect(detailSpans).toHaveLength(45);
    expect(peak(detailSpans)).toBeLessThanOrEqual(2);

    expect(result.partialError).toBeUndefined();
    expect(result.skipped).toEqual({});
    expect(result.jobs).toHaveLength(45);
    const byTitle = new Map(result.jobs.map((j) => [j.title, j]));
    // "Posted 3 Days Ago" without a startDate: dated from the label.
    const relative = byTitle.get('Platform Engineer 2');
    expect(relative?.dateSource).toBe('relative');
    const age = (before - Date.parse(relative?.postedAt ?? '')) / DAY;
    expect(age).toBeGreaterThan(2.99);
    expect(age).toBeLessThan(3.01);
    // An exact startDate wins over "Posted Today".
    expect(byTitle.get('Platform Engineer 4')).toMatchObject({
      dateSource: 'exact',
      postedAt: '2025-09-05T00:00:00.000Z',
    });
    // "2 Locations" becomes the detail's places.
    expect(byTitle.get('Platform Engineer 5')).toMatchObject({
      locations: ['Bengaluru, India', 'Pune'],
      workplace: 'onsite',
      employmentType: 'Full time',
      url: `https://${HOST}/External/job/Bengaluru/Platform-Engineer-5_JR-1005`,
    });
    expect(result.jobs.some((j) => j.locations.includes('2 Locations'))).toBe(false);
    expect(byTitle.get('Platform Engineer 3')?.descriptionHtml).toContain('<b>Kubernetes</b>');
  });

  it('asks no detail for a posting the run does not want on its list title, and keeps it with its list data', async () => {
    const spans: Span[] = [];
    serveSite(server, 'External', 3, spans);
    const wants = ({ title }: { title: string }) => title !== 'Platform Engineer 1';
    const result = await client.fetchJobs({ ...target(), wants }, live());
    const details = server.requests.filter((r) => r.method === 'GET').map((r) => r.path);
    expect(details.sort()).toEqual([
      workdayApiPath.detail('acme', 'External', String(workdayPosting(0)['externalPath'])),
      workdayApiPath.detail('acme', 'External', String(workdayPosting(2)['externalPath'])),
    ]);
    expect(result.partialError).toBeUndefined();
    expect(result.jobs.map((j) => j.title)).toEqual([
      'Platform Engineer 0',
      'Platform Engineer 1',
      'Platform Engineer 2',
    ]);
    expect(result.jobs[1]?.descriptionHtml).toBeUndefined();
    expect(result.jobs[0]?.descriptionHtml).toBeDefined();
  });

  it('keeps one list page at a time per host even for two sites fetched at once', async () => {
    const spans: Span[] = [];
    serveSite(server, 'External', 30, spans);
    serveSite(server, 'Campus', 30, spans);
    const http = live();
    const [a, b] = await Promise.all([
      client.fetchJobs(target('External'), http),
      client.fetchJobs(target('Campus'), http),
    ]);
    expect(a.jobs).toHaveLength(30);
    expect(b.jobs).toHaveLength(30);
    const listSpans = spans.filter((s) => s.path.endsWith('/jobs'));
    expect(listSpans).toHaveLength(4);
    expect(overlaps(listSpans)).toBe(false);
  });

  it('keeps the first page when page 2 fails, and reports the failure', async () => {
    serveSite(server, 'External', 45, [], 20);
    const result = await client.fetchJobs(target(), live());
    expect(result.jobs).toHaveLength(20);
    expect(result.partialError).toMatchObject({ code: 'BOARD_HTTP_ERROR' });
    expect(result.partialError?.message).toMatch(/list page at offset 20 failed.*HTTP 503/);
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it('keeps a job whose detail fails with its list data, and reports it', async () => {
    serveSite(server, 'External', 6, []);
    server.route({
      path: workdayApiPath.detail('acme', 'External', String(workdayPosting(5)['externalPath'])),
      respond: { status: 500 },
    });
    const result = await client.fetchJobs(target(), live());
    expect(result.jobs).toHaveLength(6);
    expect(result.jobs[5]).toMatchObject({
      title: 'Platform Engineer 5',
      locations: [],
      dateSource: 'relative',
      url: `https://${HOST}/en-US/External/job/Bengaluru/Platform-Engineer-5_JR-1005`,
    });
    expect(result.partialError).toMatchObject({
      code: 'BOARD_HTTP_ERROR',
      message: expect.stringMatching(/^1 of 6 job details could not be read/),
    });
  });

  it('reports a missing site as BOARD_NOT_FOUND and a wrong shape as BOARD_MALFORMED', async () => {
    await expect(client.fetchJobs(target('Nope'), live())).rejects.toMatchObject({ code: 'BOARD_NOT_FOUND' });
    server.route({ path: workdayApiPath.list('acme', 'Odd'), respond: { json: { jobs: [] } } });
    await expect(client.fetchJobs(target('Odd'), live())).rejects.toMatchObject({ code: 'BOARD_MALFORMED' });
  });

  it('replays a snapshot: the one recorded page repeats for every offset, and the client stops', async () => {
    const site = path.join(dir, HOST, 'wday/cxs/acme/External');
    await mkdir(path.join(site, 'job/Bengaluru'), { recursive: true });
    await mkdir(path.join(site, 'job/Toronto-ON'), { recursive: true });
    await writeFile(`${site}/jobs.json`, JSON.stringify(workdayListPage(45, 0, 20)));
    for (let i = 0; i < 20; i++) {
      await writeFile(`${site}${String(workdayPosting(i)['externalPath'])}.json`, JSON.stringify(workdayDetail(i)));
    }
    const replay = createBoardHttp({ snapshotDir: dir });
    const result = await client.fetchJobs(target(), replay);
    expect(result.jobs).toHaveLength(20);
    expect(result.partialError).toBeUndefined();
    expect(result.jobs.every((j) => j.descriptionHtml?.includes('Kubernetes'))).toBe(true);
  });

  it('records a live run into the contract layout and replays it', async () => {
    serveSite(server, 'External', 12, []);
    const recorder = createBoardHttp({ recordSnapshotDir: dir }, { hostOverrides: { [HOST]: server.url }, retries: 0 });
    const live = await client.fetchJobs(target(), recorder);
    await server.close();
    const replayed = await client.fetchJobs(target(), createBoardHttp({ snapshotDir: dir }));
    const strip = (jobs: typeof live.jobs) =>
      jobs.map((j) => ({ ...j, fetchedAt: '', postedAt: j.postedAt?.slice(0, 13) }));
    expect(strip(replayed.jobs)).toEqual(strip(live.jobs));
  });
});
