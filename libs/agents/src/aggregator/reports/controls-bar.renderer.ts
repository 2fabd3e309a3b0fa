import { escapeHtml as esc, remoteLabel, SENIORITIES, type RemoteMode } from '@job-hunter/domain';
import type { JobFacets } from './job-facets';

/** Bounds of the "Posted" filter, in days: a job passes when its age is at most the bound. */
export const POSTED_WITHIN_DAYS: ReadonlyArray<[number, string]> = [
  [1, 'Last day'],
  [3, 'Last 3 days'],
  [7, 'Last week'],
  [14, 'Last 2 weeks'],
  [30, 'Last 30 days'],
  [60, 'Last 60 days'],
  [90, 'Last 90 days'],
];

const WORK_MODELS: readonly RemoteMode[] = ['remote', 'hybrid', 'onsite', 'unknown'];

function option(value: string, label: string): string {
  return `<option value="${esc(value)}">${esc(label)}</option>`;
}

function select(label: string, attr: string, options: string[]): string {
  return `<label>${esc(label)} <select ${attr}>${options.join('')}</select></label>`;
}

/** Each value with how many jobs have it, most first, then by name. */
function counted(values: string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}

function levelLabel(level: string): string {
  return level === 'unknown' ? 'Not stated' : level.charAt(0).toUpperCase() + level.slice(1);
}

/**
 * The search box, sort and filters above the lists, with the options the jobs have, wired by
 * shortlist-controls.browser.js through its data-sl-* contract. Rendered hidden: the script shows it.
 */
export function controlsBar(facets: readonly JobFacets[]): string {
  if (facets.length === 0) return '';
  const models = WORK_MODELS.filter((m) => facets.some((f) => f.remote === m));
  const places = counted(facets.flatMap((f) => f.places));
  const levels = [...SENIORITIES, 'unknown'].filter((l) => facets.some((f) => f.level === l));
  const knownLevels = levels.some((l) => l !== 'unknown');
  const filters = [
    select('Work model', 'data-sl-filter="remote"', [
      option('', 'Any'),
      ...models.map((m) => option(m, remoteLabel(m))),
    ]),
    places.length
      ? select('Place', 'data-sl-filter="place"', [
          option('', 'Anywhere'),
          ...places.map(([p, n]) => option(p, `${p} (${n})`)),
        ])
      : '',
    knownLevels
      ? select('Level', 'data-sl-filter="level"', [option('', 'Any'), ...levels.map((l) => option(l, levelLabel(l)))])
      : '',
    select('Posted', 'data-sl-max="age"', [
      option('', 'Any time'),
      ...POSTED_WITHIN_DAYS.map(([days, label]) => option(String(days), label)),
    ]),
  ];
  return `<section class="controls" data-sl-controls hidden aria-label="Search, sort and filter the jobs">
<input type="search" data-sl-search placeholder="Search title, company, skills, reasons" aria-label="Search the jobs">
<div class="selects">
${select('Sort', 'data-sl-sort', [
  option('score desc', 'Best match'),
  option('posted desc', 'Newest'),
  option('pay desc', 'Highest pay'),
  option('company asc', 'Company A–Z'),
])}
${filters.filter(Boolean).join('\n')}
</div>
<p class="count" role="status"><span data-sl-count>${facets.length} of ${facets.length}</span> jobs shown</p>
</section>`;
}
