import { mapAshbyJobs } from './ashby.mapper';
import type { AshbyJob } from './ashby.types';

const target = { company: 'Hyperliquid Labs', board: 'Hyperliquid%20Labs' };
const fetchedAt = '2025-10-01T00:00:00.000Z';

function job(overrides: Partial<AshbyJob> = {}): AshbyJob {
  return {
    id: '7f3b2fce-0000-4000-8000-000000000001',
    title: 'Sales Engineer',
    department: 'Revenue',
    team: 'Sales Engineering',
    employmentType: 'FullTime',
    location: 'United Kingdom',
    secondaryLocations: [
      { location: 'Ireland', address: { postalAddress: { addressCountry: 'Ireland', addressLocality: 'Dublin' } } },
      { location: 'Poland', address: { postalAddress: { addressCountry: 'Poland' } } },
    ],
    publishedAt: '2025-09-10T13:45:28.557+00:00',
    isListed: true,
    isRemote: true,
    address: {
      postalAddress: { addressRegion: 'England', addressCountry: 'United Kingdom', addressLocality: 'London' },
    },
    jobUrl: 'https://jobs.ashbyhq.com/Hyperliquid%20Labs/7f3b2fce-0000-4000-8000-000000000001',
    applyUrl: 'https://jobs.ashbyhq.com/Hyperliquid%20Labs/7f3b2fce-0000-4000-8000-000000000001/application',
    descriptionHtml: '<p>Support EMEA customers.</p>',
    descriptionPlain: 'Support EMEA customers.',
    shouldDisplayCompensationOnJobPostings: true,
    compensation: {
      compensationTierSummary: '£83K – £115K • Offers Equity',
      scrapeableCompensationSalarySummary: '£83K - £115K',
      compensationTiers: [],
      summaryComponents: [
        { compensationType: 'Bonus', interval: '1 YEAR', minValue: null, maxValue: null },
        { compensationType: 'Salary', interval: '1 YEAR', currencyCode: 'GBP', minValue: 83000, maxValue: 115000 },
        { compensationType: 'EquityPercentage', interval: 'NONE', currencyCode: null, minValue: null, maxValue: null },
      ],
    },
    ...overrides,
  };
}

describe('mapAshbyJobs', () => {
  it('maps a listed job with secondary locations and its salary component', () => {
    const { jobs, skipped } = mapAshbyJobs([job()], target, fetchedAt);
    expect(skipped).toEqual({});
    expect(jobs[0]).toEqual({
      ats: 'ashby',
      company: 'Hyperliquid Labs',
      board: 'Hyperliquid%20Labs',
      externalId: '7f3b2fce-0000-4000-8000-000000000001',
      title: 'Sales Engineer',
      url: 'https://jobs.ashbyhq.com/Hyperliquid%20Labs/7f3b2fce-0000-4000-8000-000000000001',
      locations: ['United Kingdom', 'Ireland', 'Poland'],
      workplace: 'remote',
      // descriptionPlain is not kept: the HTML has text, and normaliseJob reads it first.
      descriptionHtml: '<p>Support EMEA customers.</p>',
      department: 'Revenue',
      employmentType: 'full-time',
      postedAt: '2025-09-10T13:45:28.557Z',
      dateSource: 'exact',
      salary: {
        min: 83000,
        max: 115000,
        currency: 'GBP',
        period: 'year',
        annualMin: 83000,
        annualMax: 115000,
        raw: '£83K – £115K • Offers Equity',
      },
      fetchedAt,
    });
  });

  it('skips and counts unlisted jobs', () => {
    const { jobs, skipped } = mapAshbyJobs(
      [job(), job({ id: 'x', isListed: false }), job({ id: 'y', isListed: false })],
      target,
      fetchedAt,
    );
    expect(jobs).toHaveLength(1);
    expect(skipped).toEqual({ unlisted: 2 });
  });

  it.each([
    ['Hybrid', true, 'hybrid'],
    ['OnSite', true, 'onsite'],
    ['Remote', false, 'remote'],
    [null, true, 'remote'],
    [null, null, 'unknown'],
    [undefined, false, 'onsite'],
  ] as const)('workplaceType %s wins over isRemote %s → %s', (workplaceType, isRemote, expected) => {
    expect(mapAshbyJobs([job({ workplaceType, isRemote })], target, fetchedAt).jobs[0]?.workplace).toBe(expected);
  });

  it('does not call a job on-site when isRemote:false contradicts its location text', () => {
    const remoteText = job({ isRemote: false, location: 'Remote - Argentina', secondaryLocations: [] });
    const hybridText = job({ isRemote: false, location: 'Hybrid', secondaryLocations: [] });
    expect(mapAshbyJobs([remoteText, hybridText], target, fetchedAt).jobs.map((j) => j.workplace)).toEqual([
      'unknown',
      'unknown',
    ]);
  });

  it.each([
    [undefined, undefined],
    ['  ', undefined],
    ['<p>&nbsp;</p>', '<p>&nbsp;</p>'],
  ])('keeps descriptionPlain beside the HTML %p, which shows no text', (descriptionHtml, kept) => {
    const [mapped] = mapAshbyJobs([job({ descriptionHtml })], target, fetchedAt).jobs;
    expect(mapped?.descriptionHtml).toBe(kept);
    expect(mapped?.descriptionText).toBe('Support EMEA customers.');
  });

  it('hides compensation the company chose not to display', () => {
    const { jobs } = mapAshbyJobs([job({ shouldDisplayCompensationOnJobPostings: false })], target, fetchedAt);
    expect(jobs[0]?.salary).toBeUndefined();
  });

  it('reads hourly pay and falls back to tier components when the summary has no currency', () => {
    const hourly = job({
      compensation: {
        compensationTierSummary: '$27.00 – $35.00 per hour',
        summaryComponents: [{ compensationType: 'Salary', interval: '1 HOUR', minValue: 27, maxValue: 35 }],
        compensationTiers: [
          {
            title: 'US',
            components: [
              { compensationType: 'Salary', interval: '1 HOUR', currencyCode: 'USD', minValue: 27, maxValue: 35 },
            ],
          },
        ],
      },
    });
    expect(mapAshbyJobs([hourly], target, fetchedAt).jobs[0]?.salary).toMatchObject({
      min: 27,
      max: 35,
      currency: 'USD',
      period: 'hour',
      annualMin: 56160,
      annualMax: 72800,
    });
  });

  it('uses the postal address when the job names no location, and counts jobs without a title', () => {
    const { jobs, skipped } = mapAshbyJobs(
      [job({ location: null, secondaryLocations: null }), job({ title: '' })],
      target,
      fetchedAt,
    );
    expect(jobs[0]?.locations).toEqual(['London, England, United Kingdom']);
    expect(skipped).toEqual({ invalid: 1 });
  });
});
