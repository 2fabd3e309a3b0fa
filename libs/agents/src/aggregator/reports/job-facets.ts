import {
  ageInDays,
  annualRangeIn,
  countryName,
  escapeHtml as esc,
  parseJobLocation,
  parseSalaryText,
  seniorityFromTitle,
  type RemoteMode,
  type ResultJob,
  type Seniority,
} from '@job-hunter/domain';

/**
 * What the page's search/sort/filter script (shortlist-controls.browser.js) reads of each job, worked out
 * at render from the result job alone: the data-* attributes of its list item.
 */
export interface JobFacets {
  score: number;
  /** Posting time in epoch milliseconds, for "newest first". */
  posted: number | null;
  /** Whole days from posting to the run's reference time (resultAsOf), for "posted N days ago" and "posted within N days". */
  age: number | null;
  /** The top of the yearly pay in US dollars (rough rates), only to order jobs paid in different currencies. */
  pay: number | null;
  company: string;
  remote: RemoteMode;
  /** Where the job is: "City, Country" and "Country" labels, and "Anywhere (remote)" for a worldwide remote job. */
  places: string[];
  /** The level the title names, 'unknown' when it names none. */
  level: Seniority | 'unknown';
}

export const ANYWHERE_REMOTE = 'Anywhere (remote)';

/** The yearly pay's top in USD, read back from the salary label; null without a salary or a known rate. */
export function annualPayUsd(salary: string | undefined): number | null {
  const parsed = salary ? parseSalaryText(salary) : null;
  const range = parsed ? annualRangeIn(parsed, 'USD') : null;
  return range ? Math.round(range.max) : null;
}

/** Labels of the places a job's location names, countries after cities, each once. */
export function placeLabels(location: string, remote: RemoteMode): string[] {
  const read = parseJobLocation([location], remote);
  const cities: string[] = [];
  const countries: string[] = [];
  for (const p of read.places) {
    const country = p.country ? countryName(p.country) : '';
    if (p.city) cities.push(country ? `${p.city}, ${country}` : p.city);
    if (country) countries.push(country);
  }
  const world = read.remoteScope.includes('WORLD') ? [ANYWHERE_REMOTE] : [];
  // "|" separates a facet's values in the page, so it never appears inside one.
  return [...new Set([...cities, ...countries, ...world].map((l) => l.replace(/\|/g, '/')))];
}

export function jobFacets(job: ResultJob, now: string): JobFacets {
  const posted = job.postedAt ? Date.parse(job.postedAt) : NaN;
  return {
    score: job.score,
    posted: Number.isNaN(posted) ? null : posted,
    // The one age the scoring's "Posted N days ago" and the recency filter count too.
    age: ageInDays(job.postedAt, new Date(now)),
    pay: annualPayUsd(job.salary),
    company: job.company,
    remote: job.remote,
    places: placeLabels(job.location, job.remote),
    level: seniorityFromTitle(job.title) ?? 'unknown',
  };
}

/** The facets as data-* attributes (escaped: job text is untrusted); unknown facets are left out. */
export function facetAttributes(f: JobFacets): string {
  const attrs: Array<[string, string | number | null]> = [
    ['score', f.score],
    ['posted', f.posted],
    ['age', f.age],
    ['pay', f.pay],
    ['company', f.company],
    ['remote', f.remote],
    ['place', f.places.length ? f.places.join('|') : null],
    ['level', f.level],
  ];
  return attrs
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => ` data-${k}="${esc(v)}"`)
    .join('');
}
