import { kekaSalary, mapKekaJobs } from './keka.mapper';
import type { KekaJob } from './keka.types';

const portal = 'https://10decoders.keka.com/careers';
const target = { company: '10Decoders', board: '10decoders' };
const fetchedAt = '2025-11-07T00:00:00.000Z';

/** Shaped like a recorded answer of 10decoders.keka.com (raw_payload in sayu320/ats_scraper). */
function job(overrides: Partial<KekaJob> = {}): KekaJob {
  return {
    id: 106860,
    title: 'Java Backend Developer',
    description: '<div>Senior Java Backend Developer&nbsp;</div><div>Experience: 3 - 5 years&nbsp;</div>',
    departmentId: 88500,
    departmentName: 'Staffing',
    jobLocations: [{ city: 'Chennai', state: 'Tamil Nadu', countryCode: 'IN', countryName: 'India' }],
    jobType: 2,
    experience: '3 - 5',
    salaryRange: { minimum: 5.0, maximum: 10.0, currency: 'INR', salaryPeriod: 0, cultureInfo: 'en-IN' },
    salaryRangeFormat: 'INR 5.00 - 10.00',
    publishedOn: '2025-10-17T06:18:39.963Z',
    publishedSinceDays: 21,
    ...overrides,
  };
}

describe('mapKekaJobs', () => {
  it('maps a job: publishedOn is exact, the job page is /careers/jobdetails/{id}', () => {
    const { jobs, skipped } = mapKekaJobs([job()], portal, target, fetchedAt);
    expect(skipped).toEqual({});
    expect(jobs[0]).toEqual({
      ats: 'keka',
      company: '10Decoders',
      board: '10decoders',
      externalId: '106860',
      title: 'Java Backend Developer',
      url: 'https://10decoders.keka.com/careers/jobdetails/106860',
      locations: ['Chennai, Tamil Nadu, India'],
      descriptionHtml: '<div>Senior Java Backend Developer&nbsp;</div><div>Experience: 3 - 5 years&nbsp;</div>',
      department: 'Staffing',
      employmentType: 'full-time',
      postedAt: '2025-10-17T06:18:39.963Z',
      dateSource: 'exact',
      salary: undefined,
      fetchedAt,
    });
    expect(jobs[0]?.workplace).toBeUndefined();
  });

  it('lists every location (office name only when it has no place), and a job under a named portal', () => {
    const { jobs } = mapKekaJobs(
      [
        job({
          jobLocations: [
            { name: 'Bangalore office', city: 'Bengaluru', state: 'KA', countryName: 'India' },
            { name: 'Head Office - Mumbai', city: 'Mumbai ', state: 'MH', countryName: 'India' },
            { name: 'Remote', city: 'NA', state: '', countryName: '' },
            { city: 'Bengaluru', state: 'KA', countryName: 'India' },
          ],
        }),
      ],
      'https://acme.keka.com/careers/campus',
      target,
      fetchedAt,
    );
    expect(jobs[0]?.locations).toEqual(['Bengaluru, KA, India', 'Mumbai, MH, India', 'Remote']);
    expect(jobs[0]?.url).toBe('https://acme.keka.com/careers/campus/jobdetails/106860');
  });

  it('reads only jobType 2 (full time, in every source); the disputed codes stay unset', () => {
    const { jobs } = mapKekaJobs(
      [job({ jobType: 1 }), job({ id: 2, jobType: 3 }), job({ id: 3 })],
      portal,
      target,
      fetchedAt,
    );
    expect(jobs.map((j) => j.employmentType)).toEqual([undefined, undefined, 'full-time']);
  });

  it('a missing or odd date is unknown; jobs without a numeric id or a title are invalid', () => {
    const { jobs, skipped } = mapKekaJobs(
      [
        job({ publishedOn: null }),
        job({ id: '107001', publishedOn: 'yesterday' }),
        job({ id: null }),
        job({ id: 'abc' }),
        job({ id: 5, title: ' ' }),
      ],
      portal,
      target,
      fetchedAt,
    );
    expect(jobs.map((j) => [j.externalId, j.postedAt, j.dateSource])).toEqual([
      ['106860', null, 'unknown'],
      ['107001', null, 'unknown'],
    ]);
    expect(skipped).toEqual({ invalid: 3 });
  });
});

describe('kekaSalary', () => {
  it('reads an annual or monthly range the company filled in', () => {
    expect(
      kekaSalary({ minimum: 1200000, maximum: 1800000, currency: 'INR', salaryPeriod: 4 }, 'INR 12,00,000 - 18,00,000'),
    ).toEqual({
      min: 1200000,
      max: 1800000,
      currency: 'INR',
      period: 'year',
      annualMin: 1200000,
      annualMax: 1800000,
      raw: 'INR 12,00,000 - 18,00,000',
    });
    expect(kekaSalary({ minimum: 25000, maximum: 30000, currency: 'INR', salaryPeriod: 3 }, '')).toMatchObject({
      period: 'month',
      annualMin: 300000,
      annualMax: 360000,
      raw: '25000–30000 INR per month',
    });
  });

  it('leaves out a range with no period (0), a bi-weekly one, blank amounts, no currency, and lakh shorthand', () => {
    expect(
      kekaSalary({ minimum: 5, maximum: 10, currency: 'INR', salaryPeriod: 0 }, 'INR 5.00 - 10.00'),
    ).toBeUndefined();
    expect(kekaSalary({ minimum: 40000, maximum: 50000, currency: 'INR', salaryPeriod: 2 }, '')).toBeUndefined();
    expect(kekaSalary({ currency: 'INR', salaryPeriod: 4, cultureInfo: 'en-IN' }, '')).toBeUndefined();
    expect(kekaSalary({ minimum: 0, maximum: 0, currency: 'INR', salaryPeriod: 4 }, '')).toBeUndefined();
    expect(kekaSalary({ minimum: 500000, maximum: 900000, salaryPeriod: 4 }, '')).toBeUndefined();
    expect(kekaSalary({ minimum: 5, maximum: 10, currency: 'INR', salaryPeriod: 4 }, 'INR 5 - 10')).toBeUndefined();
    expect(kekaSalary({ minimum: 3, maximum: 5, currency: 'INR', salaryPeriod: 3 }, '')).toBeUndefined();
    expect(kekaSalary(null, null)).toBeUndefined();
  });
});
