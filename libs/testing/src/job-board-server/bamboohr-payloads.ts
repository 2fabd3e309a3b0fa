// BambooHR answers in the shapes the research notes (docs/ats-feeds.md §5) and the public clients
// they cite show: the careers list JSON, the per-opening detail JSON and the embed widget's HTML.
import { BASE, DAY } from './board-payloads';

export const bambooHrHost = (slug: string): string => `${slug}.bamboohr.com`;
export const BAMBOOHR_MARKETING_HOST = 'www.bamboohr.com';

export const bambooHrPath = {
  list: '/careers/list',
  detail: (id: string): string => `/careers/${id}/detail`,
  widget: '/jobs/embed2.php',
};

export const bambooHrId = (i: number): string => String(100 + i);

const PLACES = [
  { city: 'Austin', state: 'Texas', country: 'United States' },
  { city: 'Toronto', state: 'Ontario', country: 'Canada' },
  { city: 'London', state: 'England', country: 'United Kingdom' },
];

/** Opening `i` of the list: every 3rd is on-site ("0"), remote ("1", isRemote true) or hybrid ("2"). */
export function bambooHrListEntry(i: number): Record<string, unknown> {
  const place = PLACES[i % PLACES.length] ?? PLACES[0];
  return {
    id: bambooHrId(i),
    jobOpeningName: `Customer Success Manager ${i}`,
    departmentId: '18',
    departmentLabel: 'Customer Success',
    employmentStatusLabel: 'Full-Time',
    location: { city: place?.city, state: place?.state },
    atsLocation: { country: place?.country, state: place?.state, province: null, city: place?.city },
    isRemote: i % 3 === 1 ? true : null,
    locationType: String(i % 3),
  };
}

export function bambooHrList(count: number): Record<string, unknown> {
  return { meta: { totalCount: count }, result: Array.from({ length: count }, (_, i) => bambooHrListEntry(i)) };
}

/** The detail of opening `i`: even ones state a yearly pay range, odd ones none. */
export function bambooHrDetail(i: number, slug = 'acme'): Record<string, unknown> {
  const entry = bambooHrListEntry(i);
  const place = PLACES[i % PLACES.length] ?? PLACES[0];
  return {
    meta: {},
    result: {
      jobOpening: {
        jobOpeningShareUrl: `https://${slug}.bamboohr.com/careers/${bambooHrId(i)}`,
        jobOpeningName: entry['jobOpeningName'],
        jobOpeningStatus: 'Open',
        departmentLabel: 'Customer Success',
        employmentStatusLabel: 'Full-Time',
        location: { city: place?.city, state: place?.state, postalCode: null, addressCountry: place?.country },
        atsLocation: entry['atsLocation'],
        isRemote: entry['isRemote'],
        locationType: entry['locationType'],
        description: `<p>Help customers run <b>Salesforce</b> well.</p><ul><li>3 years in SaaS</li></ul>`,
        datePosted: new Date(BASE + i * DAY).toISOString().slice(0, 10),
        compensation: i % 2 === 0 ? '$90,000 - $110,000 per year' : null,
        minimumExperience: 'Experienced',
      },
    },
  };
}

/** The embed widget with `count` openings in two departments, linked the current way (`//{slug}.bamboohr.com/careers/{id}`). */
export function bambooHrWidget(count: number, slug = 'acme'): string {
  const item = (i: number): string => {
    const place = PLACES[i % PLACES.length] ?? PLACES[0];
    return (
      `<li id="bhrPositionID_${bambooHrId(i)}" class="BambooHR-ATS-Jobs-Item">` +
      `<a href="//${slug}.bamboohr.com/careers/${bambooHrId(i)}">Customer Success Manager ${i}</a>` +
      `<span class="BambooHR-ATS-Location">${place?.city}, ${place?.state}</span></li>`
    );
  };
  const department = (id: number, name: string, items: number[]): string =>
    `<li id="bhrDepartmentID_${id}" class="BambooHR-ATS-Department-Item">` +
    `<div id="department_${id}" class="BambooHR-ATS-Department-Header">${name}</div>` +
    `<ul class="BambooHR-ATS-Jobs-List">${items.map(item).join('')}</ul></li>`;
  const all = Array.from({ length: count }, (_, i) => i);
  return (
    `<div id="BambooHR-ATS" class="BambooHR-ATS-board"><ul class="BambooHR-ATS-Department-List">` +
    department(
      18,
      'Customer Success',
      all.filter((i) => i % 2 === 0),
    ) +
    department(
      21,
      'Research &amp; Development',
      all.filter((i) => i % 2 === 1),
    ) +
    `</ul></div>`
  );
}

/** A widget of a company with no openings (a short fragment, no job rows). */
export const BAMBOOHR_EMPTY_WIDGET = '<div>We currently have no open positions.</div>';

/** BambooHR's own site, where an unknown company's careers URLs lead (a whole HTML page, not the JSON list). */
export const BAMBOOHR_MARKETING_PAGE =
  '<!DOCTYPE html><html lang="en"><head><title>BambooHR: HR Software</title></head>' +
  '<body><h1>The HR software that puts people first</h1><a href="/careers/">Careers at BambooHR</a></body></html>';
