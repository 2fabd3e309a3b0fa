import { NO_FILTER, choices, levelOf, payValue, placeOf, visibleJobs } from './jobs-view';
import type { Job } from './types';

function job(rank: number, fields: Partial<Job>): Job {
  return {
    rank,
    score: 90 - rank,
    title: 'Senior Backend Engineer',
    company: 'Acme',
    location: 'Bengaluru, India',
    remote: 'hybrid',
    postedAt: '2026-11-17T00:00:00Z',
    applyUrl: `https://jobs.example/${rank}`,
    matchedSkills: ['Go'],
    missingSkills: [],
    reasons: ['Senior role fits your 8 years'],
    ...fields,
  };
}

const now = new Date('2026-11-20T00:00:00Z');
const jobs = [
  job(1, { company: 'Zeta', salary: '₹55–75 LPA', isNew: true }),
  job(2, { title: 'Staff Platform Engineer', remote: 'remote', location: 'Remote worldwide', postedAt: null }),
  job(3, { company: 'Beta', salary: '$140,000 – $170,000', postedAt: '2026-11-19T00:00:00Z' }),
  job(4, { mark: { state: 'hidden', at: '2026-11-20' }, matchedSkills: ['Kafka'] }),
];
const ranks = (list: Job[]) => list.map((j) => j.rank);

describe('visibleJobs', () => {
  it('hides hidden jobs unless asked, and sorts by score, date, pay or company', () => {
    expect(ranks(visibleJobs(jobs, NO_FILTER, 'score', now))).toEqual([1, 2, 3]);
    expect(ranks(visibleJobs(jobs, { ...NO_FILTER, showHidden: true }, 'score', now))).toEqual([1, 2, 3, 4]);
    expect(ranks(visibleJobs(jobs, NO_FILTER, 'date', now))).toEqual([3, 1, 2]);
    expect(ranks(visibleJobs(jobs, NO_FILTER, 'pay', now))).toEqual([1, 3, 2]);
    expect(ranks(visibleJobs(jobs, NO_FILTER, 'company', now))).toEqual([2, 3, 1]);
  });

  it('searches every word in title, company, place, reasons and skills, and filters', () => {
    const shown = (filter: Partial<typeof NO_FILTER>) =>
      ranks(visibleJobs(jobs, { ...NO_FILTER, ...filter }, 'score', now));
    expect(shown({ text: 'staff  PLATFORM' })).toEqual([2]);
    expect(shown({ text: 'kafka', showHidden: true })).toEqual([4]);
    expect(shown({ workModels: ['remote'] })).toEqual([2]);
    expect(shown({ place: 'Bengaluru' })).toEqual([1, 3]);
    expect(shown({ level: 'Staff' })).toEqual([2]);
    expect(shown({ postedWithinDays: 1 })).toEqual([3]);
    expect(shown({ newOnly: true })).toEqual([1]);
  });
});

describe('job facets', () => {
  it('reads a level from the title, a place from the location and pay as a yearly top amount', () => {
    expect(levelOf('Staff Engineer, Distributed Systems')).toBe('Staff');
    expect(levelOf('Sr. Backend Engineer')).toBe('Senior');
    expect(levelOf('Backend Engineer')).toBe('Not stated');
    expect(placeOf({ location: 'Bengaluru, Karnataka, India' })).toBe('Bengaluru');
    expect(payValue('₹55–75 LPA')).toBe(7_500_000);
    expect(payValue('€85.000–€105.000')).toBe(105_000);
    expect(payValue('€80k–€90k / year')).toBe(90_000);
    expect(payValue('$60 / hour')).toBe(124_800);
    expect(payValue(undefined)).toBeNull();
    expect(choices(jobs, placeOf)).toEqual(['Bengaluru', 'Remote worldwide']);
  });
});
