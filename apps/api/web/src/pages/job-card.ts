import { el, externalLink } from '../dom.js';
import { WORK_MODEL_LABELS, formatDate, formatPosted, localDay } from '../format.js';
import type { Job, MarkState } from '../types.js';

/** What a card's buttons ask for: a new mark, or none (null). */
export type MarkRequest = { state: MarkState; at?: string } | null;

function markLine(job: Job): string {
  const mark = job.mark;
  if (!mark) return '';
  if (mark.state === 'applied') return `Applied on ${formatDate(mark.at)}`;
  return mark.state === 'saved' ? 'Saved' : 'Hidden';
}

function skills(label: string, values: string[]): HTMLElement | null {
  return values.length === 0 ? null : el('p', { class: 'skills' }, el('strong', {}, `${label}: `), values.join(', '));
}

/** One job: title, company, place, pay, score, reasons and skills, and (for the shortlist) the Apply button and marks. */
export function jobCard(job: Job, onMark?: (job: Job, request: MarkRequest) => void): HTMLElement {
  const titleId = `job-${job.rank}-${onMark ? 'title' : 'near'}`;
  const badges = el('p', { class: 'badges' });
  if (job.novelty === 'new' || (job.novelty === undefined && job.isNew)) {
    badges.append(el('span', { class: 'badge new' }, 'New'));
  }
  if (job.novelty === 'changed') badges.append(el('span', { class: 'badge changed' }, 'Changed since last run'));
  const marked = markLine(job);
  if (marked) badges.append(el('span', { class: `badge ${job.mark?.state ?? ''}` }, marked));
  return el(
    'article',
    { class: 'job', 'aria-labelledby': titleId, 'data-rank': job.rank },
    el(
      'div',
      { class: 'job-head' },
      el('h3', { id: titleId }, job.title),
      el(
        'span',
        { class: 'score', title: 'Match score out of 100' },
        `${job.score}`,
        el('span', { class: 'sr-only' }, ' out of 100'),
      ),
    ),
    el('p', { class: 'meta' }, [job.company, job.location, WORK_MODEL_LABELS[job.remote] ?? job.remote].join(' · ')),
    el(
      'p',
      { class: 'meta' },
      [formatPosted(job.postedAt, job.facets?.age ?? null), job.salary].filter(Boolean).join(' · '),
    ),
    badges.childElementCount > 0 ? badges : null,
    el(
      'div',
      { class: 'actions' },
      externalLink(job.applyUrl, 'Apply', {
        class: 'button primary',
        'aria-label': `Apply: ${job.title} at ${job.company}`,
      }),
      onMark ? markButtons(job, onMark) : null,
    ),
    el(
      'details',
      // Open where there is room; on a phone the reasons fold so the first screen holds jobs.
      { class: 'why', open: window.matchMedia('(min-width: 60rem)').matches },
      el('summary', {}, 'Why it fits'),
      el('ul', {}, ...job.reasons.map((reason) => el('li', {}, reason))),
      skills('Skills you have', job.matchedSkills),
      skills('Skills to learn', job.missingSkills),
    ),
  );
}

function markButtons(job: Job, onMark: (job: Job, request: MarkRequest) => void): HTMLElement {
  const state = job.mark?.state;
  const button = (action: string, text: string, request: MarkRequest, pressed?: boolean) =>
    el(
      'button',
      {
        type: 'button',
        'data-action': action,
        'aria-pressed': pressed === undefined ? null : String(pressed),
        onclick: () => onMark(job, request),
      },
      text,
    );
  const hide = button(
    'hide',
    state === 'hidden' ? 'Show again' : 'Hide',
    state === 'hidden' ? null : { state: 'hidden' },
  );
  if (state !== 'applied') {
    const saved = state === 'saved';
    return el(
      'span',
      { class: 'mark-actions' },
      button('save', saved ? 'Saved' : 'Save', saved ? null : { state: 'saved' }, saved),
      button('applied', 'Mark applied', { state: 'applied', at: localDay(new Date()) }),
      hide,
    );
  }
  // Applied: the date can be corrected (it starts as the day the button was pressed).
  const date = el('input', { type: 'date', value: job.mark?.at.slice(0, 10) ?? '', 'data-action': 'applied-on' });
  date.addEventListener('change', () => date.value && onMark(job, { state: 'applied', at: date.value }));
  return el(
    'span',
    { class: 'mark-actions' },
    el('label', { class: 'applied-on' }, 'Applied on', date),
    button('unapply', 'Not applied', null),
    hide,
  );
}
