// The workflow's bookkeeping: progress for the query, the run's spend, the budget guardrail,
// the stop reason and the errors handed to aggregate. Pure, so it runs inside the sandbox.
import { ActivityFailure, ApplicationFailure, CancellationScope, TimeoutFailure } from '@temporalio/workflow';
import type { ActivityReport, AggregateInput, JobHuntInput, JobHuntProgress } from '../activities/activity-contract';
import type { StageName } from '../../stages/stage-names';

// Domain types reached through the contract, so the sandbox needs no path alias.
type RunError = AggregateInput['extraErrors'][number];

export type StopCode = 'BUDGET_EXCEEDED' | 'CANCELLED';

/**
 * Steps before any company is searched, whose spend is Claude's reading of the resume and preferences.
 * A copy of stages/understanding-cost.ts's list (that file is not sandbox-safe); run-state.spec.ts keeps them equal.
 */
export const UNDERSTANDING_STAGES: readonly StageName[] = ['parseResume', 'parsePreferences'];

/** What a failed activity tells us: the JobHunterError code the activity put in the failure type. */
export function describeFailure(err: unknown): { code: string; message: string; company?: string } {
  const cause = err instanceof ActivityFailure ? err.cause : err;
  if (cause instanceof ApplicationFailure) {
    const detail: unknown = cause.details?.[0];
    const company =
      typeof detail === 'object' && detail !== null && 'company' in detail && typeof detail.company === 'string'
        ? detail.company
        : undefined;
    return { code: cause.type ?? 'INTERNAL', message: cause.message, ...(company ? { company } : {}) };
  }
  if (cause instanceof TimeoutFailure) return { code: 'INTERNAL', message: `timed out (${cause.timeoutType})` };
  return { code: 'INTERNAL', message: cause instanceof Error ? cause.message : String(cause) };
}

export class RunState {
  readonly errors: RunError[] = [];
  readonly progress: JobHuntProgress;
  /** Milliseconds per step, every pass summed (JobHuntOutput.timings). */
  readonly timings: Record<string, number> = {};
  private readonly clocks = new Map<StageName, number>();
  private stopCode: StopCode | null = null;
  private readonly stopListeners: Array<() => void> = [];

  constructor(private readonly input: JobHuntInput) {
    this.progress = {
      runId: input.runId,
      stage: null,
      finishedStages: [],
      companies: { total: 0, done: 0, failed: 0, running: 0 },
      cost: { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, estimatedCostUsd: 0 },
      cancelRequested: false,
      budgetExhausted: false,
    };
  }

  get stopped(): StopCode | null {
    return this.stopCode;
  }

  /** Runs `listener` once when the run is stopped (now, if it already is). */
  onStop(listener: () => void): void {
    if (this.stopCode) listener();
    else this.stopListeners.push(listener);
  }

  /** Runs `fn` in a scope that a stop cancels (activities in it get a cancellation request). */
  stoppable<T>(fn: () => Promise<T>): Promise<T> {
    const scope = new CancellationScope();
    this.onStop(() => scope.cancel());
    return scope.run(fn);
  }

  begin(stage: StageName): void {
    this.progress.stage = stage;
    if (!this.clocks.has(stage)) this.clocks.set(stage, Date.now());
  }

  finish(stage: StageName): void {
    this.stopClock(stage);
    if (!this.progress.finishedStages.includes(stage)) this.progress.finishedStages.push(stage);
  }

  /**
   * Adds the time since the step began to its total (workflow time: Date.now() in the sandbox is
   * deterministic, so replays agree); a failed step's time counts too.
   */
  stopClock(stage: StageName): void {
    const start = this.clocks.get(stage);
    if (start === undefined) return;
    this.clocks.delete(stage);
    this.timings[stage] = (this.timings[stage] ?? 0) + (Date.now() - start);
  }

  /**
   * Takes the run's spend from a paid activity's report (the run ledger's total; the workflow adds
   * nothing itself), then applies the guardrail: a budget of 0 allows no paid call at all. Spent by
   * the resume and preferences reading, nothing is running yet and scraping is free, so the run
   * goes on without paid calls (offline scoring); spent later, the run stops.
   */
  charge(stage: StageName, report: ActivityReport): void {
    if (!report.cost) return;
    this.progress.cost = report.cost;
    const spent = this.progress.cost.estimatedCostUsd;
    const budget = this.input.budgetUsd;
    const over = budget > 0 ? spent >= budget : spent > 0;
    if (!over || this.progress.budgetExhausted) return;
    this.progress.budgetExhausted = true;
    const amounts = `The budget of $${budget.toFixed(2)} is spent ($${spent.toFixed(2)}) after ${stage}`;
    const raise = 'Raise JH_MAX_COST_PER_RUN_USD for a full run.';
    if (UNDERSTANDING_STAGES.includes(stage)) {
      this.record({
        stage,
        code: 'BUDGET_EXCEEDED',
        message: `${amounts}: the run goes on without paid calls, so jobs are scored offline. ${raise}`,
      });
      return;
    }
    this.stop('BUDGET_EXCEEDED', stage, `${amounts}: remaining paid work was skipped. ${raise}`);
  }

  requestCancel(reason: string | undefined): void {
    if (this.progress.cancelRequested) return;
    this.progress.cancelRequested = true;
    const stage = this.progress.stage ?? 'parseResume';
    this.stop('CANCELLED', stage, `The run was cancelled${reason ? ` (${reason})` : ''}: the results are partial.`);
  }

  record(error: RunError): void {
    this.errors.push(error);
  }

  recordFailure(stage: StageName, err: unknown): void {
    this.record({ stage, ...describeFailure(err) });
  }

  private stop(code: StopCode, stage: StageName, message: string): void {
    if (!this.stopCode) this.stopCode = code;
    this.record({ stage, code, message });
    for (const listener of this.stopListeners.splice(0)) listener();
  }
}
