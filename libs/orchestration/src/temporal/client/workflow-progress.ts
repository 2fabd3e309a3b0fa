import type { JobHuntOutput, JobHuntProgress } from '../activities/activity-contract';
import type { RunHooks } from '../../stages/stage-context';
import { STAGE_NAMES, type StageName } from '../../stages/stage-names';
import type { JobHuntHandle } from './job-hunt-workflows.client';

/**
 * Turns successive progress snapshots into RunHooks calls, each event once, in stage
 * order, whatever snapshots the polling happened to catch.
 */
export class ProgressReporter {
  private readonly started = new Set<StageName>();
  private readonly done = new Set<StageName>();
  private scraped = -1;
  private budgetNoticed = false;

  constructor(
    private readonly hooks: RunHooks,
    /** The line shown when a stage finishes (built from its stored output). */
    private readonly summarise: (stage: StageName) => Promise<string>,
    /** What else a finished stage shows from the store (e.g. the reading), before its line. */
    private readonly show: (stage: StageName) => Promise<void> = async () => undefined,
  ) {}

  async update(p: JobHuntProgress): Promise<void> {
    await this.finish(p.finishedStages);
    if (p.stage && !this.done.has(p.stage)) this.begin(p.stage);
    const { total, done, failed, running } = p.companies;
    // `done` counts every finished company, failed ones included.
    if (p.stage === 'scrapeJobs' && total > 0 && done !== this.scraped) {
      this.scraped = done;
      this.hooks.onScrapeProgress?.(this.scraped, total, `${running} in flight, ${failed} failed`);
    }
    if (p.budgetExhausted && !this.budgetNoticed) {
      this.budgetNoticed = true;
      this.hooks.onNotice?.('The run reached its cost budget (JH_MAX_COST_PER_RUN_USD); it finishes with what it has.');
    }
  }

  async finish(stages: readonly StageName[]): Promise<void> {
    for (const stage of STAGE_NAMES) {
      if (!stages.includes(stage) || this.done.has(stage)) continue;
      this.begin(stage);
      this.done.add(stage);
      await this.show(stage);
      if (this.hooks.onStageDone) this.hooks.onStageDone(stage, await this.summarise(stage));
    }
  }

  private begin(stage: StageName): void {
    if (this.started.has(stage)) return;
    this.started.add(stage);
    this.hooks.onStageStart?.(stage);
  }
}

/** A worker answers a query in milliseconds; without one it would wait indefinitely. */
export const QUERY_DEADLINE_MS = 3000;

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Waits for the workflow's result, feeding the reporter from the progress query meanwhile.
 * A query that cannot be answered (no worker yet, a replay in progress) is skipped, and
 * never holds up the result.
 */
export async function awaitWorkflow(
  handle: JobHuntHandle,
  reporter: ProgressReporter,
  pollIntervalMs: number,
  queryDeadlineMs = QUERY_DEADLINE_MS,
): Promise<Settled<JobHuntOutput>> {
  const outcome = settle(handle.result());
  const finished = outcome.then(() => undefined);
  for (;;) {
    const early = await Promise.race([outcome, delay(pollIntervalMs)]);
    if (early) return early;
    const progress = await Promise.race([handle.progress(queryDeadlineMs).catch(() => undefined), finished]);
    if (progress) await reporter.update(progress).catch(() => undefined);
  }
}

function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

/** Resolves undefined after `ms`; unref'd so a pending poll never keeps the process alive. */
function delay(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
}
