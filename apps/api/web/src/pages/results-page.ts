import { getJson, problemText, sendJson } from '../api.js';
import { el, externalLink, fill } from '../dom.js';
import { WORK_MODEL_LABELS, formatDateTime, humanize } from '../format.js';
import { readingList } from '../reading-view.js';
import { applyShortlist, facetAttributes, wireShortlist } from '../shortlist.js';
import type { DisappearedJob, Job, Mark, Results } from '../types.js';
import { jobCard, type MarkRequest } from './job-card.js';
import type { Page } from './page.js';

const SORTS: Array<[string, string]> = [
  ['score desc', 'Best match'],
  ['posted desc', 'Newest'],
  ['pay desc', 'Highest pay'],
  ['company asc', 'Company, A to Z'],
];
const POSTED_WITHIN: Array<[number, string]> = [
  [1, 'the last day'],
  [3, 'the last 3 days'],
  [7, 'the last week'],
  [14, 'the last 2 weeks'],
  [30, 'the last 30 days'],
];
const LEVEL_ORDER = [
  'intern',
  'junior',
  'mid',
  'senior',
  'staff',
  'principal',
  'lead',
  'manager',
  'director',
  'unknown',
];

export const resultsPage: Page = async (view, [runId = ''], signal) => {
  fill(view, el('h1', { tabindex: '-1' }, 'Results'), el('p', { role: 'status' }, 'Loading…'));
  let results: Results;
  try {
    results = await getJson<Results>(`/runs/${encodeURIComponent(runId)}/results`, signal);
  } catch (e) {
    fill(view, el('h1', { tabindex: '-1' }, 'Results'), el('p', { class: 'problem', role: 'alert' }, problemText(e)));
    return;
  }
  new ResultsView(view, runId, results).draw();
  view.querySelector<HTMLElement>('h1')?.focus();
};

/** In a run of a saved search: what its previous run shortlisted that this one no longer holds. */
function goneList(gone: DisappearedJob[]): HTMLElement | null {
  if (gone.length === 0) return null;
  return el(
    'section',
    { class: 'card', 'aria-labelledby': 'gone-title' },
    el('h2', { id: 'gone-title' }, `Gone since the last run (${gone.length})`),
    el('p', { class: 'muted' }, "In this search's previous shortlist, not in this one: closed, or no longer a match."),
    el(
      'ul',
      { class: 'gone' },
      ...gone.map((job) => el('li', {}, externalLink(job.applyUrl, job.title), ` · ${job.company}`)),
    ),
  );
}

/** Each value with how many jobs have it, most first, then by name. */
function counted(values: string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}

/**
 * The shortlist with search, sort and filters (report.html's script, through the data-sl-* contract),
 * an Apply button and the marks per job; hidden jobs are left out unless "Show hidden jobs" is on.
 */
class ResultsView {
  private readonly root = el('div', { class: 'results', 'data-sl-root': '' });
  private readonly list = el('ol', { class: 'jobs', 'data-sl-list': '' });
  private readonly count = el(
    'p',
    { class: 'count', role: 'status', tabindex: '-1' },
    el('span', { 'data-sl-count': '' }),
    ' jobs shown',
  );
  private readonly empty = el(
    'p',
    { class: 'muted', 'data-sl-empty': '', hidden: true },
    'No job matches. Clear a filter or the search to see more.',
  );
  private readonly problem = el('p', { class: 'problem', role: 'alert' });
  private readonly showHidden = el('input', { type: 'checkbox', id: 'show-hidden' });

  constructor(
    private readonly view: HTMLElement,
    private readonly runId: string,
    private readonly results: Results,
  ) {}

  draw(): void {
    const { results } = this;
    const near = results.nearMisses ?? [];
    fill(this.root, this.controls(), el('div', { class: 'job-list' }, this.count, this.problem, this.list, this.empty));
    fill(
      this.view,
      el('h1', { tabindex: '-1' }, 'Your shortlist'),
      el(
        'p',
        { class: 'muted' },
        `${results.jobs.length} jobs · ${humanize(results.status)} · finished ${formatDateTime(results.finishedAt)}`,
      ),
      this.root,
      goneList(results.disappeared ?? []),
      near.length === 0
        ? null
        : el(
            'section',
            { class: 'card', 'aria-labelledby': 'near-title' },
            el('h2', { id: 'near-title' }, `Near misses (${near.length})`),
            el('p', { class: 'muted' }, 'Scored just below the bar: worth a look if the shortlist is thin.'),
            el('ol', { class: 'jobs' }, ...near.map((job) => el('li', {}, jobCard(job)))),
          ),
      el(
        'section',
        { class: 'card', 'aria-labelledby': 'read-title' },
        el('h2', { id: 'read-title' }, 'What we understood'),
        results.reading ? readingList(results.reading) : el('p', { class: 'muted' }, 'Not recorded.'),
      ),
      this.dropped(),
      this.problems(),
    );
    this.drawJobs();
    wireShortlist(this.root);
  }

  private controls(): HTMLElement {
    const facets = this.results.jobs.flatMap((job) => (job.facets ? [job.facets] : []));
    const models = ['remote', 'hybrid', 'onsite', 'unknown'].filter((m) => facets.some((f) => f.remote === m));
    const levels = LEVEL_ORDER.filter((l) => facets.some((f) => f.level === l));
    this.showHidden.addEventListener('change', () => this.drawJobs());
    return el(
      'form',
      {
        class: 'controls',
        role: 'search',
        'aria-label': 'Search and filter jobs',
        onsubmit: (e: Event) => e.preventDefault(),
      },
      el(
        'div',
        { class: 'field' },
        el('label', { for: 'q' }, 'Search'),
        el('input', { type: 'search', id: 'q', 'data-sl-search': '', placeholder: 'Title, company, skill…' }),
      ),
      this.select('Sort by', 'sort', { 'data-sl-sort': '' }, SORTS),
      el(
        'details',
        { class: 'filters', open: window.matchMedia('(min-width: 60rem)').matches },
        el('summary', {}, 'Filters'),
        this.select('Work model', 'remote', { 'data-sl-filter': 'remote' }, [
          ['', 'Any'],
          ...models.map((m): [string, string] => [m, WORK_MODEL_LABELS[m] ?? m]),
        ]),
        this.select('Place', 'place', { 'data-sl-filter': 'place' }, [
          ['', 'Anywhere'],
          ...counted(facets.flatMap((f) => f.places)).map(([p, n]): [string, string] => [p, `${p} (${n})`]),
        ]),
        this.select('Level', 'level', { 'data-sl-filter': 'level' }, [
          ['', 'Any'],
          ...levels.map((l): [string, string] => [l, l === 'unknown' ? 'Not stated' : humanize(l)]),
        ]),
        this.select('Posted within', 'posted', { 'data-sl-max': 'age' }, [
          ['', 'Any time'],
          ...POSTED_WITHIN.map(([d, label]): [string, string] => [String(d), label]),
        ]),
        el(
          'div',
          { class: 'check' },
          el('input', { type: 'checkbox', id: 'new-only', 'data-sl-flag': 'new' }),
          el('label', { for: 'new-only' }, 'New jobs only'),
        ),
        el('div', { class: 'check' }, this.showHidden, el('label', { for: 'show-hidden' }, 'Show hidden jobs')),
      ),
    );
  }

  private select(
    label: string,
    id: string,
    attrs: Record<string, string>,
    options: Array<[string, string]>,
  ): HTMLElement {
    return el(
      'div',
      { class: 'field' },
      el('label', { for: id }, label),
      el('select', { id, ...attrs }, ...options.map(([value, text]) => el('option', { value }, text))),
    );
  }

  private drawJobs(): void {
    const shown = this.results.jobs.filter((job) => this.showHidden.checked || job.mark?.state !== 'hidden');
    fill(
      this.list,
      ...shown.map((job) =>
        el(
          'li',
          facetAttributes(job),
          jobCard(job, (j, request) => void this.mark(j, request)),
        ),
      ),
    );
    applyShortlist(this.root);
  }

  private async mark(job: Job, request: MarkRequest): Promise<void> {
    const path = `/runs/${encodeURIComponent(this.runId)}/jobs/${job.rank}/mark`;
    const focused = (document.activeElement as HTMLElement | null)?.dataset['action'];
    try {
      job.mark = request
        ? ((await sendJson<Mark>('PUT', path, request)) ?? null)
        : (await sendJson('DELETE', path), null);
    } catch (e) {
      fill(this.problem, `${job.title}: ${problemText(e)}`);
      return;
    }
    fill(this.problem);
    this.drawJobs();
    const again = this.list.querySelector<HTMLElement>(`[data-rank="${job.rank}"] [data-action="${focused ?? ''}"]`);
    if (again) again.focus();
    else this.count.focus();
  }

  private dropped(): HTMLElement {
    const dropped = Object.entries(this.results.stats.dropped ?? {}).sort(([, a], [, b]) => b - a);
    return el(
      'section',
      { class: 'card', 'aria-labelledby': 'drop-title' },
      el('h2', { id: 'drop-title' }, 'What was left out'),
      el(
        'p',
        { class: 'muted' },
        `${this.results.stats.jobsScraped ?? 0} jobs found at ${this.results.stats.companiesSucceeded ?? 0} companies; these were dropped:`,
      ),
      el(
        'table',
        {},
        el(
          'thead',
          {},
          el('tr', {}, el('th', { scope: 'col' }, 'Reason'), el('th', { scope: 'col', class: 'num' }, 'Jobs')),
        ),
        el(
          'tbody',
          {},
          ...dropped.map(([reason, n]) =>
            el('tr', {}, el('th', { scope: 'row' }, humanize(reason)), el('td', { class: 'num' }, n)),
          ),
        ),
      ),
    );
  }

  private problems(): HTMLElement | null {
    const lines = [
      ...this.results.errors.map((e) => [e.company, e.message].filter(Boolean).join(': ')),
      ...(this.results.warnings ?? []),
    ];
    if (lines.length === 0) return null;
    return el(
      'section',
      { class: 'card', 'aria-labelledby': 'prob-title' },
      el('h2', { id: 'prob-title' }, 'Problems and warnings'),
      el('ul', {}, ...lines.map((line) => el('li', {}, line))),
    );
  }
}
