import { mapRecruiteeOffers } from './recruitee.mapper';
import type { RecruiteeOffer } from './recruitee.types';

const target = { company: 'Acme', board: 'acme' };
const fetchedAt = '2025-10-01T00:00:00.000Z';

/** Shaped like https://{slug}.recruitee.com/api/offers/ */
function offer(overrides: Partial<RecruiteeOffer> = {}): RecruiteeOffer {
  return {
    id: 2736919,
    slug: 'strategic-account-manager',
    title: 'Strategic Account Manager',
    status: 'published',
    description: '<p>Grow accounts.</p>',
    requirements: '<p>Sales.</p>',
    location: 'Riyadh, Riyadh Province, Saudi Arabia',
    city: 'Riyadh',
    country: 'Saudi Arabia',
    country_code: 'SA',
    state_name: 'Riyadh Province',
    remote: false,
    employment_type_code: 'fulltime_permanent',
    department: 'Sales',
    careers_url: 'https://jobs.acme.com/o/strategic-account-manager',
    careers_apply_url: 'https://jobs.acme.com/o/strategic-account-manager/c/new',
    published_at: '2025-09-10 07:25:25 UTC',
    created_at: '2025-09-01 10:00:00 UTC',
    updated_at: '2025-09-12 08:00:00 UTC',
    min_hours: 40,
    max_hours: 40,
    salary: { min: '240000', max: 300000, period: 'year', currency: 'sar' },
    locations: [],
    ...overrides,
  };
}

describe('mapRecruiteeOffers', () => {
  it('maps an offer: " UTC" dates parsed, description + requirements, string and number salary', () => {
    const { jobs, skipped } = mapRecruiteeOffers([offer()], target, fetchedAt);
    expect(skipped).toEqual({});
    expect(jobs[0]).toMatchObject({
      ats: 'recruitee',
      company: 'Acme',
      board: 'acme',
      externalId: '2736919',
      title: 'Strategic Account Manager',
      url: 'https://jobs.acme.com/o/strategic-account-manager',
      locations: ['Riyadh, Riyadh Province, Saudi Arabia'],
      descriptionHtml: '<p>Grow accounts.</p>\n<p>Sales.</p>',
      department: 'Sales',
      employmentType: 'full-time',
      postedAt: '2025-09-10T07:25:25.000Z',
      dateSource: 'exact',
      salary: { min: 240000, max: 300000, currency: 'SAR', period: 'year', annualMin: 240000, annualMax: 300000 },
    });
    expect(jobs[0]?.workplace).toBeUndefined();
  });

  it('reads the remote, hybrid and on_site flags; remote:false alone says nothing', () => {
    const { jobs } = mapRecruiteeOffers(
      [
        offer({ id: 1, remote: true }),
        offer({ id: 2, remote: false, hybrid: true, on_site: false }),
        offer({ id: 3, remote: false, hybrid: false, on_site: true }),
        offer({ id: 4, remote: false }),
      ],
      target,
      fetchedAt,
    );
    expect(jobs.map((j) => j.workplace)).toEqual(['remote', 'hybrid', 'onsite', undefined]);
  });

  it('prefers the structured locations list, and falls back to city/state/country', () => {
    const { jobs } = mapRecruiteeOffers(
      [
        offer({
          locations: [
            { id: 1, city: 'Amsterdam', state: 'North Holland', country: 'Netherlands', country_code: 'NL' },
            { id: 2, city: 'Berlin', country_code: 'DE' },
          ],
        }),
        offer({ id: 2, location: '', locations: null, city: 'Lisbon', state_name: null, country: 'Portugal' }),
      ],
      target,
      fetchedAt,
    );
    expect(jobs[0]?.locations).toEqual(['Amsterdam, North Holland, Netherlands', 'Berlin, DE']);
    expect(jobs[1]?.locations).toEqual(['Lisbon, Portugal']);
  });

  it('uses created_at only as a stand-in date', () => {
    const { jobs } = mapRecruiteeOffers([offer({ published_at: null })], target, fetchedAt);
    expect(jobs[0]).toMatchObject({ postedAt: '2025-09-01T10:00:00.000Z', dateSource: 'updated' });
  });

  it('annualises monthly and weekly salaries and ignores an empty one', () => {
    const { jobs } = mapRecruiteeOffers(
      [
        offer({ id: 1, salary: { min: 5000, max: '6,000', currency: 'EUR', period: 'month' } }),
        offer({ id: 2, salary: { min: 1000, max: 1200, currency: 'GBP', period: 'week' } }),
        offer({ id: 3, salary: { min: null, max: null, currency: null, period: null } }),
      ],
      target,
      fetchedAt,
    );
    expect(jobs[0]?.salary).toMatchObject({ period: 'month', min: 5000, max: 6000, annualMax: 72000 });
    expect(jobs[1]?.salary).toMatchObject({ period: 'year', annualMin: 52000, annualMax: 62400 });
    expect(jobs[2]?.salary).toBeUndefined();
  });

  it('builds the offer URL from the slug, and counts unpublished and invalid offers', () => {
    const { jobs, skipped } = mapRecruiteeOffers(
      [
        offer({ careers_url: null }),
        offer({ id: 2, status: 'closed' }),
        offer({ id: null }),
        offer({ id: 4, title: '' }),
      ],
      target,
      fetchedAt,
    );
    expect(jobs.map((j) => j.url)).toEqual(['https://acme.recruitee.com/o/strategic-account-manager']);
    expect(skipped).toEqual({ unpublished: 1, invalid: 2 });
  });
});
