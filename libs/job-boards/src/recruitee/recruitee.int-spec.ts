import { FakeJobBoardServer, RECRUITEE_API_PATH, recruiteeApiHost, recruiteeOffers } from '@job-hunter/testing';
import { createBoardHttp } from '../http/board-http.factory';
import { RecruiteeClient } from './recruitee.client';

describe('Recruitee against a fake job-board server', () => {
  let server: FakeJobBoardServer;

  beforeEach(async () => {
    server = await new FakeJobBoardServer().start();
  });
  afterEach(() => server.close());

  it('GET https://{slug}.recruitee.com/api/offers/, UTC-suffixed dates and salaries mapped', async () => {
    server.route({ path: RECRUITEE_API_PATH, respond: { json: recruiteeOffers(3) } });
    const http = createBoardHttp({}, { hostOverrides: { [recruiteeApiHost('acme')]: server.url }, retries: 0 });
    const result = await new RecruiteeClient().fetchJobs({ company: 'Acme', board: 'acme' }, http);
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/offers/']);
    expect(server.requests[0]?.headers['host']).toMatch(/^127\.0\.0\.1:/);
    expect(result.jobs.map((j) => [j.title, j.workplace, j.postedAt, j.dateSource])).toEqual([
      ['Data Engineer 0', 'onsite', '2025-09-01T09:00:00.000Z', 'exact'],
      ['Data Engineer 1', 'remote', '2025-09-02T09:00:00.000Z', 'exact'],
      ['Data Engineer 2', 'hybrid', '2025-09-03T09:00:00.000Z', 'exact'],
    ]);
    expect(result.jobs[0]?.salary).toMatchObject({ currency: 'EUR', min: 60000, max: 75000, period: 'year' });
    expect(result.jobs[0]?.descriptionHtml).toContain('<li>Airflow</li>');
    expect(result.jobs[0]?.url).toBe('https://acme.recruitee.com/o/data-engineer-0');
  });

  it('reports a company that left Recruitee as BOARD_NOT_FOUND', async () => {
    const http = createBoardHttp({}, { hostOverrides: { [recruiteeApiHost('gone')]: server.url }, retries: 0 });
    await expect(new RecruiteeClient().fetchJobs({ company: 'Gone', board: 'gone' }, http)).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
    });
  });
});
