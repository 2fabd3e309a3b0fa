import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  FakeJobBoardServer,
  RIPPLING_API_HOST,
  RIPPLING_NOT_FOUND,
  ripplingApiPath,
  ripplingDetail,
  ripplingList,
  ripplingUuid,
} from '@job-hunter/testing';
import { createBoardHttp } from '../http/board-http.factory';
import type { BoardHttpSettings } from '../http/board-http.factory';
import { RIPPLING_DETAIL_CONCURRENCY, RipplingClient } from './rippling.client';

function serveBoard(server: FakeJobBoardServer, count: number, slug = 'acme', delayMs = 0): void {
  server.route({ path: ripplingApiPath.list(slug), respond: { json: ripplingList(count, slug) } });
  for (let i = 0; i < count; i++) {
    server.route({
      path: ripplingApiPath.detail(slug, ripplingUuid(i)),
      respond: { json: ripplingDetail(i, slug), delayMs },
    });
  }
}

describe('RipplingClient against a fake job-board API', () => {
  let server: FakeJobBoardServer;
  let dir: string;
  const client = new RipplingClient();
  const target = { company: 'Acme', board: 'acme', careersUrl: 'https://ats.rippling.com/acme/jobs' };

  beforeEach(async () => {
    server = await new FakeJobBoardServer().start();
    dir = await mkdtemp(path.join(tmpdir(), 'jh-rippling-'));
  });
  afterEach(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const live = (settings: BoardHttpSettings = {}) =>
    createBoardHttp({}, { hostOverrides: { [RIPPLING_API_HOST]: server.url }, retries: 0, ...settings });

  it('reads the list once and one record per job; a job listed at 3 places is one job with 3 places', async () => {
    serveBoard(server, 3);
    const result = await client.fetchJobs(target, live());
    expect(server.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'GET /platform/api/ats/v1/board/acme/jobs',
      `GET /platform/api/ats/v1/board/acme/jobs/${ripplingUuid(0)}`,
      `GET /platform/api/ats/v1/board/acme/jobs/${ripplingUuid(1)}`,
      `GET /platform/api/ats/v1/board/acme/jobs/${ripplingUuid(2)}`,
    ]);
    expect(result.partialError).toBeUndefined();
    expect(result.skipped).toEqual({});
    expect(result.jobs).toHaveLength(3);
    expect(result.jobs[0]).toMatchObject({
      ats: 'rippling',
      company: 'Acme',
      board: 'acme',
      externalId: ripplingUuid(0),
      title: 'Account Executive 0',
      url: `https://ats.rippling.com/acme/jobs/${ripplingUuid(0)}`,
      locations: ['San Francisco, CA', 'New York, NY', 'Remote (United States)'],
      department: 'Sales',
      employmentType: 'Full-time',
      postedAt: '2025-09-01T09:00:00.000Z',
      dateSource: 'exact',
      salary: { min: 120000, max: 150000, currency: 'USD', period: 'year' },
    });
    expect(result.jobs[0]?.workplace).toBeUndefined();
    expect(result.jobs[0]?.descriptionHtml).toContain('<b>HubSpot</b>');
    expect(result.jobs[1]).toMatchObject({ locations: ['Remote (United States)'], workplace: 'remote' });
    expect(result.jobs[1]?.salary).toBeUndefined();
  });

  it('asks no record for a job the run does not want on its title, and keeps it with its list data', async () => {
    serveBoard(server, 3);
    const wants = ({ title }: { title: string }) => title !== 'Account Executive 1';
    const result = await client.fetchJobs({ ...target, wants }, live());
    expect(server.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'GET /platform/api/ats/v1/board/acme/jobs',
      `GET /platform/api/ats/v1/board/acme/jobs/${ripplingUuid(0)}`,
      `GET /platform/api/ats/v1/board/acme/jobs/${ripplingUuid(2)}`,
    ]);
    expect(result.partialError).toBeUndefined();
    expect(result.skipped).toEqual({});
    expect(result.jobs.map((j) => [j.title, j.dateSource])).toEqual([
      ['Account Executive 0', 'exact'],
      ['Account Executive 1', 'unknown'],
      ['Account Executive 2', 'exact'],
    ]);
    expect(result.jobs[1]).toMatchObject({
      externalId: ripplingUuid(1),
      postedAt: null,
      url: `https://ats.rippling.com/acme/jobs/${ripplingUuid(1)}`,
      locations: ['Remote (United States)'],
      department: 'Sales',
    });
    expect(result.jobs[1]?.descriptionHtml).toBeUndefined();
  });

  it('keeps a job whose record fails, with no date (the list has none), and reports it', async () => {
    serveBoard(server, 3);
    server.route({ path: ripplingApiPath.detail('acme', ripplingUuid(1)), respond: { status: 500 } });
    const result = await client.fetchJobs(target, live());
    expect(result.jobs.map((j) => j.dateSource)).toEqual(['exact', 'unknown', 'exact']);
    expect(result.jobs[1]).toMatchObject({
      postedAt: null,
      url: `https://ats.rippling.com/acme/jobs/${ripplingUuid(1)}`,
      locations: ['Remote (United States)'],
      department: 'Sales',
    });
    expect(result.partialError).toMatchObject({ code: 'BOARD_HTTP_ERROR', message: expect.stringMatching(/^1 of 3/) });
  });

  it('reads an empty board as no jobs, and counts rows that are not jobs', async () => {
    server.route({ path: ripplingApiPath.list('empty'), respond: { json: [] } });
    expect(await client.fetchJobs({ company: 'E', board: 'empty' }, live())).toEqual({ jobs: [], skipped: {} });
    server.route({
      path: ripplingApiPath.list('odd'),
      respond: { json: [{ uuid: 'u1', name: '' }, 'row', { name: 'No uuid' }] },
    });
    expect(await client.fetchJobs({ company: 'O', board: 'odd' }, live())).toEqual({
      jobs: [],
      skipped: { invalid: 3 },
    });
    expect(server.requests.map((r) => r.path)).toEqual([ripplingApiPath.list('empty'), ripplingApiPath.list('odd')]);
  });

  it('reports an unknown (or wrongly cased) board as BOARD_NOT_FOUND and a wrong shape as BOARD_MALFORMED', async () => {
    server.route({ path: ripplingApiPath.list('Acme'), respond: { status: 404, json: RIPPLING_NOT_FOUND } });
    await expect(client.fetchJobs({ company: 'Acme', board: 'Acme' }, live())).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
      message: expect.stringMatching(/^No Rippling board "Acme".*case-sensitive/),
    });
    server.route({ path: ripplingApiPath.list('weird'), respond: { json: { items: [] } } });
    await expect(client.fetchJobs({ company: 'W', board: 'weird' }, live())).rejects.toMatchObject({
      code: 'BOARD_MALFORMED',
    });
  });

  it('retries a 429, and reports a 5xx list as BOARD_HTTP_ERROR', async () => {
    server.route({
      path: ripplingApiPath.list('acme'),
      respond: [{ status: 429, headers: { 'retry-after': '0' } }, { json: ripplingList(1) }],
    });
    server.route({ path: ripplingApiPath.detail('acme', ripplingUuid(0)), respond: { json: ripplingDetail(0) } });
    const result = await client.fetchJobs(target, live({ retries: 1, backoffBaseMs: 1 }));
    expect(result.jobs).toHaveLength(1);
    expect(server.requestsTo(ripplingApiPath.list('acme'))).toHaveLength(2);

    server.route({ path: ripplingApiPath.list('acme'), respond: { status: 503 } });
    await expect(client.fetchJobs(target, live())).rejects.toMatchObject({ code: 'BOARD_HTTP_ERROR' });
  });

  it(`asks at most ${RIPPLING_DETAIL_CONCURRENCY} records at once per board`, async () => {
    serveBoard(server, 12, 'acme', 25);
    const http = live({ hostConcurrency: 32 });
    const results = await Promise.all([client.fetchJobs(target, http), client.fetchJobs(target, http)]);
    expect(results.map((r) => r.jobs.length)).toEqual([12, 12]);
    expect(server.maxConcurrent((r) => r.path.startsWith(`${ripplingApiPath.list('acme')}/`))).toBe(
      RIPPLING_DETAIL_CONCURRENCY,
    );
  });

  it('records a live run and replays it offline to the same jobs', async () => {
    serveBoard(server, 4);
    const recorder = createBoardHttp(
      { recordSnapshotDir: dir },
      { hostOverrides: { [RIPPLING_API_HOST]: server.url }, retries: 0 },
    );
    const recorded = await client.fetchJobs(target, recorder);
    await expect(client.fetchJobs({ company: 'Gone', board: 'gone' }, recorder)).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
    });
    await server.close();
    const replay = createBoardHttp({ snapshotDir: dir });
    const replayed = await client.fetchJobs(target, replay);
    const strip = (jobs: Array<{ fetchedAt: string }>) => jobs.map((j) => ({ ...j, fetchedAt: '' }));
    expect(replayed.jobs).toHaveLength(4);
    expect(strip(replayed.jobs)).toEqual(strip(recorded.jobs));
    expect(replayed.partialError).toBeUndefined();
    await expect(client.fetchJobs({ company: 'Gone', board: 'gone' }, replay)).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
    });
  });
});
