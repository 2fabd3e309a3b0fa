import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { snapshotPostings } from './snapshot-postings';

describe('snapshotPostings', () => {
  let dir: string;
  const write = (file: string, body: unknown): void => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), JSON.stringify(body));
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-postings-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads each board's places and workplace field, by the posting's URL", () => {
    write('boards-api.greenhouse.io/v1/boards/acme/jobs.json', {
      jobs: [
        {
          absolute_url: 'https://acme.example/careers?gh_jid=1001',
          location: { name: 'Munich, Germany; Bengaluru' },
          offices: [{ location: 'Munich, Germany' }],
          metadata: [{ name: 'Workplace', value: 'Hybrid' }],
        },
        { absolute_url: 'https://boards.greenhouse.io/acme/jobs/1002', location: { name: 'Remote, Worldwide' } },
      ],
    });
    write('api.lever.co/v0/postings/beta.json', [
      { hostedUrl: 'https://jobs.lever.co/beta/a', categories: { allLocations: [] }, workplaceType: 'unspecified' },
      { hostedUrl: 'https://jobs.lever.co/beta/b', categories: { location: 'Pune' }, workplaceType: 'remote' },
    ]);
    write('api.ashbyhq.com/posting-api/job-board/Gamma%20Co.json', {
      jobs: [
        {
          jobUrl: 'https://jobs.ashbyhq.com/Gamma%20Co/c',
          location: 'Berlin',
          secondaryLocations: [{ location: 'Remote - India' }],
          workplaceType: 'OnSite',
        },
      ],
    });
    const postings = snapshotPostings(dir);
    expect(Object.fromEntries(postings)).toEqual({
      'https://acme.example/careers?gh_jid=1001': { places: ['Munich, Germany', 'Bengaluru'], remote: false },
      'https://boards.greenhouse.io/acme/jobs/1002': { places: ['Remote, Worldwide'], remote: true },
      'https://jobs.lever.co/beta/a': { places: [], remote: false },
      'https://jobs.lever.co/beta/b': { places: ['Pune'], remote: true },
      'https://jobs.ashbyhq.com/Gamma%20Co/c': { places: ['Berlin', 'Remote - India'], remote: true },
    });
  });
  it('reads the boards added in issue 14 by where their files lie (XML, list rows per location, pages)', () => {
    const raw = (file: string, text: string): void => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    raw(
      'acme.jobs.personio.de/xml.json',
      '<workzag-jobs><position><id>7</id><office>Berlin</office><additionalOffices><office>Remote (EU)</office></additionalOffices></position></workzag-jobs>',
    );
    write('api.rippling.com/platform/api/ats/v1/board/beta/jobs.json', [
      { uuid: 'u1', workLocation: { label: 'New York, NY' } },
      { uuid: 'u1', workLocation: { label: 'Toronto, Ontario' } },
    ]);
    write('gamma.zohorecruit.in/recruit/v2/public/Job_Openings.json', {
      code: 'success',
      data: [
        { $url: 'https://gamma.zohorecruit.in/jobs/Careers/1/A', Country: 'India', Remote_Job: true, Publish: true },
        { $url: 'https://gamma.zohorecruit.in/jobs/Careers/2/B', City: 'Pune', Publish: false },
      ],
    });
    expect(Object.fromEntries(snapshotPostings(dir))).toEqual({
      'https://acme.jobs.personio.de/job/7': { places: ['Berlin', 'Remote (EU)'], remote: true },
      'https://ats.rippling.com/beta/jobs/u1': { places: ['New York, NY', 'Toronto, Ontario'], remote: false },
      'https://gamma.zohorecruit.in/jobs/Careers/1/A': { places: ['India'], remote: true },
    });
  });
});
