import { existsSync } from 'node:fs';
import {
  FakeJobBoardServer,
  boardApiPath,
  boardHostOverrides,
  greenhouseBoard,
  htmlPage,
  jobPostingLd,
  jsonLdScript,
  leverBoard,
} from '@job-hunter/testing';
import { createBoardHttp } from '../http/board-http.factory';
import { API_BOARD_CLIENT_CLASSES } from '../job-board-clients';
import { CareersPageClient, type CareersPageOptions } from './careers-page.client';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`careers-page tests skipped: no Chromium at ${CHROMIUM}; install it with apt-get install -y chromium`);
}
const describeChromium = hasChromium ? describe : describe.skip;

const create = (options: CareersPageOptions): CareersPageClient =>
  CareersPageClient.create(
    API_BOARD_CLIENT_CLASSES.map((C) => new C()),
    options,
  );

describe('careers pages', () => {
  let server: FakeJobBoardServer;

  beforeEach(async () => {
    server = await new FakeJobBoardServer().start();
  });
  afterEach(() => server.close());

  const http = () => createBoardHttp({}, { hostOverrides: boardHostOverrides(server.url), retries: 0 });
  const page = (path: string, body: string, head = '') => server.route({ path, respond: htmlPage(body, head) });
  const fetchPage = (client: CareersPageClient, path: string) =>
    client.fetchJobs({ company: 'Acme', board: `${server.url}${path}`, careersUrl: `${server.url}${path}` }, http());
  const local = () => create({ allowLoopback: true, settleMs: 500 });

  it('refuses a loopback page unless loopback is allowed, before starting a browser', async () => {
    const client = create({ executablePath: '/nonexistent/chromium' });
    await expect(fetchPage(client, '/careers')).rejects.toMatchObject({ code: 'HOST_BLOCKED' });
    expect(server.requests).toHaveLength(0);
  });

  it('fails the company with BOARD_UNSUPPORTED and the install command when Chromium is missing', async () => {
    const client = create({ allowLoopback: true, executablePath: '/nonexistent/chromium' });
    const failure = fetchPage(client, '/careers');
    await expect(failure).rejects.toMatchObject({ code: 'BOARD_UNSUPPORTED' });
    await expect(failure).rejects.toThrow(/apt-get install -y chromium/);
  });

  describeChromium(`in headless Chromium (${CHROMIUM})`, () => {
    it('follows a Greenhouse embed to the Greenhouse API', async () => {
      page(
        '/careers',
        `<h1>Join us</h1><div id="grnhse_app"></div>
         <script src="https://boards.greenhouse.io/embed/job_board/js?for=acme"></script>
         <a href="/careers?gh_jid=4000001">Software Engineer 1</a>`,
      );
      server.route({ path: boardApiPath.greenhouse('acme'), respond: { json: greenhouseBoard(2) } });
      const result = await fetchPage(local(), '/careers');
      expect(result.jobs.map((j) => [j.ats, j.board, j.company, j.title])).toEqual([
        ['greenhouse', 'acme', 'Acme', 'Software Engineer 0'],
        ['greenhouse', 'acme', 'Acme', 'Software Engineer 1'],
      ]);
      expect(server.requestsTo(boardApiPath.greenhouse('acme'))).toHaveLength(1);
    });

    it('reads the page itself when it stands in for that same board (insteadOf), never handing back to it', async () => {
      page(
        '/careers',
        `<script src="https://boards.greenhouse.io/embed/job_board/js?for=acme"></script>
         <a href="https://boards.greenhouse.io/acme/jobs/4000001">Site Reliability Engineer 0</a>`,
        jsonLdScript(jobPostingLd(0, '/careers/sre-0')),
      );
      server.route({ path: boardApiPath.greenhouse('acme'), respond: { json: greenhouseBoard(2) } });
      const url = `${server.url}/careers`;
      const result = await local().fetchJobs(
        { company: 'Acme', board: url, careersUrl: url, insteadOf: 'greenhouse' },
        http(),
      );
      expect(result.jobs.map((j) => [j.ats, j.title])).toEqual([['careers-page', 'Site Reliability Engineer 0']]);
      expect(server.requestsTo(boardApiPath.greenhouse('acme'))).toHaveLength(0);
    });

    it('follows a Lever link that the page renders with JavaScript', async () => {
      page(
        '/jobs',
        `<div id="list"></div><script>
           const a = document.createElement('a');
           a.href = 'https://jobs.lever.co/nimbus/00000000-0000-4000-8000-000000000000';
           a.textContent = 'Backend Engineer';
           document.getElementById('list').appendChild(a);
         </script>`,
      );
      server.route({ path: boardApiPath.lever('nimbus'), respond: { json: leverBoard(3, 'nimbus') } });
      const result = await fetchPage(local(), '/jobs');
      expect(result.jobs).toHaveLength(3);
      expect(result.jobs.every((j) => j.ats === 'lever' && j.board === 'nimbus')).toBe(true);
    });

    it('reads JobPosting JSON-LD from the page and its job pages, after a redirect', async () => {
      server.route({ path: '/old-careers', respond: { status: 301, headers: { location: '/careers' } } });
      page(
        '/careers',
        `<a href="/careers/sre-1">SRE 1</a> <a href="/careers/sre-2">SRE 2</a>
         <a href="/careers/featured">Featured</a> <a href="/about">About us</a>`,
        jsonLdScript({
          '@context': 'https://schema.org',
          '@graph': [{ '@type': 'WebPage' }, jobPostingLd(0, '/careers/featured')],
        }),
      );
      page('/careers/sre-1', '<h1>SRE 1</h1>', jsonLdScript(jobPostingLd(1)));
      // This job page only gets its JSON-LD from a script, as single-page apps do.
      page(
        '/careers/sre-2',
        `<h1>SRE 2</h1><script>
           const s = document.createElement('script');
           s.type = 'application/ld+json';
           s.textContent = ${JSON.stringify(JSON.stringify({ ...jobPostingLd(2), jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'Germany' } }))};
           document.head.appendChild(s);
         </script>`,
      );
      page('/about', '<p>About</p>');
      const result = await fetchPage(local(), '/old-careers');
      const byTitle = Object.fromEntries(result.jobs.map((j) => [j.title, j]));
      expect(Object.keys(byTitle).sort()).toEqual([
        'Site Reliability Engineer 0',
        'Site Reliability Engineer 1',
        'Site Reliability Engineer 2',
      ]);
      expect(byTitle['Site Reliability Engineer 0']).toMatchObject({
        ats: 'careers-page',
        url: `${server.url}/careers/featured`,
        externalId: 'SRE-0',
        postedAt: '2025-09-01T00:00:00.000Z',
        dateSource: 'exact',
        locations: ['Berlin, DE'],
        salary: { currency: 'EUR', annualMin: 70000, annualMax: 90000 },
      });
      expect(byTitle['Site Reliability Engineer 1']?.url).toBe(`${server.url}/careers/sre-1`);
      expect(byTitle['Site Reliability Engineer 2']).toMatchObject({
        workplace: 'remote',
        locations: ['Berlin, DE', 'Remote - Germany'],
      });
      expect(server.requestsTo('/about')).toHaveLength(0);
      expect(server.requestsTo('/careers/featured')).toHaveLength(0);
    });

    it('finds zero jobs on a page with nothing, without failing', async () => {
      page('/empty', '<h1>No openings right now</h1><a href="/blog">Blog</a>');
      await expect(fetchPage(local(), '/empty')).resolves.toEqual({ jobs: [], skipped: {} });
    });

    it('reports a missing careers page as PAGE_NOT_FOUND', async () => {
      await expect(fetchPage(local(), '/gone')).rejects.toMatchObject({ code: 'PAGE_NOT_FOUND' });
    });

    /** The failure's code and message, checked to be one plain line (no colour codes, no call log). */
    async function failureOf(client: CareersPageClient, path: string): Promise<{ code: string; message: string }> {
      const error = await fetchPage(client, path).then(
        () => {
          throw new Error(`${path} was read, but should have failed`);
        },
        (e: unknown) => e as { code: string; message: string },
      );
      // eslint-disable-next-line no-control-regex
      expect(error.message).not.toMatch(/\u001b|\n|Call log/);
      return { code: error.code, message: error.message };
    }

    it('reports a page that never answers as PAGE_TIMEOUT, in one plain line', async () => {
      server.route({ path: '/hang', respond: () => new Promise<never>(() => undefined) });
      const client = create({ allowLoopback: true, navigationTimeoutMs: 1500, settleMs: 100 });
      const { code, message } = await failureOf(client, '/hang');
      expect(code).toBe('PAGE_TIMEOUT');
      expect(message).toBe(`${new URL(server.url).host}/hang did not load in time; try again later.`);
    });

    it('reports a page that refuses the browser (403) as PAGE_BLOCKED', async () => {
      server.route({ path: '/forbidden', respond: { status: 403, body: '<h1>Access denied</h1>' } });
      const { code, message } = await failureOf(local(), '/forbidden');
      expect(code).toBe('PAGE_BLOCKED');
      expect(message).toMatch(/answered HTTP 403: the site refuses automated visitors/);
    });

    it('reports a server error as a retryable PAGE_HTTP_ERROR', async () => {
      server.route({ path: '/down', respond: { status: 503, body: 'maintenance' } });
      await expect(fetchPage(local(), '/down')).rejects.toMatchObject({ code: 'PAGE_HTTP_ERROR', retryable: true });
    });

    it('blocks a redirect to a loopback address when loopback is not allowed', async () => {
      server.route({ path: '/moved', respond: { status: 302, headers: { location: `${server.url}/target` } } });
      page('/target', '<p>internal</p>');
      const client = create({ hostOverrides: { 'careers.acme.test': server.url } });
      const target = {
        company: 'Acme',
        board: 'http://careers.acme.test/moved',
        careersUrl: 'http://careers.acme.test/moved',
      };
      await expect(client.fetchJobs(target, http())).rejects.toMatchObject({ code: 'HOST_BLOCKED' });
      expect(server.requestsTo('/moved')).toHaveLength(1);
      expect(server.requestsTo('/target')).toHaveLength(0);
    });

    it("blocks the page's own requests to a loopback address and still reads the page", async () => {
      page(
        '/careers',
        `<script>fetch('${server.url}/secret').catch(() => {});</script>
         <iframe src="${server.url}/internal-frame"></iframe>`,
        jsonLdScript(jobPostingLd(5, '/careers/sre-5')),
      );
      const client = create({ hostOverrides: { 'careers.acme.test': server.url }, settleMs: 500 });
      const target = {
        company: 'Acme',
        board: 'http://careers.acme.test/careers',
        careersUrl: 'http://careers.acme.test/careers',
      };
      const result = await client.fetchJobs(target, http());
      expect(result.jobs.map((j) => j.url)).toEqual(['http://careers.acme.test/careers/sre-5']);
      expect(server.requestsTo('/secret')).toHaveLength(0);
      expect(server.requestsTo('/internal-frame')).toHaveLength(0);
    });
  });
});
