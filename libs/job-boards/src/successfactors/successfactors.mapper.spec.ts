import {
  csbDate,
  legacyDateReader,
  mapCsbJob,
  mapLegacyJob,
  mapRssItem,
  splitTitlePlace,
} from './successfactors.mapper';
import type { SuccessFactorsLegacyJob } from './successfactors.types';

const ctx = { target: { company: 'Teva', board: 'careers.teva' }, fetchedAt: '2026-10-07T00:00:00.000Z' };

describe('splitTitlePlace', () => {
  it.each([
    ['Senior Data Engineer (Tel Aviv, IL)', 'Senior Data Engineer', 'Tel Aviv, IL'],
    ['Audit Lead (Boulder, CO, US)', 'Audit Lead', 'Boulder, CO, US'],
    ['מהנדס/ת מכונות (Dimona, IL)', 'מהנדס/ת מכונות', 'Dimona, IL'],
    ['Prozessingenieur (m/w/d)', 'Prozessingenieur (m/w/d)', undefined],
    ['Werkstudent (w/m/d) (Berlin, DE)', 'Werkstudent (w/m/d)', 'Berlin, DE'],
    ['Engineer (f/m/x, 80%)', 'Engineer (f/m/x, 80%)', undefined],
    ['Developer (Java)', 'Developer (Java)', undefined],
    ['Tax Senior', 'Tax Senior', undefined],
  ])('%s → %s | %s', (raw, title, place) => {
    expect(splitTitlePlace(raw)).toEqual(place ? { title, place } : { title });
  });
});

describe('mapRssItem', () => {
  const item = {
    title: 'Senior Data Engineer (Tel Aviv, IL)',
    description: '<div><p>Lead the data platform.</p></div>',
    link: 'https://careers.teva/job/Tel-Aviv-Senior-Data-Engineer/1234567/',
    guid: '1234567',
    'g:id': '1234567',
    'g:location': 'Tel Aviv, Israel, 6944020',
    'g:employer': 'Teva Pharmaceutical Industries',
    'g:expiration_date': '2026-06-17',
    'g:job_function': 'Engineering',
  };

  it('maps an item: the link is the job page, the place leaves the title, no date without pubDate', () => {
    expect(mapRssItem(item, ctx)).toEqual({
      ats: 'successfactors',
      company: 'Teva',
      board: 'careers.teva',
      externalId: '1234567',
      title: 'Senior Data Engineer',
      url: 'https://careers.teva/job/Tel-Aviv-Senior-Data-Engineer/1234567/',
      locations: ['Tel Aviv, Israel, 6944020'],
      descriptionHtml: '<div><p>Lead the data platform.</p></div>',
      department: 'Engineering',
      postedAt: null,
      dateSource: 'unknown',
      fetchedAt: '2026-10-07T00:00:00.000Z',
    });
  });

  it('never reads the expiration date as a posting date; takes pubDate when the feed has one', () => {
    expect(mapRssItem({ ...item, pubDate: 'Mon, 21 Sep 2026 00:00:00 GMT' }, ctx)).toMatchObject({
      postedAt: '2026-09-21T00:00:00.000Z',
      dateSource: 'exact',
    });
  });

  it("uses the title's place when there is no g:location, and the link's id when there is no g:id", () => {
    const job = mapRssItem({ ...item, 'g:location': undefined, 'g:id': undefined }, ctx);
    expect(job).toMatchObject({ externalId: '1234567', locations: ['Tel Aviv, IL'] });
  });

  it('has no workplace flag and no pay, and skips items with no link, title or id', () => {
    const job = mapRssItem(item, ctx);
    expect(job?.workplace).toBeUndefined();
    expect(job?.salary).toBeUndefined();
    expect(mapRssItem({ ...item, link: undefined, guid: undefined }, ctx)).toBeNull();
    expect(mapRssItem({ ...item, link: '/job/relative/1/', guid: '1' }, ctx)).toBeNull();
    expect(mapRssItem({ ...item, title: ' ' }, ctx)).toBeNull();
    expect(mapRssItem({ ...item, 'g:id': undefined, link: 'https://careers.teva/search/' }, ctx)).toBeNull();
  });
});

describe('hosted-page Job-Listing', () => {
  const job: SuccessFactorsLegacyJob = {
    reqId: '456251',
    title: 'Developer Associate - Cloud ERP',
    descriptionHtml: '<p>Build cloud software.</p>',
    postedDate: '08/24/2026',
    facets: [
      { label: 'work area', value: 'Software-Design and Development' },
      { label: 'employment type', value: 'Regular Full Time' },
      { label: 'location flexibility', value: 'Hybrid' },
      { label: 'country', value: 'India' },
      { label: 'internal posting location', value: 'Bangalore' },
    ],
  };
  const legacy = { ...ctx, host: 'career5.successfactors.eu', company: 'SAP', readDate: legacyDateReader([job]) };

  it('maps a job: its listing page, facets read by label, the workplace picklist never taken as a place', () => {
    expect(mapLegacyJob(job, legacy)).toEqual({
      ats: 'successfactors',
      company: 'Teva',
      board: 'careers.teva',
      externalId: '456251',
      title: 'Developer Associate - Cloud ERP',
      url: 'https://career5.successfactors.eu/career?career_ns=job_listing&company=SAP&navBarLevel=JOB_SEARCH&career_job_req_id=456251',
      locations: ['Bangalore'],
      workplace: 'hybrid',
      descriptionHtml: '<p>Build cloud software.</p>',
      department: 'Software-Design and Development',
      employmentType: 'Regular Full Time',
      postedAt: '2026-08-24T00:00:00.000Z',
      dateSource: 'exact',
      fetchedAt: '2026-10-07T00:00:00.000Z',
    });
  });

  it('prefers the <Location> element, and has no place, workplace or date when none is given', () => {
    expect(mapLegacyJob({ ...job, location: 'San Jose, CA, USA' }, legacy)?.locations).toEqual(['San Jose, CA, USA']);
    const bare = mapLegacyJob({ reqId: '1', title: 'Clerk', facets: [] }, legacy);
    expect(bare).toMatchObject({ locations: [], postedAt: null, dateSource: 'unknown' });
    expect(bare?.workplace).toBeUndefined();
    expect(mapLegacyJob({ ...job, reqId: undefined }, legacy)).toBeNull();
  });

  it('reads slash dates month-first, unless one date in the feed can only be day-first', () => {
    const monthFirst = legacyDateReader([
      { facets: [], postedDate: '03/04/2026' },
      { facets: [], postedDate: '12/11/2026' },
    ]);
    expect(monthFirst('03/04/2026')).toBe('2026-03-04T00:00:00.000Z');
    const dayFirst = legacyDateReader([
      { facets: [], postedDate: '03/04/2026' },
      { facets: [], postedDate: '24/08/2026' },
    ]);
    expect(dayFirst('03/04/2026')).toBe('2026-04-03T00:00:00.000Z');
    expect(dayFirst('24/08/2026')).toBe('2026-08-24T00:00:00.000Z');
    expect(monthFirst('2026-08-24')).toBe('2026-08-24T00:00:00.000Z');
    expect(monthFirst('someday')).toBeNull();
    expect(monthFirst('13/45/2026')).toBeNull();
  });
});

describe('Career Site Builder rows', () => {
  const csb = { ...ctx, host: 'jobs.man.example' };
  const row = {
    id: '163369',
    unifiedStandardTitle: 'Stages collégiaux étudiant(es) Autochtones',
    unifiedUrlTitle: 'Stages-coll%C3%A9giaux-%C3%A9tudiant%28es%29-Autochtones',
    unifiedStandardStart: '26/01/2026',
    jobLocationShort: ['Karlovy Vary, CZE, 36004<br/>', 'Plzeň, CZE, 30100<br/>'],
    supportedLocales: ['fr_FR'],
  };

  it("maps a row to the page the site's script builds, read in the query locale", () => {
    expect(mapCsbJob(row, 'fr_FR', csb)).toEqual({
      ats: 'successfactors',
      company: 'Teva',
      board: 'careers.teva',
      externalId: '163369',
      title: 'Stages collégiaux étudiant(es) Autochtones',
      url: 'https://jobs.man.example/job/Stages-coll%C3%A9giaux-%C3%A9tudiant%28es%29-Autochtones/163369-fr_FR',
      locations: ['Karlovy Vary, CZE, 36004', 'Plzeň, CZE, 30100'],
      postedAt: '2026-01-26T00:00:00.000Z',
      dateSource: 'exact',
      fetchedAt: '2026-10-07T00:00:00.000Z',
    });
  });

  it('decodes entities left in the slug and drops what would break the path; a stub slug when there is none', () => {
    expect(mapCsbJob({ ...row, unifiedUrlTitle: 'Mergers-&amp;-Acquisitions' }, 'en_US', csb)?.url).toBe(
      'https://jobs.man.example/job/Mergers-Acquisitions/163369-en_US',
    );
    expect(mapCsbJob({ ...row, unifiedUrlTitle: null, urlTitle: null }, 'en_US', csb)?.url).toBe(
      'https://jobs.man.example/job/job/163369-en_US',
    );
    expect(mapCsbJob({ ...row, id: 77 }, 'en_US', csb)?.externalId).toBe('77');
    expect(mapCsbJob({ ...row, id: null }, 'en_US', csb)).toBeNull();
    expect(mapCsbJob({ ...row, unifiedStandardTitle: null, jobTitle: null }, 'en_US', csb)).toBeNull();
  });

  it.each([
    ['6/18/26', 'en_US', '2026-06-18T00:00:00.000Z'],
    ['8/10/26', 'en_US', '2026-08-10T00:00:00.000Z'],
    ['20.11.23', 'de_DE', '2023-11-20T00:00:00.000Z'],
    ['15/07/2026', 'en_GB', '2026-07-15T00:00:00.000Z'],
    ['26/01/2026', 'fr_FR', '2026-01-26T00:00:00.000Z'],
    ['2026/09/30', 'ja_JP', '2026-09-30T00:00:00.000Z'],
    ['2026-01-01', 'en_US', '2026-01-01T00:00:00.000Z'],
    ['18/06/26', 'en_US', null],
    ['next week', 'en_US', null],
    ['', 'en_US', null],
  ])('csbDate(%s, %s) → %s', (raw, locale, iso) => {
    expect(csbDate(raw, locale)).toBe(iso);
  });
});
