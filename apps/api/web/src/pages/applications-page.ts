import { getJson, problemText } from '../api.js';
import { el, externalLink, fill } from '../dom.js';
import type { Page } from './page.js';

interface Application {
  state: string;
  at: string;
  note: string | null;
  title: string;
  company: string;
  applyUrl: string;
  board: { state: 'open' | 'gone' | 'unknown'; lastSeenAt: string | null; lastScrapedAt: string | null };
}

/** A page of GET /marks: `next` is the cursor of the next page, null on the last. */
interface MarkPage {
  marks: Application[];
  next: string | null;
}

function boardText({ board }: Application): string {
  if (board.state === 'open') return `Open (listed ${board.lastSeenAt?.slice(0, 10) ?? ''})`;
  if (board.state === 'gone') return `Gone (last seen ${board.lastSeenAt?.slice(0, 10) ?? ''})`;
  return 'Unknown';
}

function row(a: Application): HTMLElement {
  return el(
    'tr',
    {},
    el('th', { scope: 'row' }, externalLink(a.applyUrl, a.title)),
    el('td', {}, a.company),
    el('td', {}, a.at),
    el('td', {}, boardText(a)),
    el('td', {}, a.note ?? ''),
  );
}

/** The jobs the person applied to, newest first, a page at a time as the hunts list shows its runs (GET /marks). */
export const applicationsPage: Page = async (view, _params, signal) => {
  const body = el('tbody');
  const more = el('button', { type: 'button' }, 'Show older applications');
  const problem = el('p', { class: 'problem', role: 'alert' });
  const head = ['Job', 'Company', 'Applied', 'On its board', 'Note'].map((t) => el('th', { scope: 'col' }, t));
  fill(
    view,
    el('h1', { tabindex: '-1' }, 'Applications'),
    el(
      'table',
      { class: 'runs' },
      el('caption', { class: 'sr-only' }, 'Applications, newest first'),
      el('thead', {}, el('tr', {}, ...head)),
      body,
    ),
    more,
    problem,
  );
  more.hidden = true;
  let before: string | null = null;
  const load = async () => {
    try {
      const page = await getJson<MarkPage>(
        `/marks?state=applied&limit=20${before ? `&before=${encodeURIComponent(before)}` : ''}`,
        signal,
      );
      body.append(...page.marks.map(row));
      before = page.next;
      more.hidden = !before;
      if (body.childElementCount === 0) body.append(el('tr', {}, el('td', { colspan: '5' }, 'No applications yet.')));
    } catch (e) {
      fill(problem, problemText(e));
    }
  };
  more.addEventListener('click', () => void load());
  await load();
};
