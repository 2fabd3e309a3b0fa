import { call, getJson, problemText } from '../api.js';
import { el, fill } from '../dom.js';
import { formatDateTime, scheduleText } from '../format.js';
import type { SavedSearch } from '../types.js';
import type { Page } from './page.js';

/** The saved searches: their schedule, next and last run, and buttons to run, pause, resume or delete each. */
export const searchesPage: Page = async (view, _params, signal) => {
  const body = el('tbody');
  const problem = el('p', { class: 'problem', role: 'alert' });
  const status = el('p', { role: 'status', class: 'muted' });
  fill(
    view,
    el('h1', { tabindex: '-1' }, 'Saved searches'),
    el('p', {}, 'Save one from the new hunt page ("Save as a daily search").'),
    el(
      'table',
      { class: 'runs searches' },
      el('caption', { class: 'sr-only' }, 'Saved searches, by name'),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...['Name', 'Schedule', 'Next due', 'Last run', 'State', 'Actions'].map((h) => el('th', { scope: 'col' }, h)),
        ),
      ),
      body,
    ),
    status,
    problem,
  );
  const load = async (): Promise<void> => {
    try {
      const searches = await getJson<SavedSearch[]>('/searches', signal);
      fill(body, ...searches.map((search) => row(search, act)));
      if (searches.length === 0) fill(body, el('tr', {}, el('td', { colspan: '6' }, 'No saved searches yet.')));
    } catch (e) {
      fill(problem, problemText(e));
    }
  };
  /** One button's request; the list is read again after it. */
  const act = async (search: SavedSearch, action: Action): Promise<void> => {
    fill(problem);
    if (action === 'delete' && !confirm(`Delete the saved search "${search.name}"? Its past hunts stay.`)) return;
    const route = `/searches/${encodeURIComponent(search.name)}`;
    try {
      const res = await call(action === 'delete' ? route : `${route}/${action}`, {
        method: action === 'delete' ? 'DELETE' : 'POST',
      });
      if (action === 'run') {
        const { runId } = (await res.json()) as { runId: string };
        location.hash = `#/runs/${encodeURIComponent(runId)}`;
        return;
      }
      fill(status, `${DONE[action]} ${search.name}.`);
      await load();
    } catch (e) {
      fill(problem, `${search.name}: ${problemText(e)}`);
    }
  };
  await load();
};

type Action = 'run' | 'pause' | 'resume' | 'delete';
const DONE: Record<Action, string> = { run: 'Started', pause: 'Paused', resume: 'Resumed', delete: 'Deleted' };

function row(search: SavedSearch, act: (search: SavedSearch, action: Action) => Promise<void>): HTMLElement {
  const button = (action: Action, label: string) =>
    el(
      'button',
      { type: 'button', 'aria-label': `${label} ${search.name}`, onclick: () => void act(search, action) },
      label,
    );
  const last = search.lastRunId
    ? el('a', { href: `#/runs/${encodeURIComponent(search.lastRunId)}` }, formatDateTime(search.lastRunAt))
    : 'Never';
  return el(
    'tr',
    {},
    el('th', { scope: 'row' }, search.name),
    el('td', {}, scheduleText(search.schedule)),
    el('td', {}, search.nextDueAt && !search.paused ? formatDateTime(search.nextDueAt) : '—'),
    el('td', {}, last),
    el('td', {}, search.paused ? 'Paused' : 'Active'),
    el(
      'td',
      { class: 'search-actions' },
      button('run', 'Run now'),
      search.paused ? button('resume', 'Resume') : button('pause', 'Pause'),
      button('delete', 'Delete'),
    ),
  );
}
