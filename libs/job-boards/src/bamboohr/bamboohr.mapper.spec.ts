import { bambooHrWorkplace, isOpen, mapBambooHrOpening } from './bamboohr.mapper';
import type { BambooHrJobOpening, BambooHrOpening } from './bamboohr.types';

const target = { company: 'Sedaro', board: 'sedarotech' };
const fetchedAt = '2026-10-01T00:00:00.000Z';

/** Shaped like a real /careers/list entry (id a string, nulls on the wire). */
function entry(overrides: Partial<BambooHrOpening> = {}): BambooHrOpening {
  return {
    id: '60',
    jobOpeningName: 'Lead Software Engineer, DevOps',
    departmentId: null,
    departmentLabel: null,
    employmentStatusLabel: 'Full-Time',
    location: { city: 'Arlington', state: 'Virginia' },
    atsLocation: { country: null, state: null, province: null, city: null },
    isRemote: null,
    locationType: '0',
    ...overrides,
  };
}

/** Shaped like a /careers/{id}/detail jobOpening. */
function detail(overrides: Partial<BambooHrJobOpening> = {}): BambooHrJobOpening {
  return {
    jobOpeningName: 'Lead Software Engineer, DevOps',
    jobOpeningStatus: 'Open',
    departmentLabel: 'Engineering',
    employmentStatusLabel: 'Full-Time',
    location: { city: 'Arlington', state: 'Virginia', postalCode: '22201', addressCountry: 'United States' },
    locationType: '0',
    description: '<p>Own our <b>Kubernetes</b> platform.</p>',
    datePosted: '2026-06-03',
    compensation: '$150,000 - $180,000 per year',
    ...overrides,
  };
}

const map = (e: BambooHrOpening, d?: BambooHrJobOpening) => mapBambooHrOpening(e, d, target, 'sedarotech', fetchedAt);

describe('mapBambooHrOpening', () => {
  it('maps list + detail: exact date, the job page, full place, description, pay', () => {
    expect(map(entry(), detail())).toEqual({
      ats: 'bamboohr',
      company: 'Sedaro',
      board: 'sedarotech',
      externalId: '60',
      title: 'Lead Software Engineer, DevOps',
      url: 'https://sedarotech.bamboohr.com/careers/60',
      locations: ['Arlington, Virginia, United States'],
      workplace: 'onsite',
      descriptionHtml: '<p>Own our <b>Kubernetes</b> platform.</p>',
      department: 'Engineering',
      employmentType: 'Full-Time',
      postedAt: '2026-06-03T00:00:00.000Z',
      dateSource: 'exact',
      salary: expect.objectContaining({ min: 150000, max: 180000, currency: 'USD', period: 'year' }),
      fetchedAt,
    });
  });

  it('keeps the list data when the detail could not be read: no date, no description, no pay', () => {
    const job = map(entry({ departmentLabel: 'Engineering' }));
    expect(job).toMatchObject({
      url: 'https://sedarotech.bamboohr.com/careers/60',
      locations: ['Arlington, Virginia'],
      department: 'Engineering',
      postedAt: null,
      dateSource: 'unknown',
    });
    expect(job?.descriptionHtml).toBeUndefined();
    expect(job?.salary).toBeUndefined();
  });

  it('reads the pay only when the free text is a salary', () => {
    expect(map(entry(), detail({ compensation: 'Competitive, plus equity' }))?.salary).toBeUndefined();
    expect(map(entry(), detail({ compensation: null }))?.salary).toBeUndefined();
    expect(map(entry(), detail({ compensation: '$28 - $32 per hour' }))?.salary).toMatchObject({
      min: 28,
      max: 32,
      period: 'hour',
    });
    expect(map(entry(), detail({ compensation: '£45,000 - £55,000' }))?.salary).toMatchObject({ currency: 'GBP' });
  });

  it('leaves an unparsable date unknown', () => {
    expect(map(entry(), detail({ datePosted: 'soon' }))).toMatchObject({ postedAt: null, dateSource: 'unknown' });
  });

  it('takes the place from the detail, else the list (atsLocation fills gaps), else the widget text', () => {
    expect(map(entry(), detail({ location: { city: null, state: null, addressCountry: null } }))?.locations).toEqual([
      'Arlington, Virginia',
    ]);
    const semble = entry({
      location: { city: null, state: null },
      atsLocation: { country: 'United Kingdom', state: null, province: null, city: null },
    });
    expect(map(semble)?.locations).toEqual(['United Kingdom']);
    expect(map({ id: '7', jobOpeningName: 'Chef', widgetLocation: 'Austin, Texas' })?.locations).toEqual([
      'Austin, Texas',
    ]);
    expect(map(entry({ location: null, atsLocation: null }))?.locations).toEqual([]);
  });

  it('drops an opening with no id or no title', () => {
    expect(map(entry({ id: ' ' }))).toBeNull();
    expect(map(entry({ jobOpeningName: '' }))).toBeNull();
    expect(map(entry({ jobOpeningName: null }), detail())?.title).toBe('Lead Software Engineer, DevOps');
  });
});

describe('bambooHrWorkplace', () => {
  it.each([
    [{ locationType: '0' }, 'onsite'],
    [{ locationType: '1' }, 'remote'],
    [{ locationType: '2' }, 'hybrid'],
    [{ locationType: 2 }, 'hybrid'],
    [{ isRemote: true, locationType: '0' }, 'remote'],
    [{ isRemote: false, locationType: '' }, undefined],
    [{ isRemote: null, locationType: null }, undefined],
    [{ locationType: 'x' }, undefined],
  ] as const)('%j → %s', (flags, expected) => {
    expect(bambooHrWorkplace(flags)).toBe(expected);
  });

  it('prefers the detail over the list', () => {
    expect(map(entry({ locationType: '0' }), detail({ locationType: '2' }))?.workplace).toBe('hybrid');
    expect(map(entry({ isRemote: true }), detail({ locationType: undefined }))?.workplace).toBe('remote');
  });
});

describe('isOpen', () => {
  it.each([
    ['Open', true],
    ['open', true],
    [undefined, true],
    [null, true],
    ['Closed', false],
    ['Filled', false],
    ['On Hold', false],
  ])('%s → %s', (status, expected) => {
    expect(isOpen(status)).toBe(expected);
  });
});
