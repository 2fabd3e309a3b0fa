import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Response } from 'express';
import type { RunStatus, Understanding } from '@job-hunter/domain';
import { RunEvents, type RunEvent } from './run-events';
import { RunReader } from './run-reader';
import type { RunView } from './run-view';

/** A comment line this often keeps proxies from closing a quiet stream. */
export const KEEP_ALIVE_MS = 15_000;
/** How often a run another process runs is asked for its status. */
export const POLL_MS = 1000;

const ENDED: readonly RunStatus[] = ['success', 'partial', 'failed', 'interrupted'];

/**
 * `GET /runs/:id/events`: a `status` event (the run as `GET /runs/:id` gives it), then the run's
 * events as they happen, and `end` when it ends, after which the stream closes. A run this process
 * runs is followed through its hooks; any other (a Temporal run started elsewhere) by asking its
 * orchestrator every second and telling what changed.
 */
@Injectable()
export class RunStream implements BeforeApplicationShutdown {
  /** The streams open now, each with the function that closes it. */
  private readonly open = new Set<() => void>();

  constructor(
    private readonly reader: RunReader,
    private readonly events: RunEvents,
  ) {}

  /** Streams run `runId` into `res`; `here` when this process runs it. Throws (before answering) for an unknown run. */
  async follow(runId: string, res: Response, here: boolean): Promise<void> {
    const held: RunEvent[] = [];
    let send = (event: RunEvent): void => void held.push(event);
    const unsubscribe = here ? this.events.subscribe(runId, (e) => send(e)) : () => undefined;
    let view: RunView;
    try {
      view = await this.reader.view(runId);
    } catch (e) {
      unsubscribe();
      throw e;
    }
    res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    const timers: NodeJS.Timeout[] = [];
    const close = (): void => {
      this.open.delete(close);
      timers.forEach((t) => clearInterval(t));
      unsubscribe();
      if (!res.writableEnded) res.end();
    };
    this.open.add(close);
    res.on('close', close);
    send = (event) => {
      if (res.writableEnded) return;
      res.write(`event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`);
      if (event.type === 'end') close();
    };
    send({ type: 'status', data: view });
    if (ENDED.includes(view.status)) return send({ type: 'end', data: { status: view.status } });
    held.splice(0).forEach((e) => send(e));
    timers.push(setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS));
    if (!here) timers.push(this.poll(runId, view, send));
  }

  /** Ends every open stream before the server closes, which waits for open connections. */
  beforeApplicationShutdown(): void {
    for (const close of [...this.open]) close();
  }

  /** Asks for the run's state every POLL_MS and sends what changed. */
  private poll(runId: string, first: RunView, send: (event: RunEvent) => void): NodeJS.Timeout {
    let last = first;
    let busy = false;
    return setInterval(() => {
      if (busy) return;
      busy = true;
      void this.reader
        .view(runId)
        .then(async (now) => {
          const understanding = !last.reading && now.reading ? await this.reader.understanding(runId) : undefined;
          for (const event of changes(last, now, understanding)) send(event);
          last = now;
        })
        .catch(() => undefined)
        .finally(() => (busy = false));
    }, POLL_MS);
  }
}

/**
 * The events that tell how `now` differs from `before`: stages finished and started, the
 * understanding once the run has read the preferences (given when it is new), and the end.
 */
export function changes(before: RunView, now: RunView, understanding?: Understanding): RunEvent[] {
  const events: RunEvent[] = [];
  for (const stage of now.finishedStages.filter((s) => !before.finishedStages.includes(s))) {
    events.push({ type: 'stage', data: { stage, state: 'done', summary: null } });
  }
  if (now.currentStage && now.currentStage !== before.currentStage) {
    events.push({ type: 'stage', data: { stage: now.currentStage, state: 'started', summary: null } });
  }
  if (understanding) events.push({ type: 'understanding', data: understanding });
  if (ENDED.includes(now.status)) events.push({ type: 'end', data: { status: now.status } });
  return events;
}
