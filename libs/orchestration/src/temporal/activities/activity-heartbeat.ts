import { Context } from '@temporalio/activity';
import type { RunHooks } from '../../stages/stage-context';
import type { StageName } from '../../stages/stage-names';

/** What a heartbeat carries: where the activity is, never data (heartbeats can end up in history). */
export interface HeartbeatDetails {
  stage: StageName;
  note: string;
}

/** Often enough that a heartbeat timeout of 30 s or more notices a dead worker; the SDK throttles the rest. */
export const DEFAULT_HEARTBEAT_INTERVAL_MS = 5_000;

/**
 * Runs `work` inside the current activity with a heartbeat on a timer and on every progress
 * hook, and hands it the activity's cancellation signal: cancellation reaches an activity only
 * through heartbeats, and reaches the agents only through that signal.
 *
 * No heartbeat at the start: the server's heartbeat timeout already runs from the activity's
 * start, so a worker dying before the first beat is noticed all the same; and the SDK sends a
 * first heartbeat on at once (encoded, handed to Core, a call to the server), which for a run's
 * hundreds of sub-second company scrapes was pure overhead. A cancel reaches a longer activity
 * through the answers to its timer beats, as it did before through those after the first.
 */
export async function withHeartbeat<T>(
  stage: StageName,
  intervalMs: number,
  work: (hooks: RunHooks, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const ctx = Context.current();
  // A local activity cannot heartbeat (the workflow's worker runs it and hands it a cancel directly).
  const beat = ctx.info.isLocal
    ? (): void => undefined
    : (note: string): void => ctx.heartbeat({ stage, note } satisfies HeartbeatDetails);
  const hooks: RunHooks = {
    onStageStart: () => beat('started'),
    onStageDone: (_stage, summary) => beat(summary),
    onScrapeProgress: (done, total, company) => beat(`${done}/${total} ${company}`),
    onNotice: (message) => {
      ctx.log.warn(message);
      beat('notice');
    },
  };
  const timer = setInterval(() => beat('working'), intervalMs);
  try {
    return await work(hooks, ctx.cancellationSignal);
  } finally {
    clearInterval(timer);
  }
}
