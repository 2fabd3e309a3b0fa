import { call, problemText } from '../api.js';
import { append, el, fill } from '../dom.js';
import { readEvents } from '../event-stream.js';
import { STAGE_LABELS, formatDateTime } from '../format.js';
import { readingList } from '../reading-view.js';
import type { ServerEvent } from '../sse-parser.js';
import type { Reading, RunError, RunStatus, Understanding } from '../types.js';
import type { Page } from './page.js';

const RETRY_MS = 2_000;
const ENDED = new Set(['success', 'partial', 'failed']);

/** The live view of one run, from its event stream; at the end it opens the results. */
export const runPage: Page = async (view, [runId = ''], signal) => {
  const ui = new RunView(runId);
  fill(view, ui.root);
  let ended = false;
  while (!ended && !signal.aborted) {
    try {
      await readEvents(
        `/runs/${encodeURIComponent(runId)}/events`,
        (event) => {
          ended = ui.apply(event) || ended;
        },
        signal,
      );
      ended = ended || ui.finished;
    } catch (e) {
      if (signal.aborted) return;
      ui.problem(`${problemText(e)} Trying again…`);
    }
    if (!ended) await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
};

class RunView {
  readonly root: HTMLElement;
  finished = false;
  private readonly stateLine = el('p', { class: 'status-line', role: 'status', 'aria-live': 'polite' }, 'Connecting…');
  private readonly bar = el('progress', { max: '1', value: '0', 'aria-label': 'Companies searched' });
  private readonly stages = el('ol', { class: 'stages' });
  private readonly reading = el('div', {}, el('p', { class: 'muted' }, 'Not read yet.'));
  private readonly notices = el('ul', { class: 'notes', 'aria-live': 'polite' });
  private readonly errors = el('ul', { class: 'errors' });
  private readonly started = el('p', { class: 'muted' });
  private readonly cancel = el('button', { type: 'button' }, 'Cancel the hunt');
  private readonly stageState = new Map<string, 'done' | 'running'>();
  private progressText = '';

  constructor(private readonly runId: string) {
    this.cancel.addEventListener('click', () => void this.cancelRun());
    this.root = el(
      'div',
      { class: 'run' },
      el('h1', { tabindex: '-1' }, 'Hunt in progress'),
      this.started,
      el('div', { class: 'card' }, this.stateLine, this.bar, this.stages, this.cancel),
      el(
        'section',
        { class: 'card', 'aria-labelledby': 'r-read' },
        el('h2', { id: 'r-read' }, 'What we understood'),
        this.reading,
      ),
      el(
        'section',
        { class: 'card', 'aria-labelledby': 'r-notes' },
        el('h2', { id: 'r-notes' }, 'Notices'),
        this.notices,
      ),
      el(
        'section',
        { class: 'card', 'aria-labelledby': 'r-errors' },
        el('h2', { id: 'r-errors' }, 'Problems'),
        this.errors,
      ),
    );
    this.drawStages('');
  }

  /** Shows one event; true once the run has ended. */
  apply({ event, data }: ServerEvent): boolean {
    const body = JSON.parse(data) as unknown;
    switch (event) {
      case 'status':
        return this.status(body as RunStatus);
      case 'stage': {
        const { stage, state } = body as { stage: string; state: 'started' | 'done' };
        this.stageState.set(stage, state === 'done' ? 'done' : 'running');
        this.drawStages(state === 'started' ? stage : '');
        return false;
      }
      case 'progress': {
        const { done, total, company } = body as { done: number; total: number; company?: string };
        this.showProgress(done, total, company);
        return false;
      }
      case 'understanding':
        this.showReading((body as Understanding).reading);
        return false;
      case 'notice':
        append(this.notices, el('li', {}, (body as { message: string }).message));
        return false;
      case 'end':
        this.end((body as { status: string }).status);
        return true;
      default:
        return false;
    }
  }

  problem(text: string): void {
    fill(this.stateLine, text);
  }

  private status(run: RunStatus): boolean {
    fill(this.started, `Started ${formatDateTime(run.startedAt)}`);
    for (const stage of run.finishedStages ?? []) this.stageState.set(stage, 'done');
    if (run.currentStage) this.stageState.set(run.currentStage, 'running');
    this.drawStages(run.currentStage ?? '');
    if (run.progress) this.showProgress(run.progress.companiesDone, run.progress.companiesTotal);
    if (run.reading) this.showReading(run.reading);
    this.showErrors(run.errors ?? []);
    if (run.status === 'queued') fill(this.stateLine, 'Waiting for a free slot: other hunts are running.');
    if (ENDED.has(run.status)) this.end(run.status);
    return this.finished;
  }

  private showProgress(done: number, total: number, company?: string): void {
    this.bar.max = Math.max(total, 1);
    this.bar.value = done;
    this.progressText = `${done} of ${total} companies searched${company ? ` (last: ${company})` : ''}`;
    fill(this.stateLine, this.progressText);
  }

  private showReading(reading: Reading): void {
    fill(this.reading, readingList(reading));
  }

  private showErrors(errors: RunError[]): void {
    fill(this.errors, ...errors.map((e) => el('li', {}, [e.company, e.message].filter(Boolean).join(': '))));
    if (errors.length === 0) append(this.errors, el('li', { class: 'muted' }, 'None so far.'));
  }

  private drawStages(current: string): void {
    fill(
      this.stages,
      ...Object.entries(STAGE_LABELS).map(([stage, label]) => {
        const state = this.stageState.get(stage) ?? (stage === current ? 'running' : 'waiting');
        return el(
          'li',
          { class: `stage ${state}`, 'aria-current': stage === current ? 'step' : null },
          label,
          el('span', { class: 'stage-state' }, ` — ${state}`),
        );
      }),
    );
  }

  private end(status: string): void {
    if (this.finished) return;
    this.finished = true;
    this.cancel.remove();
    if (status === 'failed') {
      fill(this.stateLine, 'The hunt failed. The problems are listed below.');
      void this.loadErrors();
      return;
    }
    fill(this.stateLine, 'The hunt is done. Opening the results…');
    location.hash = `#/runs/${encodeURIComponent(this.runId)}/results`;
  }

  private async loadErrors(): Promise<void> {
    try {
      const res = await call(`/runs/${encodeURIComponent(this.runId)}`);
      this.showErrors(((await res.json()) as RunStatus).errors ?? []);
    } catch (e) {
      fill(this.errors, el('li', {}, problemText(e)));
    }
  }

  private async cancelRun(): Promise<void> {
    this.cancel.disabled = true;
    try {
      await call(`/runs/${encodeURIComponent(this.runId)}/cancel`, { method: 'POST' });
      fill(this.stateLine, 'Cancelling: the hunt stops after the step it is in and keeps what it found.');
    } catch (e) {
      fill(this.stateLine, problemText(e));
      this.cancel.disabled = false;
    }
  }
}
