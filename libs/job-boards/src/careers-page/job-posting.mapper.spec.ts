import { mapJobPostings } from './job-posting.mapper';
import type { FoundPosting, JobPosting } from './job-posting.types';

const target = { company: 'Acme', board: 'https://acme.example/careers' };
const fetchedAt = '2025-10-01T00:00:00.000Z';
const page = 'https://acme.example/careers/sre';

function found(posting: JobPosting, pageUrl = page, onPage = 1): FoundPosting {
  return { posting, pageUrl, onPage };
}

const sre: JobPosting = {
  '@type': 'JobPosting',
  title: 'Site Reliability Engineer',
  url: '/careers/sre',
  identifier: { '@type': 'PropertyValue', name: 'Acme', value: 'SRE-7' },
  datePosted: '2025-09-15',
  validThrough: '2025-12-31T23:59',
  description: '&lt;p&gt;Keep &lt;b&gt;Kubernetes&lt;/b&gt; up.&lt;/p&gt;',
  employmentType: ['FULL_TIME', 'CONTRACTOR'],
  hiringOrganization: { '@type': 'Organization', name: 'Acme GmbH' },
  jobLocation: [
    {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: 'Berlin',
        addressRegion: 'BE',
        addressCountry: { '@type': 'Country', name: 'Germany' },
      },
    },
    { '@type': 'Place', address: 'Munich, Germany' },
  ],
  baseSalary: {
    '@type': 'MonetaryAmount',
    currency: 'EUR',
    value: { '@type': 'QuantitativeValue', minValue: 70000, maxValue: '90000', unitText: 'YEAR' },
  },
};

describe('mapJobPostings', () => {
  it('maps title, absolute url, exact datePosted, addresses, types, decoded HTML and baseSalary', () => {
    const { jobs, skipped } = mapJobPostings([found(sre)], target, fetchedAt);
    expect(skipped).toEqual({});
    expect(jobs[0]).toEqual({
      ats: 'careers-page',
      company: 'Acme',
      board: 'https://acme.example/careers',
      externalId: 'SRE-7',
      title: 'Site Reliability Engineer',
      url: 'https://acme.example/careers/sre',
      locations: ['Berlin, BE, Germany', 'Munich, Germany'],
      workplace: undefined,
      descriptionHtml: '<p>Keep <b>Kubernetes</b> up.</p>',
      department: undefined,
      employmentType: 'full-time, contract',
      postedAt: '2025-09-15T00:00:00.000Z',
      dateSource: 'exact',
      salary: {
        min: 70000,
        max: 90000,
        currency: 'EUR',
        period: 'year',
        annualMin: 70000,
        annualMax: 90000,
        raw: '70000–90000 EUR per year',
      },
      fetchedAt,
    });
  });

  it('reads TELECOMMUTE as remote and applicantLocationRequirements as the remote scope', () => {
    const { jobs } = mapJobPostings(
      [
        found({
          '@type': 'JobPosting',
          title: 'Remote Engineer',
          url: 'https://acme.example/jobs/1',
          jobLocationType: 'TELECOMMUTE',
          applicantLocationRequirements: [
            { '@type': 'Country', name: 'India' },
            { '@type': 'Country', name: 'Germany' },
          ],
        }),
        found({
          '@type': 'JobPosting',
          title: 'Office job',
          url: '/jobs/2',
          jobLocation: { address: { addressLocality: 'Pune', addressCountry: 'IN' } },
        }),
      ],
      target,
      fetchedAt,
    );
    expect(jobs[0]).toMatchObject({ workplace: 'remote', locations: ['Remote - India', 'Remote - Germany'] });
    expect(jobs[1]).toMatchObject({ workplace: undefined, locations: ['Pune, IN'] });
  });

  it('reads hourly, monthly and single-value salaries, and the hiring organisation when no company is given', () => {
    const salary = (value: unknown, currency = 'USD') =>
      found({
        '@type': 'JobPosting',
        title: 'X',
        url: `/j/${JSON.stringify(value).length}${currency}`,
        baseSalary: { currency, value },
      });
    const { jobs } = mapJobPostings(
      [
        salary({ minValue: 25, maxValue: 30, unitText: 'HOUR' }),
        salary({ value: 150000, unitText: 'MONTH' }, 'INR'),
        salary(95000),
      ],
      { ...target, company: '' },
      fetchedAt,
    );
    expect(jobs.map((j) => j.salary && [j.salary.period, j.salary.annualMin, j.salary.annualMax])).toEqual([
      ['hour', 52000, 62400],
      ['month', 1800000, 1800000],
      ['year', 95000, 95000],
    ]);
    const org = mapJobPostings(
      [found({ ...sre, hiringOrganization: 'Acme Ltd' })],
      { ...target, company: ' ' },
      fetchedAt,
    );
    expect(org.jobs[0]?.company).toBe('Acme Ltd');
  });

  it('gives a lone posting its page URL, but skips URL-less entries of a listing, expired, untitled and repeated ones', () => {
    const bare: JobPosting = { '@type': 'JobPosting', title: 'Bare' };
    const listing = 'https://acme.example/careers';
    const { jobs, skipped } = mapJobPostings(
      [
        found(bare, 'https://acme.example/careers/bare'),
        found(bare, listing, 2),
        found({ ...sre, validThrough: '2025-01-01' }),
        found({ '@type': 'JobPosting', name: '  ' }),
        found(sre),
        found(sre),
      ],
      target,
      fetchedAt,
    );
    expect(jobs.map((j) => [j.title, j.url, j.externalId, j.dateSource])).toEqual([
      ['Bare', 'https://acme.example/careers/bare', 'https://acme.example/careers/bare', 'unknown'],
      ['Site Reliability Engineer', 'https://acme.example/careers/sre', 'SRE-7', 'exact'],
    ]);
    expect(skipped).toEqual({ no_job_url: 1, expired: 1, invalid: 1, duplicate: 1 });
  });
});
