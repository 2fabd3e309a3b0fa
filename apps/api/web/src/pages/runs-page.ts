import { getJson, problemText } from '../api.js';
import { el, fill } from '../dom.js';
import { STAGE_LABELS, formatDateTime, humanize } from '../format.js';
import type { RunPage, RunSummary } from '../types.js';
import type { Page } from './page.js';

const ENDED = new Set(['success', 'partial', 'failed']);

function row(run: RunSummary): HTMLElement {
  const id = encodeURIComponent(run.runId);
  const done = ENDED.has(run.status) && run.status !== 'failed';
  const state = ENDED.has(run.status)
    ? humanize(run.status)
    : `${humanize(run.status)}${run.currentStage ? `: ${STAGE_LABELS[run.currentStage] ?? run.currentStage}` : ''}`;
  return el(
    'tr',
    {},
    el(
      'th',
      { scope: 'row' },
      el('a', { href: done ? `#/runs/${id}/results` : `#/runs/${id}` }, formatDateTime(run.startedAt)),
    ),
    el('td', {}, state),
    el('td', { class: 'num' }, run.jobsInOutput ?? '—'),
  );
}

/** The runs, newest first, a page at a time. */
export const runsPage: Page = async (view, _params, signal) => {
  const body = el('tbody');
  const more = el('button', { type: 'button' }, 'Show older hunts');
  const problem = el('p', { class: 'problem', role: 'alert' });
  fill(
    view,
    el('h1', { tabindex: '-1' }, 'Your hunts'),
    el('p', {}, el('a', { href: '#/new', class: 'button primary' }, 'Start a new hunt')),
    el(
      'table',
      { class: 'runs' },
      el('caption', { class: 'sr-only' }, 'Hunts, newest first'),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'Started'),
          el('th', { scope: 'col' }, 'Status'),
          el('th', { scope: 'col', class: 'num' }, 'Jobs'),
        ),
      ),
      body,
    ),
    more,
    problem,
  );
  let before: string | null = null;
  const load = async () => {
    try {
      const page = await getJson<RunPage>(
        `/runs?limit=20${before ? `&before=${encodeURIComponent(before)}` : ''}`,
        signal,
      );
      body.append(...page.runs.map(row));
      before = page.next;
      more.hidden = !before;
      if (body.childElementCount === 0) body.append(el('tr', {}, el('td', { colspan: '3' }, 'No hunts yet.')));
    } catch (e) {
      fill(problem, problemText(e));
    }
  };
  more.addEventListener('click', () => void load());
  await load();
};
