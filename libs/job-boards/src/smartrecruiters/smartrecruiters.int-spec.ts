import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  FakeJobBoardServer,
  SMARTRECRUITERS_API_HOST,
  smartRecruitersApiPath,
  smartRecruitersDetail,
  smartRecruitersPage,
  smartRecruitersPosting,
} from '@job-hunter/testing';
import { createBoardHttp } from '../http/board-http.factory';
import { SmartRecruitersClient } from './smartrecruiters.client';

const COMPANY = 'AcmeCorp';

function serveCompany(server: FakeJobBoardServer, count: number): void {
  server.route({
    method: 'GET',
    path: smartRecruitersApiPath.list(COMPANY),
    respond: (r) => {
      const q = new URLSearchParams(r.query);
      return { json: smartRecruitersPage(count, Number(q.get('offset')), Number(q.get('limit')), COMPANY) };
    },
  });
  for (let i = 0; i < count; i++) {
    const id = String(smartRecruitersPosting(i, COMPANY)['id']);
    server.route({
      path: smartRecruitersApiPath.detail(COMPANY, id),
      respond: { json: smartRecruitersDetail(i, COMPANY) },
    });
  }
}

describe('SmartRecruitersClient against a fake posting API', () => {
  let server: FakeJobBoardServer;
  let dir: string;
  const client = new SmartRecruitersClient();
  const target = { company: 'Acme Corp', board: COMPANY, careersUrl: `https://careers.smartrecruiters.com/${COMPANY}` };

  beforeEach(async () => {
    server = await new FakeJobBoardServer().start();
    dir = await mkdtemp(path.join(tmpdir(), 'jh-smartrecruiters-'));
  });
  afterEach(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const live = () => createBoardHttp({}, { hostOverrides: { [SMARTRECRUITERS_API_HOST]: server.url }, retries: 0 });

  it('pages by offset until totalFound, then reads every posting detail', async () => {
    serveCompany(server, 150);
    const result = await client.fetchJobs(target, live());
    expect(server.requestsTo(smartRecruitersApiPath.list(COMPANY)).map((r) => r.query)).toEqual([
      'limit=100&offset=0',
      'limit=100&offset=100',
    ]);
    expect(server.requests).toHaveLength(152);
    expect(result.partialError).toBeUndefined();
    expect(result.jobs).toHaveLength(150);
    const [first, second, third] = result.jobs;
    expect(first).toMatchObject({
      ats: 'smartrecruiters',
      company: 'Acme Corp',
      externalId: '744000000000000',
      title: 'Site Reliability Engineer 0',
      url: 'https://jobs.smartrecruiters.com/AcmeCorp/744000000000000-site-reliability-engineer-0',
      locations: ['Bengaluru, KA, India'],
      workplace: 'onsite',
      department: 'Engineering',
      employmentType: 'Full-time',
      postedAt: '2025-09-01T09:00:00.000Z',
      dateSource: 'exact',
    });
    expect(second?.workplace).toBe('remote');
    expect(third?.workplace).toBe('hybrid');
    expect(first?.descriptionHtml).toContain('<b>Terraform</b>');
    // The public page, never the API `ref`.
    expect(result.jobs.some((j) => j.url.includes('api.smartrecruiters.com'))).toBe(false);
  });

  it('asks no detail for a posting the run does not want on its title, and keeps it with its list data', async () => {
    serveCompany(server, 3);
    const wants = ({ title }: { title: string }) => title !== 'Site Reliability Engineer 1';
    const result = await client.fetchJobs({ ...target, wants }, live());
    expect(server.requests.map((r) => r.path).sort()).toEqual([
      smartRecruitersApiPath.list(COMPANY),
      smartRecruitersApiPath.detail(COMPANY, '744000000000000'),
      smartRecruitersApiPath.detail(COMPANY, '744000000000002'),
    ]);
    expect(result.partialError).toBeUndefined();
    expect(result.jobs.map((j) => [j.title, j.url])).toEqual([
      [
        'Site Reliability Engineer 0',
        'https://jobs.smartrecruiters.com/AcmeCorp/744000000000000-site-reliability-engineer-0',
      ],
      ['Site Reliability Engineer 1', 'https://jobs.smartrecruiters.com/AcmeCorp/744000000000001'],
      [
        'Site Reliability Engineer 2',
        'https://jobs.smartrecruiters.com/AcmeCorp/744000000000002-site-reliability-engineer-2',
      ],
    ]);
    expect(result.jobs[1]?.descriptionHtml).toBeUndefined();
  });

  it('keeps a posting whose detail fails, linked to its public page by id, and reports it', async () => {
    serveCompany(server, 3);
    server.route({ path: smartRecruitersApiPath.detail(COMPANY, '744000000000001'), respond: { status: 502 } });
    const result = await client.fetchJobs(target, live());
    expect(result.jobs.map((j) => j.url)).toEqual([
      'https://jobs.smartrecruiters.com/AcmeCorp/744000000000000-site-reliability-engineer-0',
      'https://jobs.smartrecruiters.com/AcmeCorp/744000000000001',
      'https://jobs.smartrecruiters.com/AcmeCorp/744000000000002-site-reliability-engineer-2',
    ]);
    expect(result.jobs[1]).toMatchObject({ locations: ['Berlin, BE, Germany'], dateSource: 'exact' });
    expect(result.partialError).toMatchObject({ code: 'BOARD_HTTP_ERROR', message: expect.stringMatching(/^1 of 3/) });
  });

  it('keeps the first page when a later page fails', async () => {
    serveCompany(server, 150);
    server.route({
      path: smartRecruitersApiPath.list(COMPANY),
      respond: (r) =>
        r.query.includes('offset=100') ? { status: 500 } : { json: smartRecruitersPage(150, 0, 100, COMPANY) },
    });
    const result = await client.fetchJobs(target, live());
    expect(result.jobs).toHaveLength(100);
    expect(result.partialError?.message).toMatch(/list page at offset 100 failed/);
  });

  it('reports an unknown company as BOARD_NOT_FOUND', async () => {
    await expect(client.fetchJobs({ company: 'Gone', board: 'Gone' }, live())).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
    });
  });

  it('replays a snapshot: the one recorded page repeats for every offset, and the client stops', async () => {
    const postings = path.join(dir, SMARTRECRUITERS_API_HOST, 'v1/companies', COMPANY, 'postings');
    await mkdir(postings, { recursive: true });
    await writeFile(`${postings}.json`, JSON.stringify(smartRecruitersPage(250, 0, 100, COMPANY)));
    for (let i = 0; i < 100; i++) {
      const id = String(smartRecruitersPosting(i, COMPANY)['id']);
      await writeFile(path.join(postings, `${id}.json`), JSON.stringify(smartRecruitersDetail(i, COMPANY)));
    }
    const result = await client.fetchJobs(target, createBoardHttp({ snapshotDir: dir }));
    expect(result.jobs).toHaveLength(100);
    expect(result.partialError).toBeUndefined();
    expect(result.jobs.every((j) => j.url.endsWith(`-site-reliability-engineer-${j.title.split(' ').pop()}`))).toBe(
      true,
    );
  });
});
