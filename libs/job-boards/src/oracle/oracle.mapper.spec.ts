import { mapOracleRequisition } from './oracle.mapper';
import type { OracleRequisition, OracleRequisitionDetail } from './oracle.types';

const ctx = {
  target: { company: 'Acme', board: 'edbz.fa.us2.oraclecloud.com|CX' },
  board: { host: 'edbz.fa.us2.oraclecloud.com', site: 'CX' },
  fetchedAt: '2026-10-07T00:00:00.000Z',
};

// Shapes from fixtures trimmed from live boards (Girish-Garg/jobdekho, 2026-09-30) and a JPMorgan row
// quoted in saksham023's OracleAdapterTest (2026-10-06).
const ROW: OracleRequisition = {
  Id: '210763096',
  Title: 'Software Engineer III - Java, Spring boot, Public cloud',
  PostedDate: '2026-10-06',
  PrimaryLocationCountry: 'IN',
  JobFamily: 'Software Engineering',
  JobFunction: 'Technology',
  WorkplaceTypeCode: null,
  WorkplaceType: '',
  ShortDescriptionStr: '',
  PrimaryLocation: 'Bengaluru, Karnataka, India',
  secondaryLocations: [{ Name: 'Hyderabad, Telangana, India', CountryCode: 'IN' }],
};

const DETAIL: OracleRequisitionDetail = {
  Id: '210763096',
  Category: 'Software Engineering',
  JobFunction: 'Technology',
  JobSchedule: 'Full time',
  ExternalPostedStartDate: '2026-10-06T05:43:39+00:00',
  ExternalDescriptionStr: '<p>Build payment APIs.</p>',
  ExternalQualificationsStr: '<ul><li>3+ years of Java</li></ul>',
  ExternalResponsibilitiesStr: '',
  CorporateDescriptionStr: '<p>JPMorgan Chase is one of the oldest financial institutions...</p>',
  WorkplaceTypeCode: 'ORA_HYBRID',
  secondaryLocations: [{ Name: 'Hyderabad, Telangana, India', CountryCode: 'IN' }],
};

describe('mapOracleRequisition', () => {
  it('maps a list row with its detail: exact date, the job texts without the corporate blurb, every place', () => {
    const job = mapOracleRequisition(ROW, DETAIL, ctx);
    expect(job).toEqual({
      ats: 'oracle',
      company: 'Acme',
      board: 'edbz.fa.us2.oraclecloud.com|CX',
      externalId: '210763096',
      title: 'Software Engineer III - Java, Spring boot, Public cloud',
      url: 'https://edbz.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX/job/210763096',
      locations: ['Bengaluru, Karnataka, India', 'Hyderabad, Telangana, India'],
      workplace: 'hybrid',
      descriptionHtml: '<p>Build payment APIs.</p>\n<h3>Qualifications</h3>\n<ul><li>3+ years of Java</li></ul>',
      department: 'Software Engineering',
      employmentType: 'Full time',
      postedAt: '2026-10-06T05:43:39.000Z',
      dateSource: 'exact',
      fetchedAt: '2026-10-07T00:00:00.000Z',
    });
    expect(job?.descriptionHtml).not.toContain('oldest financial');
  });

  it('without a detail keeps the posting day, the short text and the list facts', () => {
    const job = mapOracleRequisition({ ...ROW, ShortDescriptionStr: 'Java &amp; Spring services.' }, undefined, ctx);
    expect(job).toMatchObject({
      postedAt: '2026-10-06T00:00:00.000Z',
      dateSource: 'exact',
      department: 'Software Engineering',
      workplace: 'unknown',
      descriptionHtml: 'Java &amp; Spring services.',
    });
    expect(job?.employmentType).toBeUndefined();
  });

  it('reads a short text that is only markup as plain text too', () => {
    const job = mapOracleRequisition({ ...ROW, ShortDescriptionStr: '&lt;b&gt;Java&lt;/b&gt;' }, undefined, ctx);
    expect(job?.descriptionText).toBe('<b>Java</b>');
  });

  it.each([
    ['ORA_REMOTE', 'remote'],
    ['ORA_FULL_TIME_REMOTE', 'remote'],
    ['ORA_HYBRID', 'hybrid'],
    ['ORA_ON_SITE', 'onsite'],
    ['ora_on_site', 'onsite'],
    ['ORA_SOMETHING_NEW', 'unknown'],
    [null, 'unknown'],
  ])('workplace code %s → %s (the label is never read)', (code, mode) => {
    const job = mapOracleRequisition(
      { ...ROW, WorkplaceTypeCode: code, WorkplaceType: 'Work From Home' },
      undefined,
      ctx,
    );
    expect(job?.workplace).toBe(mode);
  });

  it("takes the detail's workplace code over the list's", () => {
    const job = mapOracleRequisition(
      { ...ROW, WorkplaceTypeCode: 'ORA_ON_SITE' },
      { ...DETAIL, WorkplaceTypeCode: 'ORA_REMOTE' },
      ctx,
    );
    expect(job?.workplace).toBe('remote');
  });

  it('reads the +0000 offset some tenants write, and has no date when neither is given', () => {
    expect(
      mapOracleRequisition(ROW, { ...DETAIL, ExternalPostedStartDate: '2026-06-05T00:00:00.000+0000' }, ctx)?.postedAt,
    ).toBe('2026-06-05T00:00:00.000Z');
    const undated = mapOracleRequisition(
      { ...ROW, PostedDate: null },
      { ...DETAIL, ExternalPostedStartDate: null },
      ctx,
    );
    expect(undated).toMatchObject({ postedAt: null, dateSource: 'unknown' });
  });

  it('keeps the list text when the detail has no texts, and no description at all when neither has one', () => {
    const bare = { ...DETAIL, ExternalDescriptionStr: '', ExternalQualificationsStr: null };
    expect(mapOracleRequisition({ ...ROW, ShortDescriptionStr: 'Short.' }, bare, ctx)?.descriptionHtml).toBe('Short.');
    const none = mapOracleRequisition(ROW, bare, ctx);
    expect(none?.descriptionHtml).toBeUndefined();
    expect(none?.descriptionText).toBeUndefined();
  });

  it('links a numeric id, and skips rows with no usable id or title', () => {
    expect(mapOracleRequisition({ ...ROW, Id: 12345 }, undefined, ctx)?.url).toBe(
      'https://edbz.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX/job/12345',
    );
    expect(mapOracleRequisition({ ...ROW, Id: null }, undefined, ctx)).toBeNull();
    expect(mapOracleRequisition({ ...ROW, Id: '12"3' }, undefined, ctx)).toBeNull();
    expect(mapOracleRequisition({ ...ROW, Title: '  ' }, undefined, ctx)).toBeNull();
    expect(mapOracleRequisition({ ...ROW, Title: null }, { ...DETAIL, Title: 'From detail' }, ctx)?.title).toBe(
      'From detail',
    );
  });

  it('has only the primary place when there are no secondary ones', () => {
    expect(mapOracleRequisition({ ...ROW, secondaryLocations: [] }, undefined, ctx)?.locations).toEqual([
      'Bengaluru, Karnataka, India',
    ]);
    expect(
      mapOracleRequisition({ ...ROW, PrimaryLocation: null, secondaryLocations: null }, undefined, ctx)?.locations,
    ).toEqual([]);
  });
});
