import { isLocationSummary, mapWorkdayPosting } from './workday.mapper';
import type { WorkdayMapContext } from './workday.mapper';
import type { WorkdayJobPostingInfo, WorkdayPostingSummary } from './workday.types';

const fetchedAt = new Date('2026-06-21T08:00:00.000Z');
const ctx: WorkdayMapContext = {
  target: { company: 'Bega', board: 'begacheese.wd3.myworkdayjobs.com|begacheese|Bega_Careers' },
  board: { host: 'begacheese.wd3.myworkdayjobs.com', tenant: 'begacheese', site: 'Bega_Careers' },
  locale: 'en-US',
  fetchedAt,
};

/** A list entry and its detail as the cxs API sends them. */
function summary(overrides: Partial<WorkdayPostingSummary> = {}): WorkdayPostingSummary {
  return {
    title: 'Quality Specialist - Environmental & Sanitation',
    externalPath: '/job/Hobart-TAS/Quality-Specialist---Environmental---Sanitation_JR-7309',
    locationsText: '2 Locations',
    postedOn: 'Posted 6 Days Ago',
    bulletFields: ['JR-7309'],
    ...overrides,
  };
}

function detail(overrides: Partial<WorkdayJobPostingInfo> = {}): WorkdayJobPostingInfo {
  return {
    id: '59f1d09e17f91000864b0ea19f7f0000',
    title: 'Quality Specialist - Environmental & Sanitation',
    jobDescription: '<p>If you are curious &amp; creative…</p><ul><li><p><b>Permanent Full time role</b></p></li></ul>',
    location: 'Hobart (TAS)',
    additionalLocations: ['Lenah Valley (TAS)'],
    postedOn: 'Posted 6 Days Ago',
    startDate: '2026-06-15',
    timeType: 'Full time',
    jobReqId: 'JR-7309',
    jobPostingId: 'Quality-Specialist---Environmental---Sanitation_JR-7309',
    jobPostingSiteId: 'Bega_Careers',
    country: { descriptor: 'Australia', id: 'd903bb3fedad45039383f6de334ad4db' },
    jobRequisitionLocation: {
      descriptor: 'Hobart (TAS)',
      country: { descriptor: 'Australia', alpha2Code: 'AU' },
    },
    externalUrl:
      'https://begacheese.wd3.myworkdayjobs.com/Bega_Careers/job/Hobart-TAS/Quality-Specialist---Environmental---Sanitation_JR-7309',
    canApply: true,
    posted: true,
    ...overrides,
  };
}

describe('mapWorkdayPosting', () => {
  it('takes description, real locations, exact start date and public URL from the detail', () => {
    const job = mapWorkdayPosting(summary(), detail(), ctx);
    expect(job).toEqual({
      ats: 'workday',
      company: 'Bega',
      board: ctx.target.board,
      externalId: 'Quality-Specialist---Environmental---Sanitation_JR-7309',
      title: 'Quality Specialist - Environmental & Sanitation',
      url: 'https://begacheese.wd3.myworkdayjobs.com/Bega_Careers/job/Hobart-TAS/Quality-Specialist---Environmental---Sanitation_JR-7309',
      locations: ['Hobart (TAS), Australia', 'Lenah Valley (TAS)'],
      workplace: undefined,
      descriptionHtml:
        '<p>If you are curious &amp; creative…</p><ul><li><p><b>Permanent Full time role</b></p></li></ul>',
      employmentType: 'Full time',
      postedAt: '2026-06-15T00:00:00.000Z',
      dateSource: 'exact',
      fetchedAt: '2026-06-21T08:00:00.000Z',
    });
  });

  it.each([
    ['Posted Today', 0],
    ['Posted Yesterday', 1],
    ['Posted 3 Days Ago', 3],
    ['Posted 30+ Days Ago', 30],
  ])('dates "%s" %d days before the fetch when there is no startDate', (postedOn, days) => {
    const job = mapWorkdayPosting(summary({ postedOn }), detail({ startDate: null, postedOn: null }), ctx);
    expect(job?.dateSource).toBe('relative');
    expect(job?.postedAt).toBe(new Date(fetchedAt.getTime() - days * 86_400_000).toISOString());
  });

  it('falls back to the detail label, then to unknown', () => {
    const fromDetail = mapWorkdayPosting(summary({ postedOn: null }), detail({ startDate: 'soon' }), ctx);
    expect(fromDetail).toMatchObject({ dateSource: 'relative', postedAt: '2026-06-15T08:00:00.000Z' });
    const none = mapWorkdayPosting(
      summary({ postedOn: 'Apply by Friday' }),
      detail({ startDate: null, postedOn: null }),
      ctx,
    );
    expect(none).toMatchObject({ dateSource: 'unknown', postedAt: null });
  });

  it('without a detail keeps the list data, never a "2 Locations" summary as a place', () => {
    const several = mapWorkdayPosting(summary(), undefined, ctx);
    expect(several).toMatchObject({
      title: 'Quality Specialist - Environmental & Sanitation',
      locations: [],
      dateSource: 'relative',
      postedAt: '2026-06-15T08:00:00.000Z',
      externalId: 'Quality-Specialist---Environmental---Sanitation_JR-7309',
      url: 'https://begacheese.wd3.myworkdayjobs.com/en-US/Bega_Careers/job/Hobart-TAS/Quality-Specialist---Environmental---Sanitation_JR-7309',
    });
    expect(several?.descriptionHtml).toBeUndefined();
    expect(mapWorkdayPosting(summary({ locationsText: 'Troy, NC' }), undefined, ctx)?.locations).toEqual(['Troy, NC']);
  });

  it('does not repeat a country the location already names, and uses the requisition location', () => {
    expect(
      mapWorkdayPosting(summary(), detail({ location: 'Sydney, Australia', additionalLocations: null }), ctx)
        ?.locations,
    ).toEqual(['Sydney, Australia']);
    expect(
      mapWorkdayPosting(summary(), detail({ location: null, additionalLocations: [], country: null }), ctx)?.locations,
    ).toEqual(['Hobart (TAS), Australia']);
  });

  it.each([
    ['Remote', 'remote'],
    ['Hybrid', 'hybrid'],
    ['Flexible', 'hybrid'],
    ['On-Site', 'onsite'],
    ['Onsite', 'onsite'],
    ['Something new', 'unknown'],
    [null, undefined],
  ] as const)('maps remoteType %s to %s', (remoteType, workplace) => {
    expect(mapWorkdayPosting(summary(), detail({ remoteType }), ctx)?.workplace).toBe(workplace);
  });

  it('builds the job URL when the detail has no externalUrl, and needs a path and a title', () => {
    expect(mapWorkdayPosting(summary(), detail({ externalUrl: '' }), ctx)?.url).toBe(
      'https://begacheese.wd3.myworkdayjobs.com/en-US/Bega_Careers/job/Hobart-TAS/Quality-Specialist---Environmental---Sanitation_JR-7309',
    );
    expect(mapWorkdayPosting(summary({ externalPath: null }), detail(), ctx)).toBeNull();
    expect(mapWorkdayPosting(summary({ title: ' ' }), detail({ title: null }), ctx)).toBeNull();
  });

  it.each([
    ['2 Locations', true],
    ['12 Locations', true],
    ['3 Standorte', true],
    ['Troy, NC', false],
    ['3 Rivers Road, Adelaide', false],
  ])('%j is a location summary: %s', (value, expected) => {
    expect(isLocationSummary(value)).toBe(expected);
  });
});
