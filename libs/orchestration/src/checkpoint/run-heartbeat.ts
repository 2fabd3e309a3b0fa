import type { StoredRun } from '@job-hunter/persistence';
import type { RunHooks } from '../stages/stage-context';

/** How often a live run beats even when no step finishes (a long scoring stage). */
export const HEARTBEAT_INTERVAL_MS = 60_000;

/**
 * A `running` run with no heartbeat for this long was killed (SIGKILL, power loss, a closed
 * terminal): `status` shows it as interrupted. Ten beats' worth, so a busy machine is not misread.
 */
export const STALE_RUN_MS = 10 * 60_000;

/**
 * Keeps a run's heartbeat fresh while its stages run in this process: at every stage start and
 * end, every company scraped, and on a timer. Writes never overlap and never fail the run.
 */
export class RunHeartbeat {
  private inFlight: Promise<void> | undefined;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly write: () => Promise<void>,
    intervalMs = HEARTBEAT_INTERVAL_MS,
  ) {
    this.timer = setInterval(() => this.beat(), intervalMs);
    // The timer must not keep a finished process alive.
    this.timer.unref();
    this.beat();
  }

  /**
   * The hooks, the step ones also beating. Every hook is forwarded by name (a spread would lose a
   * class's methods, such as the CLI's progress display); `Required` makes a new hook a compile error here.
   */
  around(hooks: RunHooks): Required<RunHooks> {
    return {
      onNotice: (message) => hooks.onNotice?.(message),
      onUnderstanding: (understanding) => hooks.onUnderstanding?.(understanding),
      onStageStart: (stage) => {
        this.beat();
        hooks.onStageStart?.(stage);
      },
      onStageDone: (stage, summary) => {
        this.beat();
        hooks.onStageDone?.(stage, summary);
      },
      onScrapeProgress: (done, total, company) => {
        this.beat();
        hooks.onScrapeProgress?.(done, total, company);
      },
    };
  }

  beat(): void {
    if (this.inFlight) return;
    this.inFlight = this.write()
      .catch(() => undefined)
      .finally(() => (this.inFlight = undefined));
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.inFlight;
  }
}

/**
 * When a stored `running` run last showed life, if that is longer ago than `staleMs`: it was
 * killed without a chance to say so. Runs stored before heartbeats fall back to their last update.
 */
export function staleSince(
  run: Pick<StoredRun, 'status' | 'heartbeatAt' | 'updatedAt'>,
  now: Date = new Date(),
  staleMs = STALE_RUN_MS,
): string | undefined {
  if (run.status !== 'running') return undefined;
  const last = run.heartbeatAt ?? run.updatedAt;
  return now.getTime() - Date.parse(last) > staleMs ? last : undefined;
}
