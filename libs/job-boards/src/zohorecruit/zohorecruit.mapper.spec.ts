import { mapZohoJobOpenings, openedDate } from './zohorecruit.mapper';
import type { ZohoJobOpening } from './zohorecruit.types';

const site = { host: 'indiumsoft.zohorecruit.com', pagename: 'Careers' };
const target = { company: 'Indium Software', board: 'indiumsoft.zohorecruit.com|Careers' };
const fetchedAt = '2026-10-01T00:00:00.000Z';

/** Shaped like a cited Job_Openings entry (Indium Software). */
function opening(overrides: Partial<ZohoJobOpening> = {}): ZohoJobOpening {
  return {
    id: '668572000021002942',
    Job_Opening_Name: 'Microservices Developer',
    Posting_Title: 'Microservices Developer',
    Job_Type: 'Permanent',
    City: 'Bengaluru',
    State: 'Karnataka',
    Country: 'India',
    Date_Opened: '05/08/2024',
    $url: 'https://indiumsoft.zohorecruit.com/jobs/Careers/668572000021002942/Microservices-Developer?source=CareerSite',
    Job_Description: '<p>Title: Microservices Developer</p>',
    ...overrides,
  };
}

describe('mapZohoJobOpenings', () => {
  it('maps an opening: Date_Opened (MM/DD/YYYY) is the exact day, $url is the job page', () => {
    const { jobs, skipped } = mapZohoJobOpenings([opening()], site, target, fetchedAt);
    expect(skipped).toEqual({});
    expect(jobs[0]).toEqual({
      ats: 'zohorecruit',
      company: 'Indium Software',
      board: 'indiumsoft.zohorecruit.com|Careers',
      externalId: '668572000021002942',
      title: 'Microservices Developer',
      url: 'https://indiumsoft.zohorecruit.com/jobs/Careers/668572000021002942/Microservices-Developer?source=CareerSite',
      locations: ['Bengaluru, Karnataka, India'],
      workplace: undefined,
      descriptionHtml: '<p>Title: Microservices Developer</p>',
      department: undefined,
      employmentType: 'Permanent',
      postedAt: '2024-05-08T00:00:00.000Z',
      dateSource: 'exact',
      fetchedAt,
    });
    expect(jobs[0]?.salary).toBeUndefined();
  });

  it('drops openings with Publish:false as "unpublished" and counts those without id or title as invalid', () => {
    const { jobs, skipped } = mapZohoJobOpenings(
      [
        opening({ Publish: false }),
        opening({ id: '2', Publish: true }),
        opening({ id: null }),
        opening({ id: '3', Posting_Title: ' ', Job_Opening_Name: null }),
      ],
      site,
      target,
      fetchedAt,
    );
    expect(jobs.map((j) => j.externalId)).toEqual(['2']);
    expect(skipped).toEqual({ unpublished: 1, invalid: 2 });
  });

  it('reads Remote_Job true (or "Yes") as remote, and never reads false as on-site', () => {
    const { jobs } = mapZohoJobOpenings(
      [opening({ Remote_Job: true }), opening({ id: 'b', Remote_Job: 'Yes' }), opening({ id: 'c', Remote_Job: false })],
      site,
      target,
      fetchedAt,
    );
    expect(jobs.map((j) => j.workplace)).toEqual(['remote', 'remote', undefined]);
  });

  it('falls back to Job_Opening_Name, Country1 and a built job page; no place when none is given', () => {
    const { jobs } = mapZohoJobOpenings(
      [
        opening({ Posting_Title: null, Country: null, Country1: 'India', $url: null }),
        opening({ id: '9', City: null, State: '', Country: null, $url: 'https://evil.example/jobs/Careers/9/x' }),
      ],
      site,
      target,
      fetchedAt,
    );
    expect(jobs[0]?.title).toBe('Microservices Developer');
    expect(jobs[0]?.locations).toEqual(['Bengaluru, Karnataka, India']);
    expect(jobs[0]?.url).toBe(
      'https://indiumsoft.zohorecruit.com/jobs/Careers/668572000021002942/Microservices-Developer?source=CareerSite',
    );
    expect(jobs[1]?.locations).toEqual([]);
    expect(jobs[1]?.url).toBe(
      'https://indiumsoft.zohorecruit.com/jobs/Careers/9/Microservices-Developer?source=CareerSite',
    );
  });

  it('builds the page of a non-default career site with its own page name', () => {
    const { jobs } = mapZohoJobOpenings(
      [opening({ $url: undefined, Posting_Title: 'C++ / Qt Engineer (Remote)' })],
      { host: 'acme.zohorecruit.eu', pagename: 'Jobs-Portal' },
      target,
      fetchedAt,
    );
    expect(jobs[0]?.url).toBe(
      'https://acme.zohorecruit.eu/jobs/Jobs-Portal/668572000021002942/C-Qt-Engineer-Remote?source=CareerSite',
    );
  });
});

describe('Date_Opened', () => {
  it.each([
    ['05/08/2024', '2024-05-08T00:00:00.000Z'],
    ['1/8/2025', '2025-01-08T00:00:00.000Z'],
    ['2025-07-03', '2025-07-03T00:00:00.000Z'],
    ['13/08/2024', null],
    ['02/30/2024', null],
    ['08-05-2024', null],
    ['', null],
    [null, null],
  ])('%s → %s', (value, iso) => {
    expect(openedDate(value)).toBe(iso);
  });

  it('a date the site writes day first, or none, is unknown', () => {
    const { jobs } = mapZohoJobOpenings(
      [opening({ Date_Opened: '25/08/2024' }), opening({ id: '2', Date_Opened: undefined })],
      site,
      target,
      fetchedAt,
    );
    expect(jobs.map((j) => [j.postedAt, j.dateSource])).toEqual([
      [null, 'unknown'],
      [null, 'unknown'],
    ]);
  });
});
