import type { NormalisedJob } from '../../models/job';
import type { ScoredJob } from '../../models/scored';
import { rankShortlist } from './rank-shortlist';
import { toResultJob } from './result-job.mapper';
import { jobKey } from '../matching/job-key';
import { formatSalary } from './salary-label';

function scored(id: string, score: number, over: Partial<NormalisedJob> = {}): ScoredJob {
  const job: NormalisedJob = {
    id,
    ats: 'greenhouse',
    company: 'Acme',
    externalId: id,
    title: `Engineer ${id}`,
    url: `https://boards.greenhouse.io/acme/jobs/${id}`,
    description: '',
    places: [],
    locationLabel: 'Berlin, Germany',
    remote: 'hybrid',
    remoteScope: [],
    seniority: 'senior',
    postedAt: '2024-05-01T00:00:00Z',
    dateSource: 'exact',
    skills: [],
    ...over,
  };
  return {
    job,
    score,
    engine: 'heuristic',
    fit: {
      matchedSkills: ['TypeScript'],
      missingSkills: ['Go'],
      seniority: { fit: 'good', note: '' },
      location: { fit: 'good', note: '' },
      salary: { fit: 'unknown', note: '' },
      recency: { fit: 'good', note: '' },
      title: { fit: 'good', note: '' },
      components: {},
      reasons: ['Uses TypeScript'],
    },
  };
}

const ids = (list: ScoredJob[]): string[] => list.map((s) => s.job.id);

describe('rankShortlist', () => {
  it('orders by score, then newest first with undated last, then company and title', () => {
    const list = [
      scored('old', 80, { postedAt: '2024-01-01T00:00:00Z', company: 'A' }),
      scored('undated', 80, { postedAt: null, company: 'B' }),
      scored('new', 80, { postedAt: '2024-06-01T00:00:00Z', company: 'C' }),
      scored('best', 95, { company: 'D' }),
      scored('zeta', 70, { company: 'Zeta', title: 'A' }),
      scored('alpha-b', 70, { company: 'alpha', title: 'B' }),
      scored('alpha-a', 70, { company: 'Alpha', title: 'A' }),
    ];
    const opts = { top: 10, maxPerCompany: 5 };
    expect(ids(rankShortlist(list, opts))).toEqual(['best', 'new', 'old', 'undated', 'alpha-a', 'alpha-b', 'zeta']);
    // Input order never matters.
    expect(ids(rankShortlist([...list].reverse(), opts))).toEqual(ids(rankShortlist(list, opts)));
  });

  it('caps jobs per company case-insensitively and keeps the best of each', () => {
    const list = [
      scored('a1', 90, { company: 'Acme' }),
      scored('a2', 89, { company: 'ACME ' }),
      scored('a3', 88, { company: 'acme' }),
      scored('b1', 50, { company: 'Beta' }),
    ];
    expect(ids(rankShortlist(list, { top: 10, maxPerCompany: 2 }))).toEqual(['a1', 'a2', 'b1']);
  });

  it('stops at top, and treats a non-positive cap as no cap', () => {
    const list = [scored('a', 90), scored('b', 80), scored('c', 70)];
    expect(ids(rankShortlist(list, { top: 2, maxPerCompany: 0 }))).toEqual(['a', 'b']);
    expect(rankShortlist(list, { top: 0, maxPerCompany: 3 })).toEqual([]);
    expect(list.map((s) => s.job.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('formatSalary', () => {
  const salary = (
    min: number | null,
    max: number | null,
    currency: string,
    period: 'year' | 'month' | 'hour' = 'year',
  ) => ({
    min,
    max,
    currency,
    period,
    annualMin: null,
    annualMax: null,
    raw: '',
  });

  it.each([
    [salary(4_500_000, 6_000_000, 'INR'), '₹45–60 LPA'],
    [salary(1_850_000, null, 'INR'), '₹18.5+ LPA'],
    [salary(150_000, 180_000, 'USD'), '$150k–$180k / year'],
    [salary(70_000, null, 'EUR'), '€70k+ / year'],
    [salary(null, 90_000, 'GBP'), 'up to £90k / year'],
    [salary(120_000, 120_000, 'CHF'), 'CHF 120k / year'],
    [salary(45.5, 60, 'usd', 'hour'), '$45.5–$60 / hour'],
    [salary(1_200_000, 1_500_000, 'JPY', 'month'), '¥1.2M–¥1.5M / month'],
    [salary(null, null, 'USD'), ''],
  ])('labels %j as %s', (s, label) => {
    expect(formatSalary(s)).toBe(label);
  });
});

describe('toResultJob', () => {
  it('maps a scored job to the contract shape', () => {
    const s = scored('x', 91.6, {
      salary: {
        min: 150_000,
        max: 180_000,
        currency: 'USD',
        period: 'year',
        annualMin: 150_000,
        annualMax: 180_000,
        raw: '',
      },
    });
    expect(toResultJob(s, 3)).toEqual({
      rank: 3,
      jobKey: jobKey(s.job),
      score: 92,
      title: 'Engineer x',
      company: 'Acme',
      location: 'Berlin, Germany',
      remote: 'hybrid',
      postedAt: '2024-05-01T00:00:00Z',
      applyUrl: 'https://boards.greenhouse.io/acme/jobs/x',
      ats: 'greenhouse',
      matchedSkills: ['TypeScript'],
      missingSkills: ['Go'],
      reasons: ['Uses TypeScript'],
      salary: '$150k–$180k / year',
    });
    expect(toResultJob(scored('y', 50), 1)).not.toHaveProperty('salary');
    expect(toResultJob(scored('y', 50), 1)).not.toHaveProperty('fxDate');
  });

  it('keeps the date of the exchange rates when the salary was converted', () => {
    const s = scored('z', 70);
    s.fit.fxDate = '2026-11-27';
    expect(toResultJob(s, 1).fxDate).toBe('2026-11-27');
  });
});
