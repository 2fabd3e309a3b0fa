import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';

// Invariants of the bundled demo market that the demo command and its README rely on.
const root = resolve(__dirname, '../..');
const demo = join(root, 'data/demo');
const snap = join(demo, 'snapshot');
const DAY = 86400000;

type Json = Record<string, unknown>;
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const market = readJson<{ recordedAt: string; companies: number; jobs: number }>(join(demo, 'market.json'));
const companies = parseYaml(readFileSync(join(demo, 'companies.yaml'), 'utf8')) as {
  name: string;
  careersUrl: string;
  ats?: string;
  board?: string;
  industries?: string[];
  regions?: string[];
}[];
const now = Date.parse(market.recordedAt);

/** Contract §3/§4: the snapshot file a careers URL's board request is answered from (the JSON-API boards). */
function snapshotFile(careersUrl: string): { ats: string; file: string } | null {
  const url = new URL(careersUrl);
  const board = url.pathname.replace(/^\/|\/$/g, '');
  if (url.hostname === 'boards.greenhouse.io')
    return { ats: 'greenhouse', file: `boards-api.greenhouse.io/v1/boards/${board}/jobs.json` };
  if (url.hostname === 'jobs.lever.co') return { ats: 'lever', file: `api.lever.co/v0/postings/${board}.json` };
  if (url.hostname === 'jobs.ashbyhq.com')
    return { ats: 'ashby', file: `api.ashbyhq.com/posting-api/job-board/${board}.json` };
  return null;
}

const XML = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => ['position', 'item'].includes(name),
});
const first = (text: string, re: RegExp): string => (re.exec(text) ?? [])[1] ?? '';

/**
 * The boards added in issue 14 (several files each, contract §4): the folder under the snapshot that
 * holds the board's files, and how many distinct jobs they hold.
 */
function addedBoard(c: { careersUrl: string; ats?: string; board?: string }): {
  ats: string;
  dir: string;
  jobs: () => number;
} {
  const url = new URL(c.careersUrl);
  const sub = url.hostname.split('.')[0] as string;
  const read = (f: string): string => readFileSync(join(snap, f), 'utf8');
  if (url.hostname.endsWith('.jobs.personio.de'))
    return {
      ats: 'personio',
      dir: url.hostname,
      jobs: () =>
        (XML.parse(read(`${url.hostname}/xml.json`)) as { 'workzag-jobs': { position: unknown[] } })['workzag-jobs']
          .position.length,
    };
  if (url.hostname.endsWith('.teamtailor.com'))
    return {
      ats: 'teamtailor',
      dir: url.hostname,
      jobs: () =>
        (XML.parse(read(`${url.hostname}/jobs.rss.json`)) as { rss: { channel: { item: unknown[] } } }).rss.channel.item
          .length,
    };
  if (url.hostname.endsWith('.bamboohr.com'))
    return {
      ats: 'bamboohr',
      dir: url.hostname,
      jobs: () => readJson<{ result: unknown[] }>(join(snap, url.hostname, 'careers/list.json')).result.length,
    };
  if (url.hostname.endsWith('.zohorecruit.in'))
    return {
      ats: 'zohorecruit',
      dir: url.hostname,
      jobs: () =>
        readJson<{ data: Json[] }>(join(snap, url.hostname, 'recruit/v2/public/Job_Openings.json')).data.length,
    };
  if (url.hostname.endsWith('.keka.com'))
    return {
      ats: 'keka',
      dir: url.hostname,
      jobs: () => {
        const uuid = first(read(`${url.hostname}/careers.json`), /\/careers\/api\/embedjobs\/js\/([0-9a-f-]{36})/);
        return readJson<unknown[]>(join(snap, url.hostname, `careers/api/embedjobs/default/active/${uuid}.json`))
          .length;
      },
    };
  if (url.hostname === 'ats.rippling.com') {
    const slug = url.pathname.split('/')[1] as string;
    const dir = `api.rippling.com/platform/api/ats/v1/board/${slug}`;
    return {
      ats: 'rippling',
      dir,
      jobs: () => new Set(readJson<{ uuid: string }[]>(join(snap, `${dir}/jobs.json`)).map((r) => r.uuid)).size,
    };
  }
  if (url.hostname.endsWith('.oraclecloud.com')) {
    const site = first(url.pathname, /\/sites\/([^/]+)/);
    return {
      ats: 'oracle',
      dir: url.hostname,
      jobs: () =>
        readJson<{ items: { TotalJobsCount: number }[] }>(
          join(snap, url.hostname, `hcmRestApi/resources/latest/recruitingCEJobRequisitions/${site}/offset-0.json`),
        ).items[0]?.TotalJobsCount ?? 0,
    };
  }
  if (c.ats === 'successfactors' && c.board)
    return {
      ats: 'successfactors',
      dir: c.board,
      jobs: () =>
        (XML.parse(read(`${c.board}/sitemal.xml.json`)) as { rss: { channel: { item: unknown[] } } }).rss.channel.item
          .length,
    };
  if (url.hostname === 'jobs.gem.com') {
    const dir = `api.gem.com/job_board/v0/${sub === 'jobs' ? url.pathname.split('/')[1] : sub}`;
    return { ats: 'gem', dir, jobs: () => readJson<unknown[]>(join(snap, `${dir}/job_posts.json`)).length };
  }
  throw new Error(`unexpected careers URL ${c.careersUrl}`);
}

const boards = companies.flatMap((c) => {
  const one = snapshotFile(c.careersUrl);
  return one ? [{ ...c, ...one }] : [];
});
const added = companies.filter((c) => !snapshotFile(c.careersUrl)).map((c) => ({ ...c, ...addedBoard(c) }));
const jobsOf = (b: (typeof boards)[number]): Json[] => {
  const body = readJson<unknown>(join(snap, b.file));
  return Array.isArray(body) ? (body as Json[]) : (body as { jobs: Json[] }).jobs;
};
const all = boards.flatMap((b) => jobsOf(b).map((job) => ({ ats: b.ats, company: b.name, job })));
const byAts = (ats: string): Json[] => all.filter((j) => j.ats === ats).map((j) => j.job);
const snapshotFiles = (): string[] => {
  const files: string[] = [];
  const walk = (d: string): void =>
    readdirSync(d).forEach((f) =>
      statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : files.push(relative(snap, join(d, f))),
    );
  walk(snap);
  return files.sort();
};

const GREENHOUSE_KEYS = [
  'absolute_url',
  'content',
  'departments',
  'first_published',
  'id',
  'internal_job_id',
  'language',
  'location',
  'metadata',
  'offices',
  'requisition_id',
  'title',
  'updated_at',
];
const LEVER_KEYS = [
  'additional',
  'additionalPlain',
  'applyUrl',
  'categories',
  'country',
  'createdAt',
  'description',
  'descriptionPlain',
  'hostedUrl',
  'id',
  'lists',
  'text',
  'workplaceType',
];
const ASHBY_KEYS = [
  'address',
  'applyUrl',
  'compensation',
  'department',
  'descriptionHtml',
  'descriptionPlain',
  'employmentType',
  'id',
  'isListed',
  'isRemote',
  'jobUrl',
  'location',
  'publishedAt',
  'secondaryLocations',
  'shouldDisplayCompensationOnJobPostings',
  'team',
  'title',
  'workplaceType',
];

describe('demo market (data/demo)', () => {
  it('has 24 companies, 4+ per JSON-API ATS and one on each board added in issue 14, each with its snapshot, matching market.json', () => {
    expect(companies.length).toBe(24);
    for (const ats of ['greenhouse', 'lever', 'ashby'])
      expect(boards.filter((b) => b.ats === ats).length).toBeGreaterThanOrEqual(4);
    for (const b of boards) expect(existsSync(join(snap, b.file))).toBe(true);
    expect(added.map((b) => b.ats).sort()).toEqual(
      [
        'bamboohr',
        'gem',
        'keka',
        'oracle',
        'personio',
        'rippling',
        'successfactors',
        'teamtailor',
        'zohorecruit',
      ].sort(),
    );
    for (const b of added) expect(b.jobs()).toBeGreaterThanOrEqual(8);
    expect(market.companies).toBe(companies.length);
    expect(all.length).toBeGreaterThanOrEqual(170);
    expect(market.jobs).toBe(all.length + added.reduce((n, b) => n + b.jobs(), 0));
    expect(
      companies.every((c) => new URL(c.careersUrl).protocol === 'https:' && c.industries?.length && c.regions?.length),
    ).toBe(true);
    expect(companies.some((c) => c.industries?.includes('crypto'))).toBe(true);
  });

  it('holds no snapshot file without a company', () => {
    const files = snapshotFiles();
    const ofAdded = files.filter((f) => added.some((b) => f.startsWith(`${b.dir}/`)));
    expect(files.filter((f) => !ofAdded.includes(f))).toEqual(boards.map((b) => b.file).sort());
    for (const b of added) expect(ofAdded.some((f) => f.startsWith(`${b.dir}/`))).toBe(true);
  });

  it('uses the real Greenhouse shape, with entity-escaped content', () => {
    for (const b of boards.filter((x) => x.ats === 'greenhouse')) {
      const body = readJson<{ jobs: Json[]; meta: { total: number } }>(join(snap, b.file));
      expect(body.meta.total).toBe(body.jobs.length);
    }
    for (const job of byAts('greenhouse')) {
      expect(Object.keys(job)).toEqual(expect.arrayContaining(GREENHOUSE_KEYS));
      expect(typeof job['id']).toBe('number');
      expect(job['content']).toMatch(/^&lt;/);
      expect(job['content']).not.toMatch(/[<>]/);
      expect(typeof (job['location'] as Json)['name']).toBe('string');
      expect(job['first_published']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    }
  });

  it('uses the real Lever shape', () => {
    for (const job of byAts('lever')) {
      expect(Object.keys(job)).toEqual(expect.arrayContaining(LEVER_KEYS));
      expect(typeof job['createdAt']).toBe('number');
      expect(['remote', 'hybrid', 'onsite', 'unspecified']).toContain(job['workplaceType']);
      expect((job['lists'] as { content: string }[]).every((l) => l.content.startsWith('<li>'))).toBe(true);
      const salary = job['salaryRange'] as Json | undefined;
      if (salary)
        expect(salary).toEqual({
          min: expect.any(Number),
          max: expect.any(Number),
          currency: expect.any(String),
          interval: 'per-year-salary',
        });
    }
    expect(byAts('lever').some((j) => j['salaryRange'])).toBe(true);
  });

  it('uses the real Ashby shape, with hidden and shown compensation', () => {
    for (const b of boards.filter((x) => x.ats === 'ashby'))
      expect(readJson<Json>(join(snap, b.file))['apiVersion']).toBe('1');
    const jobs = byAts('ashby');
    for (const job of jobs) expect(Object.keys(job).sort()).toEqual(ASHBY_KEYS);
    expect(jobs.some((j) => j['shouldDisplayCompensationOnJobPostings'] === true)).toBe(true);
    expect(jobs.some((j) => j['shouldDisplayCompensationOnJobPostings'] === false)).toBe(true);
    expect(jobs.filter((j) => j['isListed'] === false).length).toBeGreaterThanOrEqual(2);
    const contradicts = (j: Json): boolean => (j['isRemote'] === true) !== (j['workplaceType'] === 'Remote');
    expect(jobs.filter(contradicts).length).toBeGreaterThanOrEqual(2);
  });

  it('spreads dates over 1–200 days before recordedAt, with stale jobs', () => {
    const posted = all.map(({ ats, job }) =>
      ats === 'greenhouse'
        ? Date.parse(job['first_published'] as string)
        : ats === 'lever'
          ? (job['createdAt'] as number)
          : Date.parse(job['publishedAt'] as string),
    );
    expect(posted.every((t) => t < now && t > now - 201 * DAY)).toBe(true);
    expect(posted.filter((t) => t < now - 120 * DAY).length).toBeGreaterThanOrEqual(10);
    expect(posted.filter((t) => t > now - 60 * DAY).length).toBeGreaterThanOrEqual(100);
  });

  it('includes the traps: a prompt injection, duplicates and jobs without a location', () => {
    const text = (j: Json): string =>
      String(j['content'] ?? j['descriptionHtml'] ?? `${String(j['description'])}${String(j['additional'])}`);
    expect(all.filter(({ job }) => text(job).includes('Ignore all previous instructions')).length).toBe(1);
    const keys = all.map(({ company, job }) => `${company}|${String(job['title'] ?? job['text'])}|${text(job)}`);
    expect(keys.length - new Set(keys).size).toBeGreaterThanOrEqual(3);
    const noLocation = all.filter(({ ats, job }) =>
      ats === 'greenhouse'
        ? (job['location'] as Json)['name'] === ''
        : ats === 'lever'
          ? !(job['categories'] as Json)['location']
          : job['location'] === '',
    );
    expect(noLocation.length).toBeGreaterThanOrEqual(2);
  });

  it('gives the persona at least 12 good jobs from 6+ companies (expected.json)', () => {
    const expected = readJson<{ good: { company: string }[]; dropped: unknown[] }>(join(demo, 'expected.json'));
    expect(expected.good.length).toBeGreaterThanOrEqual(12);
    expect(new Set(expected.good.map((g) => g.company)).size).toBeGreaterThanOrEqual(6);
    expect(expected.dropped.length).toBeGreaterThanOrEqual(20);
  });

  it('is exactly what the deterministic generator produces', () => {
    const out = mkdtempSync(join(tmpdir(), 'demo-market-'));
    try {
      execFileSync(process.execPath, [join(root, 'tools/demo-data/generate-market.mjs'), '--out', out], {
        stdio: 'pipe',
      });
      for (const f of [
        'market.json',
        'companies.yaml',
        'expected.json',
        ...snapshotFiles().map((f) => join('snapshot', f)),
      ]) {
        expect({ f, same: readFileSync(join(out, f), 'utf8') === readFileSync(join(demo, f), 'utf8') }).toEqual({
          f,
          same: true,
        });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('ships the persona: resume (PDF and source) and plain-English preferences', () => {
    expect(readFileSync(join(demo, 'resume.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(demo, 'resume.md'), 'utf8')).toMatch(/Jan 2022 – Present/);
    expect(readFileSync(join(demo, 'preferences.txt'), 'utf8')).toMatch(/45 LPA/);
  });
});
