// Rippling's public job-board API answers in the shapes the research notes (docs/ats-feeds.md §6)
// and the public clients they cite show: a bare list with one row per work location, and one
// record per job.
import { BASE, DAY } from './board-payloads';

export const RIPPLING_API_HOST = 'api.rippling.com';

export const ripplingApiPath = {
  list: (slug: string): string => `/platform/api/ats/v1/board/${slug}/jobs`,
  detail: (slug: string, uuid: string): string => `/platform/api/ats/v1/board/${slug}/jobs/${uuid}`,
};

export const ripplingUuid = (i: number): string => `a661d3ef-2dd4-4aee-8c0a-${String(i).padStart(12, '0')}`;

/** Where job `i` is: every 4th at three places (one remote), the next fully remote, the rest in Austin. */
export function ripplingPlaces(i: number): string[] {
  if (i % 4 === 0) return ['San Francisco, CA', 'New York, NY', 'Remote (United States)'];
  if (i % 4 === 1) return ['Remote (United States)'];
  return ['Austin, TX'];
}

/** The list rows of job `i`: one per work location, sharing the uuid. */
export function ripplingRows(i: number, slug = 'acme'): Array<Record<string, unknown>> {
  const uuid = ripplingUuid(i);
  return ripplingPlaces(i).map((label, k) => ({
    uuid,
    name: `Account Executive ${i}`,
    department: { id: '6b1f0c2e', label: 'Sales' },
    url: `https://ats.rippling.com/${slug}/jobs/${uuid}`,
    workLocation: { id: `wl-${k}`, label },
  }));
}

export function ripplingList(count: number, slug = 'acme'): Array<Record<string, unknown>> {
  return Array.from({ length: count }, (_, i) => ripplingRows(i, slug)).flat();
}

/** The record of job `i`: even ones carry a yearly USD pay range, odd ones none. */
export function ripplingDetail(i: number, slug = 'acme'): Record<string, unknown> {
  const uuid = ripplingUuid(i);
  return {
    uuid,
    name: `Account Executive ${i}`,
    url: `https://ats.rippling.com/${slug}/jobs/${uuid}`,
    companyName: 'Acme',
    department: { name: 'Sales' },
    description: {
      company: '<p>Acme builds payroll software.</p>',
      role: '<p>Sell <b>HubSpot</b> integrations to mid-market teams.</p>',
    },
    employmentType: { label: 'SALARIED_FT', id: 'Salaried, full-time' },
    createdOn: new Date(BASE + i * DAY).toISOString(),
    workLocations: ripplingPlaces(i),
    payRangeDetails:
      i % 2 === 0
        ? [
            {
              location: ripplingPlaces(i)[0],
              currency: 'USD',
              frequency: 'YEAR',
              rangeStart: 120000,
              rangeEnd: 150000,
              isRemote: false,
            },
          ]
        : [],
  };
}

/** Rippling's answer for a board that does not exist (HTTP 404). */
export const RIPPLING_NOT_FOUND = { error_code: 'RESOURCE_NOT_FOUND', message: 'Job Board not found', resource: null };
