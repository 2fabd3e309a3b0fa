import { Test } from '@nestjs/testing';
import type { CandidateProfile, NormalisedJob, SearchPreferences } from '@job-hunter/domain';
import { JobsScorerAgent } from './jobs-scorer.agent';
import { JobsScorerModule } from './jobs-scorer.module';

const NOW = new Date('2025-06-15T12:00:00Z');
const daysAgo = (d: number): string => new Date(NOW.getTime() - d * 86_400_000).toISOString();

function job(id: string, skills: string[], age: number): NormalisedJob {
  return {
    id,
    ats: 'lever',
    company: `Co ${id}`,
    externalId: id,
    title: 'Backend Engineer',
    url: `https://jobs.lever.co/co/${id}`,
    description: `Requirements:\n${skills.join(', ')}`,
    places: [],
    locationLabel: 'Remote',
    remote: 'remote',
    remoteScope: ['WORLD'],
    seniority: null,
    postedAt: daysAgo(age),
    dateSource: 'exact',
    skills,
  };
}

const profile: CandidateProfile = {
  titles: ['Backend Engineer'],
  skills: ['Go', 'PostgreSQL', 'Kubernetes'],
  yearsExperience: 6,
  seniority: 'senior',
  education: [],
  text: '',
};
const prefs: SearchPreferences = {
  roles: ['backend engineer'],
  seniorityMin: null,
  seniorityMax: null,
  locations: [],
  workModels: [],
  remoteScopes: ['IN'],
  minSalary: null,
  maxAgeDays: null,
  strictRecency: false,
  excludedCompanies: [],
  excludedTitles: [],
  excludedIndustries: [],
  needsVisaSponsorship: false,
  employmentTypes: [],
  skills: [],
  raw: '',
};

describe('JobsScorerAgent', () => {
  let agent: JobsScorerAgent;
  const jobs = [
    job('weak', ['Java', 'Spring', 'Oracle'], 2),
    job('strong', ['Go', 'PostgreSQL', 'Kubernetes'], 2),
    job('stale', ['Go', 'PostgreSQL', 'Kubernetes'], 100),
  ];

  beforeAll(async () => {
    const mod = await Test.createTestingModule({ imports: [JobsScorerModule] }).compile();
    agent = mod.get(JobsScorerAgent);
  });

  it('scores with the offline engine, best first, at no cost', async () => {
    const out = await agent.score(jobs, profile, prefs, { engine: 'heuristic', now: NOW });
    expect(out.engine).toBe('heuristic');
    expect(out.notice).toBeUndefined();
    expect(out.scored.map((s) => s.job.id)).toEqual(['strong', 'stale', 'weak']);
    expect(out.scored.every((s) => s.engine === 'heuristic' && s.fit.reasons.length > 0)).toBe(true);
    expect(out.cost.estimatedCostUsd).toBe(0);
    expect(out.errors).toEqual([]);
  });

  it('falls back from anthropic to the offline engine with a notice', async () => {
    const out = await agent.score(jobs, profile, prefs, { engine: 'anthropic', now: NOW });
    expect(out.engine).toBe('heuristic');
    expect(out.notice).toMatch(/anthropic.*offline/i);
    expect(out.scored).toHaveLength(3);
  });

  it('stops when the run is cancelled', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(
      agent.score(jobs, profile, prefs, { engine: 'heuristic', now: NOW, signal: ac.signal }),
    ).rejects.toThrow();
  });
});
