import { mapRipplingPosting, mergeRipplingRows, ripplingSalary, ripplingWorkplace } from './rippling.mapper';
import type { RipplingJobDetail, RipplingPosting } from './rippling.types';

const target = { company: 'Acme', board: 'acme' };
const fetchedAt = '2026-10-01T00:00:00.000Z';
const UUID = 'a661d3ef-2dd4-4aee-8c0a-fb48ae545a7a';

function posting(overrides: Partial<RipplingPosting> = {}): RipplingPosting {
  return {
    uuid: UUID,
    name: 'Behavioral Health Clinician - Community',
    department: 'Behavioral Health',
    url: `https://ats.rippling.com/acme/jobs/${UUID}`,
    locations: ['San Francisco, CA'],
    ...overrides,
  };
}

/** Shaped like GET …/board/{slug}/jobs/{uuid}. */
function detail(overrides: Partial<RipplingJobDetail> = {}): RipplingJobDetail {
  return {
    uuid: UUID,
    name: 'Behavioral Health Clinician - Community',
    description: { company: '<p>About Acme</p>', role: '<p>See <b>patients</b>.</p>' },
    employmentType: { label: 'SALARIED_FT', id: 'Salaried, full-time' },
    createdOn: '2026-09-17T16:04:11.123Z',
    workLocations: ['San Francisco, CA'],
    payRangeDetails: [],
    ...overrides,
  };
}

const map = (p: RipplingPosting, d?: RipplingJobDetail) => mapRipplingPosting(p, d, target, 'acme', fetchedAt);

describe('mergeRipplingRows', () => {
  it('makes one job of the rows a job has per location, keeping every place once', () => {
    const row = (label: string | null) => ({
      uuid: UUID,
      name: 'Clinician',
      department: { id: 'd1', label: 'Behavioral Health' },
      url: `https://ats.rippling.com/acme/jobs/${UUID}`,
      workLocation: label === null ? null : { id: label, label },
    });
    const merged = mergeRipplingRows([
      row('San Francisco, CA'),
      row('New York, NY'),
      row('Remote (United States)'),
      row('New York, NY'),
      row(null),
      { uuid: 'b2', name: 'Analyst', workLocation: { id: 'x', label: 'Austin, TX' } },
      { uuid: ' ', name: 'No id' },
      { uuid: 'c3', name: '' },
    ]);
    expect(merged.invalid).toBe(2);
    expect(merged.postings).toEqual([
      {
        uuid: UUID,
        name: 'Clinician',
        department: 'Behavioral Health',
        url: `https://ats.rippling.com/acme/jobs/${UUID}`,
        locations: ['San Francisco, CA', 'New York, NY', 'Remote (United States)'],
      },
      { uuid: 'b2', name: 'Analyst', locations: ['Austin, TX'] },
    ]);
  });
});

describe('mapRipplingPosting', () => {
  it('maps list + record: exact createdOn, the row url, role before company, employment type', () => {
    expect(map(posting(), detail())).toEqual({
      ats: 'rippling',
      company: 'Acme',
      board: 'acme',
      externalId: UUID,
      title: 'Behavioral Health Clinician - Community',
      url: `https://ats.rippling.com/acme/jobs/${UUID}`,
      locations: ['San Francisco, CA'],
      descriptionHtml: '<p>See <b>patients</b>.</p>\n<p>About Acme</p>',
      department: 'Behavioral Health',
      employmentType: 'Full-time',
      postedAt: '2026-09-17T16:04:11.123Z',
      dateSource: 'exact',
      fetchedAt,
    });
  });

  it('keeps the list data when the record failed: no date (the list has none), no description', () => {
    const job = map(posting());
    expect(job).toMatchObject({ postedAt: null, dateSource: 'unknown', locations: ['San Francisco, CA'] });
    expect(job?.descriptionHtml).toBeUndefined();
    expect(job?.salary).toBeUndefined();
  });

  it('builds the job page from the slug when no url is given, never the board front page', () => {
    expect(map(posting({ url: undefined }), detail({ url: null }))?.url).toBe(
      `https://ats.rippling.com/acme/jobs/${UUID}`,
    );
    expect(
      map(posting({ url: 'not a url' }), detail({ url: `https://ats.rippling.com/acme/jobs/${UUID}?x=1` }))?.url,
    ).toBe(`https://ats.rippling.com/acme/jobs/${UUID}?x=1`);
  });

  it('takes the places from the record when the rows had none, and the department from the record', () => {
    const job = map(
      posting({ locations: [], department: undefined }),
      detail({ workLocations: ['Remote (Canada)', null, 'Remote (Canada)'], department: { name: 'Clinical' } }),
    );
    expect(job).toMatchObject({ locations: ['Remote (Canada)'], workplace: 'remote', department: 'Clinical' });
  });

  it('uses the company’s wording of an unknown employment code, and leaves a bad date unknown', () => {
    const job = map(posting(), detail({ employmentType: { label: 'PER_DIEM', id: 'Per diem' }, createdOn: 'n/a' }));
    expect(job).toMatchObject({ employmentType: 'Per diem', postedAt: null, dateSource: 'unknown' });
  });

  it('drops a job with no uuid or title', () => {
    expect(map(posting({ uuid: '' }))).toBeNull();
    expect(map(posting({ name: ' ' }))).toBeNull();
  });
});

describe('ripplingWorkplace', () => {
  it.each([
    [['Remote (United States)'], 'remote'],
    [['Remote - US', 'Remote - Canada'], 'remote'],
    [['Hybrid - New York, NY'], 'hybrid'],
    [['San Francisco, CA', 'Remote (United States)'], undefined],
    [['Austin, TX'], undefined],
    [[], undefined],
    [['Remotely Park, CA'], undefined],
  ])('%j → %s', (labels, expected) => {
    expect(ripplingWorkplace(labels)).toBe(expected);
  });
});

describe('ripplingSalary', () => {
  it('reads a yearly band', () => {
    expect(
      ripplingSalary([
        { location: 'San Francisco, CA', currency: 'USD', frequency: 'YEAR', rangeStart: 120000, rangeEnd: 150000 },
      ]),
    ).toEqual({
      min: 120000,
      max: 150000,
      currency: 'USD',
      period: 'year',
      annualMin: 120000,
      annualMax: 150000,
      raw: 'USD 120000-150000 per year (San Francisco, CA)',
    });
  });

  it('reads an hourly band as hourly, not as an $18 salary', () => {
    expect(ripplingSalary([{ frequency: 'HOUR', rangeStart: 18, rangeEnd: 25, currency: 'USD' }])).toMatchObject({
      min: 18,
      max: 25,
      period: 'hour',
      annualMin: 37440,
    });
  });

  it('spans the bands of the unit most bands share, never mixing currencies', () => {
    const salary = ripplingSalary([
      { currency: 'CAD', frequency: 'YEAR', rangeStart: 155000, rangeEnd: 190000 },
      { currency: 'USD', frequency: 'YEAR', rangeStart: 160000, rangeEnd: 180000 },
      { currency: 'USD', frequency: 'YEAR', rangeStart: 170000, rangeEnd: 200000 },
    ]);
    expect(salary).toMatchObject({ min: 160000, max: 200000, currency: 'USD', period: 'year' });
  });

  it('on a tie keeps the first band’s unit', () => {
    expect(
      ripplingSalary([
        { currency: 'EUR', frequency: 'MONTH', rangeStart: 5000, rangeEnd: 6000 },
        { currency: 'USD', frequency: 'YEAR', rangeStart: 90000, rangeEnd: 100000 },
      ]),
    ).toMatchObject({ currency: 'EUR', period: 'month', annualMin: 60000 });
  });

  it('is absent when no band is usable', () => {
    expect(ripplingSalary([])).toBeUndefined();
    expect(ripplingSalary(null)).toBeUndefined();
    expect(ripplingSalary([{ currency: 'USD', frequency: 'WEEK', rangeStart: 2000, rangeEnd: 2500 }])).toBeUndefined();
    expect(ripplingSalary([{ currency: null, frequency: 'YEAR', rangeStart: 1, rangeEnd: 2 }])).toBeUndefined();
    expect(ripplingSalary([{ currency: 'USD', frequency: 'YEAR', rangeStart: 0, rangeEnd: null }])).toBeUndefined();
  });

  it('keeps a band with only a start', () => {
    expect(ripplingSalary([{ currency: 'usd', frequency: 'Annual', rangeStart: 95000 }])).toMatchObject({
      min: 95000,
      max: null,
      currency: 'USD',
    });
  });
});
