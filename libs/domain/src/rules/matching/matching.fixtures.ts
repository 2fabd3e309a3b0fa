import { emptyPreferences, emptyProfile } from '../../models/candidate';
// Builders for the matching tests: fixtures are built directly so the tests do not depend on parsing.
import type { NormalisedJob, Place, RawJob, Salary } from '../../models/job';
import type { CandidateProfile, SearchPreferences } from '../../models/candidate';

export const NOW = new Date('2025-06-15T12:00:00Z');

export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * 86_400_000).toISOString();
}

/** A yearly salary in euros, for conversions into a minimum in another currency. */
export const EUR_80_90K: Salary = {
  min: 80_000,
  max: 90_000,
  currency: 'EUR',
  period: 'year',
  annualMin: 80_000,
  annualMax: 90_000,
  raw: '€80–90k',
};

export const PLACES = {
  berlin: { raw: 'Berlin, Germany', city: 'Berlin', country: 'DE' },
  munich: { raw: 'Munich, Germany', city: 'Munich', country: 'DE' },
  bengaluru: { raw: 'Bengaluru, India', city: 'Bengaluru', country: 'IN' },
  pune: { raw: 'Pune, India', city: 'Pune', country: 'IN' },
  india: { raw: 'India', country: 'IN' },
  germany: { raw: 'Germany', country: 'DE' },
  nyc: { raw: 'New York, NY', city: 'New York', region: 'NY', country: 'US' },
  toronto: { raw: 'Toronto, Canada', city: 'Toronto', country: 'CA' },
} satisfies Record<string, Place>;

export function aJob(over: Partial<NormalisedJob> = {}): NormalisedJob {
  return {
    id: 'acme/backend-engineer/berlin',
    ats: 'greenhouse',
    company: 'Acme',
    externalId: '1001',
    title: 'Backend Engineer',
    url: 'https://boards.greenhouse.io/acme/jobs/1001',
    description: 'We build payments infrastructure.',
    places: [PLACES.berlin],
    locationLabel: 'Berlin, Germany',
    remote: 'onsite',
    remoteScope: [],
    seniority: null,
    postedAt: daysAgo(5),
    dateSource: 'exact',
    skills: [],
    ...over,
  };
}

export function prefs(over: Partial<SearchPreferences> = {}): SearchPreferences {
  return {
    ...emptyPreferences(),
    ...over,
  };
}

export function aProfile(over: Partial<CandidateProfile> = {}): CandidateProfile {
  return emptyProfile(over);
}

export function aRawJob(over: Partial<RawJob> = {}): RawJob {
  return {
    ats: 'greenhouse',
    company: 'Acme',
    board: 'acme',
    externalId: '1001',
    title: 'Backend Engineer',
    url: 'https://boards.greenhouse.io/acme/jobs/1001',
    locations: ['Berlin, Germany'],
    descriptionHtml: '<p>We build payments infrastructure in <b>Go</b> and PostgreSQL.</p>',
    postedAt: daysAgo(3),
    dateSource: 'exact',
    fetchedAt: NOW.toISOString(),
    ...over,
  };
}
