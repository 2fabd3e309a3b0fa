import { mapLeverPostings } from './lever.mapper';
import type { LeverPosting } from './lever.types';

const target = { company: 'Nimbus Data', board: 'nimbusdata' };
const fetchedAt = '2025-10-01T00:00:00.000Z';

function posting(overrides: Partial<LeverPosting> = {}): LeverPosting {
  return {
    id: '5b2f6c1e-0000-4000-8000-000000000001',
    text: 'Data Engineer',
    categories: {
      commitment: 'Full-time',
      department: 'R&D',
      location: 'Berlin, Germany',
      team: 'Data Platform',
      allLocations: ['Berlin, Germany', 'Amsterdam, Netherlands'],
    },
    country: 'DE',
    createdAt: 1727780400000,
    description: '<div>We move <b>data</b>.</div>',
    descriptionPlain: 'We move data.',
    lists: [
      { text: 'What you will do', content: '<li>Build pipelines</li><li>Own Kafka &amp; Spark</li>' },
      { text: 'Requirements', content: '<li>Python</li>' },
    ],
    additional: '<div>Visa sponsorship available.</div>',
    additionalPlain: 'Visa sponsorship available.',
    hostedUrl: 'https://jobs.lever.co/nimbusdata/5b2f6c1e-0000-4000-8000-000000000001',
    applyUrl: 'https://jobs.lever.co/nimbusdata/5b2f6c1e-0000-4000-8000-000000000001/apply',
    workplaceType: 'hybrid',
    salaryRange: { min: 70000, max: 90000, currency: 'EUR', interval: 'per-year-salary' },
    salaryDescriptionPlain: '€70k–€90k plus bonus',
    ...overrides,
  };
}

describe('mapLeverPostings', () => {
  it('maps a posting: date from createdAt, all locations, structured workplace and salary', () => {
    const { jobs, skipped } = mapLeverPostings([posting()], target, fetchedAt);
    expect(skipped).toEqual({});
    expect(jobs[0]).toMatchObject({
      ats: 'lever',
      externalId: '5b2f6c1e-0000-4000-8000-000000000001',
      title: 'Data Engineer',
      url: 'https://jobs.lever.co/nimbusdata/5b2f6c1e-0000-4000-8000-000000000001',
      locations: ['Berlin, Germany', 'Amsterdam, Netherlands'],
      workplace: 'hybrid',
      department: 'R&D',
      employmentType: 'Full-time',
      postedAt: '2024-10-01T11:00:00.000Z',
      dateSource: 'exact',
      salary: {
        min: 70000,
        max: 90000,
        currency: 'EUR',
        period: 'year',
        annualMin: 70000,
        annualMax: 90000,
        raw: '€70k–€90k plus bonus',
      },
    });
  });

  it('assembles the full description from description, lists and additional', () => {
    const [j] = mapLeverPostings([posting()], target, fetchedAt).jobs;
    if (!j) throw new Error('no job mapped');
    expect(j.descriptionHtml).toContain('<div>We move <b>data</b>.</div>');
    expect(j.descriptionHtml).toContain('<h3>What you will do</h3><ul><li>Build pipelines</li>');
    expect(j.descriptionHtml).toContain('Visa sponsorship available.');
    // The HTML has text, which normaliseJob reads first: the plain parts are not kept.
    expect(j.descriptionText).toBeUndefined();
  });

  it('assembles the plain text too when the HTML may show none (here: an entity before its first word)', () => {
    const [j] = mapLeverPostings(
      [posting({ description: '&nbsp;<div>We move <b>data</b>.</div>' })],
      target,
      fetchedAt,
    ).jobs;
    expect(j?.descriptionText).toBe(
      'We move data.\n\nWhat you will do\n- Build pipelines\n- Own Kafka & Spark\n\nRequirements\n- Python\n\nVisa sponsorship available.',
    );
  });

  it.each([
    ['remote', 'remote'],
    ['on-site', 'onsite'],
    ['unspecified', 'unknown'],
    [undefined, undefined],
  ] as const)('maps workplaceType %s to %s', (workplaceType, expected) => {
    expect(mapLeverPostings([posting({ workplaceType })], target, fetchedAt).jobs[0]?.workplace).toBe(expected);
  });

  it.each([
    ['per-month-salary', 5000, 'month', 60000],
    ['per-hour-wage', 40, 'hour', 83200],
    ['bi-week-salary', 3000, 'year', 78000],
  ] as const)('annualises a %s salary', (interval, min, period, annualMin) => {
    const salary = mapLeverPostings(
      [posting({ salaryRange: { min, max: null, currency: 'usd', interval } })],
      target,
      fetchedAt,
    ).jobs[0]?.salary;
    expect(salary).toMatchObject({ currency: 'USD', period, annualMin, annualMax: null });
  });

  it('drops one-time or unknown salary intervals and missing teams fall back', () => {
    const [j] = mapLeverPostings(
      [
        posting({
          salaryRange: { min: 1000, max: 2000, currency: 'USD', interval: 'one-time' },
          categories: { team: 'Infra', location: 'Remote' },
        }),
      ],
      target,
      fetchedAt,
    ).jobs;
    if (!j) throw new Error('no job mapped');
    expect(j.salary).toBeUndefined();
    expect(j.department).toBe('Infra');
    expect(j.locations).toEqual(['Remote']);
  });

  it('uses applyUrl when hostedUrl is missing and counts postings without a title', () => {
    const { jobs, skipped } = mapLeverPostings(
      [posting({ hostedUrl: null }), posting({ text: null })],
      target,
      fetchedAt,
    );
    expect(jobs.map((j) => j.url)).toEqual([
      'https://jobs.lever.co/nimbusdata/5b2f6c1e-0000-4000-8000-000000000001/apply',
    ]);
    expect(skipped).toEqual({ invalid: 1 });
  });
});
