import { Injectable } from '@nestjs/common';
import type { RunStatus } from '@job-hunter/domain';
import type { RunHooks } from '@job-hunter/orchestration';

/** One server-sent event of a run (contract section 7, `GET /runs/:id/events`). */
export interface RunEvent {
  type: 'status' | 'stage' | 'progress' | 'understanding' | 'notice' | 'end';
  data: unknown;
}

export type RunEventListener = (event: RunEvent) => void;

/** How far the run's scraping has got, as the last progress event said. */
export interface ScrapeProgress {
  companiesDone: number;
  companiesTotal: number;
}

/**
 * The events of the runs this process runs, fed by their RunHooks and handed to whoever follows
 * them; nothing is kept once a run ends (a late follower reads the stored run instead).
 */
@Injectable()
export class RunEvents {
  private readonly listeners = new Map<string, Set<RunEventListener>>();
  private readonly progress = new Map<string, ScrapeProgress>();
  /** The runs this process follows now (from their hooks to their end). */
  private readonly live = new Set<string>();

  /** The hooks a run started here reports through; its events are live until it ends. */
  hooksFor(runId: string): RunHooks {
    this.live.add(runId);
    return {
      onStageStart: (stage) => this.publish(runId, { type: 'stage', data: { stage, state: 'started', summary: null } }),
      onStageDone: (stage, summary) => this.publish(runId, { type: 'stage', data: { stage, state: 'done', summary } }),
      onScrapeProgress: (done, total, company) => {
        this.progress.set(runId, { companiesDone: done, companiesTotal: total });
        this.publish(runId, { type: 'progress', data: { done, total, company } });
      },
      onUnderstanding: (understanding) => this.publish(runId, { type: 'understanding', data: understanding }),
      onNotice: (message) => this.publish(runId, { type: 'notice', data: { message } }),
    };
  }

  /** Calls `listener` with the run's events until the returned function is called or the run ends. */
  subscribe(runId: string, listener: RunEventListener): () => void {
    const set = this.listeners.get(runId) ?? new Set<RunEventListener>();
    set.add(listener);
    this.listeners.set(runId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(runId) === set) this.listeners.delete(runId);
    };
  }

  /** Whether this process follows the run now, so its events come from here. */
  isLive(runId: string): boolean {
    return this.live.has(runId);
  }

  progressOf(runId: string): ScrapeProgress | undefined {
    return this.progress.get(runId);
  }

  /** The run ended with `status`: the last event, after which its followers are let go. */
  end(runId: string, status: RunStatus): void {
    this.publish(runId, { type: 'end', data: { status } });
    this.listeners.delete(runId);
    this.progress.delete(runId);
    this.live.delete(runId);
  }

  private publish(runId: string, event: RunEvent): void {
    for (const listener of [...(this.listeners.get(runId) ?? [])]) listener(event);
  }
}
