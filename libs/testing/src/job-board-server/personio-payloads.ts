// Personio answers in the vendor's documented shape (developer.personio.de "Retrieving open
// positions"; the measured 1KOMMA5° excerpt in docs/ats-feeds.md §1), for tests and benchmarks.
import { BASE, DAY } from './board-payloads';
import { escapeXml } from './xml-text';

/** A company's board host: `{slug}.jobs.personio.de` (or `.com`). */
export function personioHost(slug = 'acme', tld: 'de' | 'com' = 'de'): string {
  return `${slug}.jobs.personio.${tld}`;
}

export const PERSONIO_XML_PATH = '/xml';
export const PERSONIO_SEARCH_PATH = '/search.json';

const DEPARTMENTS = ['Marketing', 'Engineering', 'Sales & Account Management'];

/**
 * Position `i` as the feed writes it. Every 3rd is remote only ("Remote" office), every 3rd + 1 has
 * an additional "Berlin (Remote)" office like the 1KOMMA5° excerpt, every 4th has no createdAt.
 */
export function personioPositionXml(i: number): string {
  const id = 2800938 + i;
  const office = i % 3 === 0 ? 'Remote' : 'Berlin';
  const additional = i % 3 === 1 ? '<additionalOffices><office>Berlin (Remote)</office></additionalOffices>' : '';
  const created =
    i % 4 === 3 ? '' : `<createdAt>${new Date(BASE + i * DAY).toISOString().replace('.000Z', '+00:00')}</createdAt>`;
  return `
  <position>
    <id>${id}</id>
    <subcompany>1KOMMA5° GmbH</subcompany>
    <office>${office}</office>
    ${additional}
    <department>${escapeXml(DEPARTMENTS[i % DEPARTMENTS.length] ?? 'Marketing')}</department>
    <recruitingCategory>1K5° Holding Marketing</recruitingCategory>
    <name>Performance Marketing Manager ${i} (all genders)</name>
    <jobDescriptions>
      <jobDescription>
        <name>Your role &amp; team</name>
        <value>
          <![CDATA[<ul><li>Run <b>Google Ads</b> campaigns</li><li>Own the budget</li></ul>]]>
        </value>
      </jobDescription>
      <jobDescription>
        <name>Your profile</name>
        <value><![CDATA[<p>3+ years in SEA &amp; SQL.</p>]]></value>
      </jobDescription>
    </jobDescriptions>
    <employmentType>permanent</employmentType>
    <seniority>experienced</seniority>
    <schedule>${i % 2 ? 'part-time' : 'full-time'}</schedule>
    <yearsOfExperience>2-5</yearsOfExperience>
    <occupation>marketing_and_advertising</occupation>
    <occupationCategory>marketing</occupationCategory>
    ${created}
  </position>`;
}

/** The whole `/xml` answer for a board with `count` positions (an empty board is `<workzag-jobs></workzag-jobs>`). */
export function personioFeed(count: number): string {
  const positions = Array.from({ length: count }, (_, i) => personioPositionXml(i)).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<workzag-jobs>${positions}\n</workzag-jobs>\n`;
}

/** `/search.json` (read while the feed is off): the same positions, `description` empty as on the public board. */
export function personioSearchJobs(count: number): Array<Record<string, unknown>> {
  return Array.from({ length: count }, (_, i) => {
    const offices = i % 3 === 0 ? ['Remote'] : i % 3 === 1 ? ['Berlin', 'Berlin (Remote)'] : ['Berlin'];
    return {
      id: 2800938 + i,
      name: `Performance Marketing Manager ${i} (all genders)`,
      seniority: 'experienced',
      keywords: 'SEA,SQL',
      description: '',
      office: offices.join(','),
      offices,
      department: DEPARTMENTS[i % DEPARTMENTS.length],
      employment_type: 'permanent',
      schedule: i % 2 ? 'part-time' : 'full-time',
    };
  });
}

/** The HTML "Page not found" a board host answers for a missing page (an unknown company, or `/xml` with the feed off). */
export const PERSONIO_NOT_FOUND_PAGE =
  '<!DOCTYPE html><html lang="en"><head><title>Page not found</title></head><body><h1>Page not found</h1></body></html>';
