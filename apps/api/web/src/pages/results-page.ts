import { getJson, problemText, sendJson } from '../api.js';
import { el, fill } from '../dom.js';
import { WORK_MODEL_LABELS, formatDateTime, humanize } from '../format.js';
import { NO_FILTER, choices, levelOf, placeOf, visibleJobs, type JobFilter, type SortKey } from '../jobs-view.js';
import { readingList } from '../reading-view.js';
import type { Job, Mark, Results } from '../types.js';
import { jobCard, type MarkRequest } from './job-card.js';
import type { Page } from './page.js';

const SORTS: Array<[SortKey, string]> = [
  ['score', 'Best match'],
  ['date', 'Newest'],
  ['pay', 'Pay, highest first'],
  ['company', 'Company, A to Z'],
];
const POSTED_WITHIN = [1, 3, 7, 14, 30];

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

class ResultsView {
  private filter: JobFilter = { ...NO_FILTER };
  private sort: SortKey = 'score';
  private readonly list = el('ol', { class: 'jobs' });
  private readonly count = el('p', { class: 'count', role: 'status', tabindex: '-1' });
  private readonly now = new Date();

  constructor(
    private readonly view: HTMLElement,
    private readonly runId: string,
    private readonly results: Results,
  ) {}

  draw(): void {
    const { results } = this;
    const near = results.nearMisses ?? [];
    fill(
      this.view,
      el('h1', { tabindex: '-1' }, 'Your shortlist'),
      el(
        'p',
        { class: 'muted' },
        `${results.jobs.length} jobs · ${humanize(results.status)} · finished ${formatDateTime(results.finishedAt)}`,
      ),
      el('div', { class: 'results' }, this.controls(), el('div', { class: 'job-list' }, this.count, this.list)),
      near.length === 0
        ? null
        : el(
            'section',
            { class: 'card', 'aria-labelledby': 'near-title' },
            el('h2', { id: 'near-title' }, `Near misses (${near.length})`),
            el('p', { class: 'muted' }, 'Scored just below the bar: worth a look if the shortlist is thin.'),
            el('ol', { class: 'jobs' }, ...near.map((job) => el('li', {}, jobCard(job, this.now)))),
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
  }

  private controls(): HTMLElement {
    const search = el('input', { type: 'search', id: 'q', placeholder: 'Title, company, skill…' });
    search.addEventListener('input', () => this.update({ text: search.value }));
    const sort = el('select', { id: 'sort' }, ...SORTS.map(([key, label]) => el('option', { value: key }, label)));
    sort.addEventListener('change', () => {
      this.sort = sort.value as SortKey;
      this.drawJobs();
    });
    const jobs = this.results.jobs;
    const details = el(
      'details',
      { class: 'filters', open: window.matchMedia('(min-width: 60rem)').matches },
      el('summary', {}, 'Filters'),
      this.workModels(),
      this.select('Place', 'place', choices(jobs, placeOf), 'All places', (v) => ({ place: v })),
      this.select(
        'Level',
        'level',
        choices(jobs, (job) => levelOf(job.title)),
        'All levels',
        (v) => ({ level: v }),
      ),
      this.select(
        'Posted within',
        'posted',
        POSTED_WITHIN.map(String),
        'Any time',
        (v) => ({ postedWithinDays: v ? Number(v) : null }),
        (v) => (v === '1' ? 'the last day' : `the last ${v} days`),
      ),
      this.checkbox('New jobs only', 'new-only', (on) => ({ newOnly: on })),
      this.checkbox('Show hidden jobs', 'show-hidden', (on) => ({ showHidden: on })),
    );
    return el(
      'form',
      {
        class: 'controls',
        role: 'search',
        'aria-label': 'Search and filter jobs',
        onsubmit: (e: Event) => e.preventDefault(),
      },
      el('div', { class: 'field' }, el('label', { for: 'q' }, 'Search'), search),
      el('div', { class: 'field' }, el('label', { for: 'sort' }, 'Sort by'), sort),
      details,
    );
  }

  private workModels(): HTMLElement {
    const boxes = ['remote', 'hybrid', 'onsite', 'unknown'].map((model) =>
      el('input', { type: 'checkbox', value: model, id: `wm-${model}` }),
    );
    const change = () => this.update({ workModels: boxes.filter((b) => b.checked).map((b) => b.value) });
    boxes.forEach((box) => box.addEventListener('change', change));
    return el(
      'fieldset',
      {},
      el('legend', {}, 'Work model'),
      ...boxes.map((box) =>
        el('div', { class: 'check' }, box, el('label', { for: box.id }, WORK_MODEL_LABELS[box.value] ?? box.value)),
      ),
    );
  }

  private select(
    label: string,
    id: string,
    values: string[],
    all: string,
    change: (value: string) => Partial<JobFilter>,
    name = (v: string) => v,
  ): HTMLElement {
    const select = el(
      'select',
      { id },
      el('option', { value: '' }, all),
      ...values.map((v) => el('option', { value: v }, name(v))),
    );
    select.addEventListener('change', () => this.update(change(select.value)));
    return el('div', { class: 'field' }, el('label', { for: id }, label), select);
  }

  private checkbox(label: string, id: string, change: (on: boolean) => Partial<JobFilter>): HTMLElement {
    const box = el('input', { type: 'checkbox', id });
    box.addEventListener('change', () => this.update(change(box.checked)));
    return el('div', { class: 'check' }, box, el('label', { for: id }, label));
  }

  private update(change: Partial<JobFilter>): void {
    this.filter = { ...this.filter, ...change };
    this.drawJobs();
  }

  private drawJobs(): void {
    const shown = visibleJobs(this.results.jobs, this.filter, this.sort, this.now);
    const total = this.results.jobs.length;
    fill(this.count, shown.length === total ? `Showing all ${total} jobs` : `Showing ${shown.length} of ${total} jobs`);
    fill(
      this.list,
      ...shown.map((job) =>
        el(
          'li',
          {},
          jobCard(job, this.now, (j, request) => void this.mark(j, request)),
        ),
      ),
    );
    if (shown.length === 0)
      this.list.append(el('li', { class: 'muted' }, 'No job matches. Clear a filter or the search to see more.'));
  }

  private async mark(job: Job, request: MarkRequest): Promise<void> {
    const path = `/runs/${encodeURIComponent(this.runId)}/jobs/${job.rank}/mark`;
    const focused = (document.activeElement as HTMLElement | null)?.dataset['action'];
    try {
      job.mark = request
        ? ((await sendJson<Mark>('PUT', path, request)) ?? null)
        : (await sendJson('DELETE', path), null);
    } catch (e) {
      fill(this.count, `${job.title}: ${problemText(e)}`);
      return;
    }
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
