import { call, problemText, sendJson } from '../api.js';
import { append, el, field, fill } from '../dom.js';
import { readingList } from '../reading-view.js';
import type { Understanding } from '../types.js';
import type { Page } from './page.js';

const UNDERSTAND_DELAY_MS = 400;

export const newHuntPage: Page = (view, _params, signal) => {
  const understood = el(
    'div',
    { id: 'understood', 'aria-live': 'polite' },
    el('p', { class: 'muted' }, 'Type your preferences to see how they are read.'),
  );
  const prefs = el('textarea', { name: 'prefs', rows: '7', required: true });
  prefs.addEventListener(
    'input',
    debounced(() => void understand(prefs.value, understood), UNDERSTAND_DELAY_MS, signal),
  );
  const problem = el('p', { class: 'problem', role: 'alert' });
  const start = el('button', { type: 'submit', class: 'primary' }, 'Start the hunt');
  const saving = saveAsSearch();
  const form = el(
    'form',
    { class: 'hunt-form' },
    el(
      'div',
      { class: 'card' },
      field(
        'Resume',
        el('input', { type: 'file', name: 'resume', required: true, accept: '.pdf,.docx,.txt,.md' }),
        'PDF, Word, text or Markdown, at most 5 MiB.',
      ),
      field(
        'What are you looking for?',
        prefs,
        'In your own words: roles, level, where you want to work, pay, how recent, what to avoid.',
      ),
      el(
        'details',
        {},
        el('summary', {}, 'More options'),
        field(
          'Companies to search (optional)',
          el('input', { type: 'file', name: 'companies', accept: '.yaml,.yml,.json' }),
          'A YAML or JSON list of companies with their careers pages; without one the demo companies or the company finder are used.',
        ),
        field(
          'Jobs in the shortlist',
          el('input', { type: 'number', name: 'top', min: '1', max: '500', value: '50', inputmode: 'numeric' }),
        ),
        field(
          'Scoring',
          el(
            'select',
            { name: 'engine' },
            el('option', { value: '' }, 'Default (Claude when the API has a key)'),
            el('option', { value: 'heuristic' }, 'Rules only: no paid calls'),
            el('option', { value: 'anthropic' }, 'Claude'),
          ),
        ),
      ),
      saving.root,
      start,
      problem,
    ),
    el(
      'section',
      { class: 'card understood', 'aria-labelledby': 'understood-title' },
      el('h2', { id: 'understood-title' }, 'What we understood'),
      understood,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void startHunt(form, start, problem, saving.checked());
  });
  fill(view, el('h1', { tabindex: '-1' }, 'New hunt'), form);
};

function debounced(action: () => void, ms: number, signal: AbortSignal): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer));
  return () => {
    clearTimeout(timer);
    timer = setTimeout(action, ms);
  };
}

let latest = 0;

async function understand(text: string, target: HTMLElement): Promise<void> {
  const asked = ++latest;
  if (text.trim() === '') {
    fill(target, el('p', { class: 'muted' }, 'Type your preferences to see how they are read.'));
    return;
  }
  try {
    const understanding = await sendJson<Understanding>('POST', '/understand', { prefs: text });
    if (asked !== latest || !understanding) return;
    fill(target, readingList(understanding.reading));
    const notes = understanding.warnings ?? [];
    if (notes.length > 0) append(target, el('ul', { class: 'notes' }, ...notes.map((note) => el('li', {}, note))));
  } catch (e) {
    if (asked === latest) fill(target, el('p', { class: 'problem' }, problemText(e)));
  }
}

/** "Save as a daily search": a name and a schedule (every 24 hours, or a cron expression), shown when ticked. */
function saveAsSearch(): { root: HTMLElement; checked: () => boolean } {
  const tick = el('input', { type: 'checkbox', id: 'save-search' });
  const name = el('input', { type: 'text', name: 'name', maxlength: '100', autocomplete: 'off' });
  const every = el(
    'select',
    { name: 'every' },
    el('option', { value: '24h' }, 'Every 24 hours'),
    el('option', { value: '' }, 'At set times (cron)'),
  );
  const cron = el('input', { type: 'text', name: 'cron', placeholder: '0 7 * * *', autocomplete: 'off' });
  const cronField = field(
    'Cron expression (UTC)',
    cron,
    '5 fields: minute hour day month weekday, e.g. 0 7 * * * for 07:00 UTC daily.',
  );
  const details = el(
    'fieldset',
    { class: 'save-search' },
    el('legend', {}, 'The saved search'),
    field('Search name', name, 'Letters, digits, spaces or . _ @ + -'),
    field('When it runs', every),
    cronField,
  );
  const sync = () => {
    details.hidden = !tick.checked;
    details.disabled = !tick.checked; // a disabled fieldset's fields are not sent
    name.required = tick.checked;
    cronField.hidden = every.value !== '';
    cron.disabled = every.value !== '';
    cron.required = tick.checked && every.value === '';
  };
  tick.addEventListener('change', sync);
  every.addEventListener('change', sync);
  sync();
  const root = el(
    'div',
    { class: 'field' },
    el('label', { for: 'save-search' }, tick, ' Save as a daily search (run again later, new jobs marked)'),
    details,
  );
  return { root, checked: () => tick.checked };
}

async function startHunt(
  form: HTMLFormElement,
  start: HTMLButtonElement,
  problem: HTMLElement,
  saveSearch: boolean,
): Promise<void> {
  const data = new FormData(form);
  for (const [name, value] of [...data.entries()]) {
    if (value === '' || (value instanceof File && value.name === '' && value.size === 0)) data.delete(name);
  }
  fill(problem);
  start.disabled = true;
  try {
    // A saved search is stored first, then its first run starts (the one later runs are compared with).
    const route = saveSearch ? `/searches/${encodeURIComponent(String(data.get('name')))}/run` : '/runs';
    if (saveSearch) await call('/searches', { method: 'POST', body: data });
    const res = await call(route, { method: 'POST', body: saveSearch ? undefined : data });
    const { runId } = (await res.json()) as { runId: string };
    location.hash = `#/runs/${encodeURIComponent(runId)}`;
  } catch (e) {
    fill(problem, problemText(e));
  } finally {
    start.disabled = false;
  }
}
