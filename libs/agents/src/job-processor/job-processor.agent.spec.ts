import { Test } from '@nestjs/testing';
import type { RawJob, SearchPreferences } from '@job-hunter/domain';
import { cleanText, emptyPreferences } from '@job-hunter/domain';
import { JobProcessorAgent } from './job-processor.agent';
import { JobProcessorModule } from './job-processor.module';
import type { CompanyJobs } from './job-processor.types';

const NOW = new Date('2025-06-15T12:00:00Z');
const daysAgo = (d: number): string => new Date(NOW.getTime() - d * 86_400_000).toISOString();

let seq = 0;
function raw(over: Partial<RawJob> = {}): RawJob {
  seq++;
  return {
    ats: 'greenhouse',
    company: 'Acme',
    board: 'acme',
    externalId: String(seq),
    title: `Backend Engineer ${seq}`,
    url: `https://boards.greenhouse.io/acme/jobs/${seq}`,
    locations: ['Remote'],
    workplace: 'remote',
    descriptionText: 'We use Go and PostgreSQL.',
    postedAt: daysAgo(3),
    dateSource: 'exact',
    fetchedAt: NOW.toISOString(),
    ...over,
  };
}

function prefs(over: Partial<SearchPreferences> = {}): SearchPreferences {
  return {
    ...emptyPreferences(),
    maxAgeDays: 30,
    ...over,
  };
}

function sum(rec: Record<string, number>, except: string[] = []): number {
  return Object.entries(rec)
    .filter(([k]) => !except.includes(k))
    .reduce((a, [, n]) => a + n, 0);
}

describe('JobProcessorAgent', () => {
  let agent: JobProcessorAgent;
  beforeAll(async () => {
    const mod = await Test.createTestingModule({ imports: [JobProcessorModule] }).compile();
    agent = mod.get(JobProcessorAgent);
  });

  it('accounts for every raw job: kept, invalid, duplicate or filtered', () => {
    const dup = raw({ title: 'Platform Engineer', externalId: 'a' });
    const input = [
      raw(),
      raw({ title: '' }),
      raw({ url: 'javascript:alert(1)' }),
      dup,
      { ...dup, ats: 'lever' as const, externalId: 'b', url: 'https://jobs.lever.co/acme/b' },
      raw({ company: 'Evil Corp' }),
      raw({ title: 'Intern, Backend' }),
      raw({ postedAt: daysAgo(90) }),
      raw({ postedAt: null, dateSource: 'unknown' }),
    ];
    const out = agent.process(input, prefs({ excludedCompanies: ['Evil Corp'], seniorityMin: 'mid' }), NOW, {
      skipped: { unlisted: 4 },
    });
    expect(out.stats.dropped).toEqual({
      invalid: 2,
      duplicate: 1,
      excluded_company: 1,
      seniority: 1,
      stale: 1,
      unlisted: 4,
    });
    expect(out.jobs).toHaveLength(3);
    expect(out.stats.jobsScraped).toBe(input.length);
    expect(out.stats.jobsAfterDedupe).toBe(6);
    expect(out.stats.undatedKept).toBe(1);
    expect(input.length).toBe(out.jobs.length + sum(out.stats.dropped, ['unlisted']));
    // One decision row per job dropped here, with the reason it is counted under.
    expect(out.droppedJobs?.map((d) => d.reason).sort()).toEqual(
      ['invalid', 'invalid', 'duplicate', 'excluded_company', 'seniority', 'stale'].sort(),
    );
  });

  it('keeps one copy of a posting two boards carry, known by its apply URL though the names differ', () => {
    const posting = raw({ title: 'Payments Engineer', company: 'Lumenpay', externalId: '4001' });
    const board = { company: 'Lumenpay Again', url: `${posting.url}?utm_source=companies-file` };
    const input = [posting, raw(), { ...posting, ...board }];
    const out = agent.process(input, prefs(), NOW);
    expect(out.jobs.map((j) => [j.company, j.title])).toEqual([
      ['Lumenpay', 'Payments Engineer'],
      ['Acme', expect.stringMatching(/^Backend Engineer/)],
    ]);
    expect(out.stats.dropped).toEqual({ duplicate: 1 });
    expect(out.droppedJobs?.map((d) => [d.company, d.reason])).toEqual([['Lumenpay Again', 'duplicate']]);
  });

  it('reads each title occupation and drops other kinds of work than the roles asked for', () => {
    const input = [
      raw({ title: 'Senior Software Engineer, Backend' }),
      raw({ title: 'Videographer' }),
      raw({ title: 'Fleet Maintenance Technician' }),
      raw({ title: 'Engineering Manager, Payments' }),
    ];
    const out = agent.process(
      input,
      prefs({ roles: ['backend engineer'], excludedRoles: ['engineering manager'] }),
      NOW,
    );
    expect(out.jobs.map((j) => [j.title, j.occupation])).toEqual([
      ['Senior Software Engineer, Backend', 'backend engineer'],
    ]);
    expect(out.stats.dropped).toEqual({ role: 2, excluded_role: 1 });
    expect(out.droppedJobs?.map((d) => [d.title, d.occupation, d.reason])).toEqual([
      ['Videographer', 'video producer', 'role'],
      ['Fleet Maintenance Technician', 'diesel mechanic', 'role'],
      ['Engineering Manager, Payments', 'engineering manager', 'excluded_role'],
    ]);
  });

  it('drops a job its head rules out (title, company; level and place when stated) without reading its description', () => {
    const reads: string[] = [];
    const watched = (over: Partial<RawJob>): RawJob => {
      const job = raw({ ...over, descriptionText: undefined });
      Object.defineProperty(job, 'descriptionText', {
        enumerable: true,
        get: () => (reads.push(job.title), 'We use Go and PostgreSQL. Salary $150,000 - $180,000.'),
      });
      return job;
    };
    const input = [
      watched({ title: 'Videographer' }),
      watched({ title: 'Backend Engineer', company: 'Evil Corp' }),
      watched({ title: 'Staff Backend Engineer' }),
      // No work model stated: the description may still say where, so it is read before the level drops it.
      watched({ title: 'Principal Backend Engineer', workplace: 'unknown', locations: ['Berlin'] }),
      watched({ title: 'Backend Engineer' }),
    ];
    const p = prefs({ roles: ['backend engineer'], excludedCompanies: ['Evil Corp'], seniorityMax: 'senior' });
    const out = agent.process(input, p, NOW);
    expect(reads).toEqual(['Principal Backend Engineer', 'Backend Engineer']);
    expect(out.droppedJobs?.map((d) => [d.title, d.reason, d.location])).toEqual([
      ['Videographer', 'role', 'Remote'],
      ['Backend Engineer', 'excluded_company', 'Remote'],
      ['Staff Backend Engineer', 'seniority', 'Remote'],
      ['Principal Backend Engineer', 'seniority', 'Berlin, Germany'],
    ]);
    // The kept job was read in full.
    expect(out.jobs.map((j) => [j.title, j.skills.length > 0, j.salary?.min])).toEqual([
      ['Backend Engineer', true, 150000],
    ]);
    // Early drops are distinct jobs: never de-duplicated, each counted once.
    expect(out.stats.jobsAfterDedupe).toBe(5);
  });

  it('judges by the latest resume titles when the preferences name no role', () => {
    const input = [raw({ title: 'Registered Nurse, ICU' }), raw({ title: 'Backend Engineer' })];
    const out = agent.process(input, prefs(), NOW, { profile: { titles: ['Staff Nurse', 'Nursing Assistant'] } });
    expect(out.jobs.map((j) => j.title)).toEqual(['Registered Nurse, ICU']);
    expect(out.stats.dropped).toEqual({ role: 1 });
  });

  it('gives a title filter that rules out exactly the postings its head check drops on title and company', () => {
    const p = prefs({
      roles: ['backend engineer'],
      excludedRoles: ['engineering manager'],
      excludedCompanies: ['Evil Corp'],
      excludedTitles: ['payments'],
      seniorityMax: 'senior',
    });
    const input = [
      raw({ title: 'Videographer' }),
      raw({ title: '  Fleet   Maintenance Technician ' }),
      raw({ title: 'Engineering Manager' }),
      raw({ title: 'Backend Engineer, Payments' }),
      raw({ title: 'Backend Engineer', company: ' Evil  Corp ' }),
      // Dropped on its level, not its title: its details may still be read.
      raw({ title: 'Principal Backend Engineer' }),
      raw({ title: 'Backend Engineer' }),
      raw({ title: '' }),
    ];
    const wants = agent.titleFilter(p);
    const out = agent.process(input, p, NOW);
    const titleReasons = new Set(['role', 'excluded_role', 'excluded_title', 'excluded_company']);
    const droppedOnTitle = new Set(
      out.droppedJobs?.filter((d) => titleReasons.has(d.reason)).map((d) => `${d.company}|${d.title}`),
    );
    const verdicts = input.map((r) => wants({ title: r.title, company: r.company }));
    expect(verdicts).toEqual([false, false, false, false, false, true, true, true]);
    input.forEach((r, i) => {
      const key = `${cleanText(r.company)}|${cleanText(r.title)}`;
      expect([key, verdicts[i]]).toEqual([key, !droppedOnTitle.has(key)]);
    });
    // With no role named, the resume's titles set the kind of work, as process does.
    const byResume = agent.titleFilter(prefs(), { titles: ['Staff Nurse'] });
    expect(byResume({ title: 'Registered Nurse, ICU', company: 'Acme' })).toBe(true);
    expect(byResume({ title: 'Backend Engineer', company: 'Acme' })).toBe(false);
    expect(agent.titleFilter(prefs())({ title: 'Videographer', company: 'Acme' })).toBe(true);
  });

  it('holds the invariant on a larger mixed batch', () => {
    const input: RawJob[] = [];
    for (let i = 0; i < 60; i++) {
      input.push(
        raw({
          title: i % 7 === 0 ? 'Backend Engineer' : `Engineer ${i % 20}`,
          externalId: String(i % 50),
          postedAt: i % 5 === 0 ? null : daysAgo(i),
          locations: [i % 3 === 0 ? 'Remote - US' : 'Remote'],
        }),
      );
    }
    const out = agent.process(input, prefs({ remoteScopes: ['IN'], strictRecency: true }), NOW);
    expect(input.length).toBe(out.jobs.length + sum(out.stats.dropped));
    expect(out.stats.jobsAfterDedupe).toBeLessThan(input.length);
  });

  it('applies company industries from discovery', () => {
    const out = agent.process([raw({ company: 'Coinz' }), raw()], prefs({ excludedIndustries: ['crypto'] }), NOW, {
      industriesByCompany: { Coinz: ['Cryptocurrency'] },
    });
    expect(out.jobs).toHaveLength(1);
    expect(out.stats.dropped).toEqual({ excluded_industry: 1 });
  });

  it('reads a market one company at a time with the outcome of reading it whole', async () => {
    const first = [raw({ title: 'Platform Engineer', externalId: 'p' }), raw({ title: '' })];
    const second = [raw({ company: 'Evil Corp' }), { ...(first[0] as RawJob), ats: 'lever' as const, externalId: 'q' }];
    async function* companies(): AsyncGenerator<CompanyJobs> {
      yield { jobs: first, skipped: { unlisted: 2 } };
      yield { jobs: second, skipped: { unlisted: 1, invalid: 1 } };
    }
    const p = prefs({ excludedCompanies: ['Evil Corp'] });
    const streamed = await agent.processCompanies(companies(), p, NOW);
    const whole = agent.process([...first, ...second], p, NOW, { skipped: { unlisted: 3, invalid: 1 } });
    expect(streamed).toEqual(whole);
    expect(streamed.stats.dropped).toEqual({ invalid: 2, duplicate: 1, excluded_company: 1, unlisted: 3 });
  });

  it('reads the descriptions stored apart only for the jobs whose head passes', async () => {
    const jobs = [
      raw({ company: 'Evil Corp' }),
      raw({ descriptionText: 'Salary: $150,000 - $180,000. We use Go.' }),
      raw({ title: '' }),
      raw({ descriptionHtml: '<p>We use <b>Rust</b>.</p>', descriptionText: undefined }),
    ];
    const asked: number[][] = [];
    const apart: CompanyJobs = {
      jobs: jobs.map(({ descriptionHtml: _h, descriptionText: _t, ...head }) => head),
      skipped: {},
      descriptions: async (indexes) => {
        asked.push([...indexes]);
        return indexes.map((i) => ({
          descriptionHtml: jobs[i]?.descriptionHtml,
          descriptionText: jobs[i]?.descriptionText,
        }));
      },
    };
    const p = prefs({ excludedCompanies: ['Evil Corp'] });
    const streamed = await agent.processCompanies([apart], p, NOW);
    expect(asked).toEqual([[1, 3]]);
    expect(streamed).toEqual(agent.process(jobs, p, NOW, { skipped: {} }));
    expect(streamed.jobs.map((j) => j.skills)).toEqual([['Go'], ['Rust']]);
  });
});
