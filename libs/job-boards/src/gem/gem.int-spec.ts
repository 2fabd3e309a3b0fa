import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { FakeJobBoardServer, GEM_API_HOST, gemApiPath, gemBoard } from '@job-hunter/testing';
import { createBoardHttp } from '../http/board-http.factory';
import { GemClient } from './gem.client';

describe('Gem against a fake job-board server', () => {
  let server: FakeJobBoardServer;
  let dir: string;
  const client = new GemClient();
  const target = { company: 'Acme', board: 'acme' };

  beforeEach(async () => {
    server = await new FakeJobBoardServer().start();
    dir = await mkdtemp(path.join(tmpdir(), 'jh-gem-'));
  });
  afterEach(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const live = (retries = 0) => createBoardHttp({}, { hostOverrides: { [GEM_API_HOST]: server.url }, retries });

  it('GET /job_board/v0/{board}/job_posts/ (trailing slash), one request, mapped', async () => {
    server.route({ path: gemApiPath('acme'), respond: { json: gemBoard(3) } });
    const result = await client.fetchJobs(target, live());
    expect(server.requests.map((r) => `${r.method} ${r.path}${r.query ? `?${r.query}` : ''}`)).toEqual([
      'GET /job_board/v0/acme/job_posts/',
    ]);
    expect(result.jobs.map((j) => [j.title, j.workplace, j.dateSource])).toEqual([
      ['Platform Engineer 0', 'onsite', 'exact'],
      ['Platform Engineer 1', 'remote', 'exact'],
      ['Platform Engineer 2', 'hybrid', 'exact'],
    ]);
    expect(result.jobs[0]).toMatchObject({
      externalId: 'am9icG9zdDp00000000',
      url: 'https://jobs.gem.com/acme/am9icG9zdDp00000000',
      locations: ['San Francisco, United States', 'Bengaluru, India'],
      department: 'Engineering',
      employmentType: 'full-time',
      postedAt: '2025-09-01T09:00:00.000Z',
    });
    expect(result.jobs[1]?.locations).toEqual(['United States']);
    expect(result.skipped).toEqual({});
  });

  it('an empty board is no jobs; the job_posts wrapper one client reads is accepted too', async () => {
    server.route({ path: gemApiPath('empty'), respond: { json: [] } });
    server.route({ path: gemApiPath('wrapped'), respond: { json: { job_posts: gemBoard(2, 'wrapped') } } });
    expect((await client.fetchJobs({ company: 'E', board: 'empty' }, live())).jobs).toEqual([]);
    expect((await client.fetchJobs({ company: 'W', board: 'wrapped' }, live())).jobs).toHaveLength(2);
  });

  it('unknown board → BOARD_NOT_FOUND, 5xx → BOARD_HTTP_ERROR, another shape → BOARD_MALFORMED', async () => {
    server.route({ path: gemApiPath('down'), respond: { status: 503 } });
    server.route({ path: gemApiPath('weird'), respond: { json: { error: 'something' } } });
    await expect(client.fetchJobs({ company: 'Gone', board: 'gone' }, live())).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
    });
    await expect(client.fetchJobs({ company: 'Down', board: 'down' }, live())).rejects.toMatchObject({
      code: 'BOARD_HTTP_ERROR',
    });
    await expect(client.fetchJobs({ company: 'Weird', board: 'weird' }, live())).rejects.toMatchObject({
      code: 'BOARD_MALFORMED',
    });
  });

  it('retries a 429 and then reads the board', async () => {
    server.route({ path: gemApiPath('acme'), respond: [{ status: 429 }, { json: gemBoard(1) }] });
    const http = createBoardHttp(
      {},
      { hostOverrides: { [GEM_API_HOST]: server.url }, retries: 1, backoffBaseMs: 1, backoffCapMs: 1 },
    );
    const result = await client.fetchJobs(target, http);
    expect(result.jobs).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });

  it('records a live run and replays it offline to the same jobs', async () => {
    server.route({ path: gemApiPath('acme'), respond: { json: gemBoard(3) } });
    const recorder = createBoardHttp(
      { recordSnapshotDir: dir },
      { hostOverrides: { [GEM_API_HOST]: server.url }, retries: 0 },
    );
    const recorded = await client.fetchJobs(target, recorder);
    const file = path.join(dir, GEM_API_HOST, 'job_board/v0/acme/job_posts.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toHaveLength(3);
    await server.close();
    const replayed = await client.fetchJobs(target, createBoardHttp({ snapshotDir: dir }));
    const strip = (jobs: Array<{ fetchedAt: string }>) => jobs.map((j) => ({ ...j, fetchedAt: '' }));
    expect(strip(replayed.jobs)).toEqual(strip(recorded.jobs));
  });
});
