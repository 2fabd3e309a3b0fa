import { FakeJobBoardServer, WORKABLE_API_HOST, workableAccount, workableApiPath } from '@job-hunter/testing';
import { createBoardHttp } from '../http/board-http.factory';
import { WorkableClient } from './workable.client';

describe('Workable against a fake job-board server', () => {
  let server: FakeJobBoardServer;

  beforeEach(async () => {
    server = await new FakeJobBoardServer().start();
  });
  afterEach(() => server.close());

  const live = () => createBoardHttp({}, { hostOverrides: { [WORKABLE_API_HOST]: server.url }, retries: 0 });

  it('GET /api/v1/widget/accounts/{account}?details=true, mapped', async () => {
    server.route({ path: workableApiPath('acme'), respond: { json: workableAccount(3) } });
    const result = await new WorkableClient().fetchJobs({ company: 'Acme', board: 'acme' }, live());
    expect(server.requests.map((r) => `${r.method} ${r.path}?${r.query}`)).toEqual([
      'GET /api/v1/widget/accounts/acme?details=true',
    ]);
    expect(result.jobs.map((j) => [j.externalId, j.workplace, j.dateSource])).toEqual([
      ['A1B2C30000', undefined, 'exact'],
      ['A1B2C30001', 'remote', 'exact'],
      ['A1B2C30002', undefined, 'exact'],
    ]);
    // Posting 0 also lists a hidden Chennai office.
    expect(result.jobs[0]?.locations).toEqual(['Pune, Maharashtra, India']);
    expect(result.jobs[0]?.url).toBe('https://apply.workable.com/j/A1B2C30000');
  });

  it('sends one request at a time, even for several companies at once', async () => {
    let inFlight = 0;
    let peak = 0;
    for (const account of ['a', 'b', 'c', 'd']) {
      server.route({
        path: workableApiPath(account),
        respond: async () => {
          peak = Math.max(peak, ++inFlight);
          await new Promise((r) => setTimeout(r, 40));
          inFlight--;
          return { json: workableAccount(1, account) };
        },
      });
    }
    const http = createBoardHttp(
      {},
      { hostOverrides: { [WORKABLE_API_HOST]: server.url }, retries: 0, hostConcurrency: 8 },
    );
    const client = new WorkableClient();
    const results = await Promise.all(
      ['a', 'b', 'c', 'd'].map((account) => client.fetchJobs({ company: account, board: account }, http)),
    );
    expect(results.map((r) => r.jobs.length)).toEqual([1, 1, 1, 1]);
    expect(server.requests).toHaveLength(4);
    expect(peak).toBe(1);
  });

  it('reports an unknown account as BOARD_NOT_FOUND and a wrong shape as BOARD_MALFORMED', async () => {
    server.route({ path: workableApiPath('weird'), respond: { json: { name: 'Weird' } } });
    await expect(new WorkableClient().fetchJobs({ company: 'Gone', board: 'gone' }, live())).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
    });
    await expect(new WorkableClient().fetchJobs({ company: 'W', board: 'weird' }, live())).rejects.toMatchObject({
      code: 'BOARD_MALFORMED',
    });
  });
});
