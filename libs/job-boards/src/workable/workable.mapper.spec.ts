import { mapWorkableJobs } from './workable.mapper';
import type { WorkableJob } from './workable.types';

const target = { company: 'Acme', board: 'acme' };
const fetchedAt = '2025-10-01T00:00:00.000Z';

/** Shaped like apply.workable.com/api/v1/widget/accounts/{account}?details=true */
function job(overrides: Partial<WorkableJob> = {}): WorkableJob {
  return {
    title: 'Anti Fraud Officer',
    shortcode: '8B8A457674',
    code: '',
    employment_type: 'Full-time',
    telecommuting: false,
    department: 'Risk',
    url: 'https://apply.workable.com/j/8B8A457674',
    shortlink: 'https://apply.workable.com/j/8B8A457674',
    application_url: 'https://apply.workable.com/j/8B8A457674/apply',
    published_on: '2025-09-21',
    created_at: '2025-09-02',
    country: 'Saudi Arabia',
    city: 'Riyadh',
    state: 'Riyadh Province',
    education: '',
    experience: 'Entry level',
    function: 'Finance',
    industry: 'Financial Services',
    locations: [
      { country: 'Saudi Arabia', countryCode: 'SA', city: 'Riyadh', region: 'Riyadh Province', hidden: false },
      { country: 'United Arab Emirates', countryCode: 'AE', city: 'Dubai', region: 'Dubai', hidden: true },
    ],
    description: '<p>Fight fraud.</p>',
    ...overrides,
  };
}

describe('mapWorkableJobs', () => {
  it('maps a posting: published_on is the exact date, hidden locations stay hidden', () => {
    const { jobs, skipped } = mapWorkableJobs([job()], target, fetchedAt);
    expect(skipped).toEqual({});
    expect(jobs[0]).toEqual({
      ats: 'workable',
      company: 'Acme',
      board: 'acme',
      externalId: '8B8A457674',
      title: 'Anti Fraud Officer',
      url: 'https://apply.workable.com/j/8B8A457674',
      locations: ['Riyadh, Riyadh Province, Saudi Arabia'],
      workplace: undefined,
      descriptionHtml: '<p>Fight fraud.</p>',
      department: 'Risk',
      employmentType: 'Full-time',
      postedAt: '2025-09-21T00:00:00.000Z',
      dateSource: 'exact',
      fetchedAt,
    });
  });

  it('reads telecommuting:true as remote and never reads false as on-site', () => {
    const { jobs } = mapWorkableJobs(
      [job({ telecommuting: true }), job({ shortcode: 'X2', telecommuting: false })],
      target,
      fetchedAt,
    );
    expect(jobs.map((j) => j.workplace)).toEqual(['remote', undefined]);
  });

  it('uses created_at only as a stand-in date, and unknown without either', () => {
    const { jobs } = mapWorkableJobs(
      [job({ published_on: null }), job({ shortcode: 'X2', published_on: '', created_at: 'not a date' })],
      target,
      fetchedAt,
    );
    expect(jobs[0]).toMatchObject({ postedAt: '2025-09-02T00:00:00.000Z', dateSource: 'updated' });
    expect(jobs[1]).toMatchObject({ postedAt: null, dateSource: 'unknown' });
  });

  it('falls back to the flat city/state/country without a locations list, and to a built URL', () => {
    const { jobs } = mapWorkableJobs(
      [job({ locations: null, url: null, shortlink: null, city: 'Pune', state: null, country: 'India' })],
      target,
      fetchedAt,
    );
    expect(jobs[0]?.locations).toEqual(['Pune, India']);
    expect(jobs[0]?.url).toBe('https://apply.workable.com/acme/j/8B8A457674/');
  });

  it('uses the country code when a location has no country name, and joins requirements and benefits', () => {
    const { jobs } = mapWorkableJobs(
      [
        job({
          locations: [{ countryCode: 'DE', city: 'Berlin', hidden: false }],
          requirements: '<ul><li>German</li></ul>',
          benefits: '<p>Gym</p>',
        }),
      ],
      target,
      fetchedAt,
    );
    expect(jobs[0]?.locations).toEqual(['Berlin, DE']);
    expect(jobs[0]?.descriptionHtml).toBe('<p>Fight fraud.</p>\n<ul><li>German</li></ul>\n<p>Gym</p>');
  });

  it('counts postings without a title or shortcode as invalid', () => {
    const { jobs, skipped } = mapWorkableJobs(
      [job({ title: ' ' }), job({ shortcode: null }), job()],
      target,
      fetchedAt,
    );
    expect(jobs).toHaveLength(1);
    expect(skipped).toEqual({ invalid: 2 });
  });
});
