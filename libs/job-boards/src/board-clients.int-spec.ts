import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  FakeJobBoardServer,
  ashbyBoard,
  boardApiPath,
  boardHostOverrides,
  greenhouseBoard,
  leverBoard,
} from '@job-hunter/testing';
import { AshbyClient } from './ashby/ashby.client';
import { GreenhouseClient } from './greenhouse/greenhouse.client';
import { createBoardHttp } from './http/board-http.factory';
import { LeverClient } from './lever/lever.client';

describe('board clients against a fake job-board server', () => {
  let server: FakeJobBoardServer;
  let dir: string;

  beforeEach(async () => {
    server = await new FakeJobBoardServer().start();
    dir = await mkdtemp(path.join(tmpdir(), 'jh-snapshot-'));
  });
  afterEach(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const live = () => createBoardHttp({}, { hostOverrides: boardHostOverrides(server.url), retries: 0 });

  it('Greenhouse: GET /v1/boards/{token}/jobs?content=true', async () => {
    server.route({ path: boardApiPath.greenhouse('acme'), respond: { json: greenhouseBoard(3) } });
    const result = await new GreenhouseClient().fetchJobs({ company: 'Acme', board: 'acme' }, live());
    expect(server.requests.map((r) => `${r.method} ${r.path}?${r.query}`)).toEqual([
      'GET /v1/boards/acme/jobs?content=true',
    ]);
    expect(result.jobs).toHaveLength(3);
    expect(result.jobs[0]).toMatchObject({
      ats: 'greenhouse',
      company: 'Acme',
      title: 'Software Engineer 0',
      dateSource: 'exact',
    });
    expect(result.jobs[0]?.descriptionHtml).toBe('<p>Build <b>TypeScript</b> services.</p>');
  });

  it('Lever: GET /v0/postings/{site}?mode=json, on the EU API for EU sites', async () => {
    const eu = await new FakeJobBoardServer([
      { path: boardApiPath.lever('eurocorp'), respond: { json: leverBoard(2, 'eurocorp') } },
    ]).start();
    try {
      server.route({ path: boardApiPath.lever('eurocorp'), respond: { json: leverBoard(1, 'eurocorp') } });
      const http = createBoardHttp(
        {},
        { hostOverrides: { 'api.lever.co': server.url, 'api.eu.lever.co': eu.url }, retries: 0 },
      );
      const target = { company: 'EuroCorp', board: 'eurocorp', careersUrl: 'https://jobs.eu.lever.co/eurocorp' };
      const euResult = await new LeverClient().fetchJobs(target, http);
      expect(eu.requests.map((r) => r.query)).toEqual(['mode=json']);
      expect(euResult.jobs.map((j) => j.workplace)).toEqual(['onsite', 'remote']);
      const usResult = await new LeverClient().fetchJobs(
        { ...target, careersUrl: 'https://jobs.lever.co/eurocorp' },
        http,
      );
      expect(usResult.jobs).toHaveLength(1);
      expect(server.requests).toHaveLength(1);
    } finally {
      await eu.close();
    }
  });

  it('Ashby: GET /posting-api/job-board/{board}?includeCompensation=true, board encoding kept', async () => {
    server.route({ path: boardApiPath.ashby('Acme%20Labs'), respond: { json: ashbyBoard(3, 'Acme%20Labs') } });
    const result = await new AshbyClient().fetchJobs({ company: 'Acme Labs', board: 'Acme%20Labs' }, live());
    expect(server.requests[0]).toMatchObject({
      path: '/posting-api/job-board/Acme%20Labs',
      query: 'includeCompensation=true',
    });
    expect(result.jobs.map((j) => j.workplace)).toEqual(['unknown', 'remote', 'onsite']);
    expect(result.jobs[0]?.salary).toMatchObject({ currency: 'GBP', annualMin: 70000 });
  });

  it('reports a board that does not exist as BOARD_NOT_FOUND and a wrong shape as BOARD_MALFORMED', async () => {
    server.route({ path: boardApiPath.lever('weird'), respond: { json: { ok: true } } });
    await expect(new GreenhouseClient().fetchJobs({ company: 'Gone', board: 'gone' }, live())).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
    });
    await expect(new LeverClient().fetchJobs({ company: 'Weird', board: 'weird' }, live())).rejects.toMatchObject({
      code: 'BOARD_MALFORMED',
    });
  });

  it('records a live run and replays it offline to the same jobs', async () => {
    server.route({ path: boardApiPath.greenhouse('acme'), respond: { json: greenhouseBoard(2) } });
    server.route({
      path: boardApiPath.ashby('Acme%20Labs'),
      respond: { body: JSON.stringify(ashbyBoard(2), null, 2) },
    });
    const recorder = createBoardHttp(
      { recordSnapshotDir: dir },
      { hostOverrides: boardHostOverrides(server.url), retries: 0 },
    );
    const gh = await new GreenhouseClient().fetchJobs({ company: 'Acme', board: 'acme' }, recorder);
    const ab = await new AshbyClient().fetchJobs({ company: 'Acme Labs', board: 'Acme%20Labs' }, recorder);
    await expect(new LeverClient().fetchJobs({ company: 'Missing', board: 'missing' }, recorder)).rejects.toMatchObject(
      { code: 'BOARD_NOT_FOUND' },
    );

    // The body is stored exactly as sent, in the contract's layout.
    const ashbyFile = path.join(dir, 'api.ashbyhq.com/posting-api/job-board/Acme%20Labs.json');
    expect(await readFile(ashbyFile, 'utf8')).toBe(JSON.stringify(ashbyBoard(2), null, 2));

    await server.close();
    const replay = createBoardHttp({ snapshotDir: dir });
    const strip = (jobs: Array<{ fetchedAt: string }>) => jobs.map((j) => ({ ...j, fetchedAt: '' }));
    expect(strip((await new GreenhouseClient().fetchJobs({ company: 'Acme', board: 'acme' }, replay)).jobs)).toEqual(
      strip(gh.jobs),
    );
    expect(
      strip((await new AshbyClient().fetchJobs({ company: 'Acme Labs', board: 'Acme%20Labs' }, replay)).jobs),
    ).toEqual(strip(ab.jobs));
    await expect(new LeverClient().fetchJobs({ company: 'Missing', board: 'missing' }, replay)).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
    });
  });

  it('refuses snapshot keys that escape the directory', async () => {
    const replay = createBoardHttp({ snapshotDir: dir });
    await expect(replay.getJson('https://api.lever.co/v0//postings')).rejects.toMatchObject({ code: 'HOST_BLOCKED' });
    await expect(new LeverClient().fetchJobs({ company: 'X', board: '..' }, replay)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
