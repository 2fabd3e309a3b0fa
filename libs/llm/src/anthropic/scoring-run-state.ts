import { errorMessage, isJobHunterError, type RunError } from '@job-hunter/domain';
import type { CostLedger } from '../client/llm-client.types';
import type { BatchResult } from './batch-scorer';
import type { PromptJob } from './scoring-prompt';

const STAGE = 'scoreJobs';
/** After this many failed calls the model is taken to be down, and the rest is scored offline. */
const MAX_FAILED_CALLS = 2;

type StopReason = 'budget' | 'model';

/** A call refused (or stopped) because the run's budget cannot pay for it. */
export function isBudget(error: unknown): boolean {
  return isJobHunterError(error) && error.code === 'BUDGET_EXCEEDED';
}

/** What happened during one scoring run: calls, stops and the errors to report. */
export class ScoringRunState {
  calls = 0;
  fromCache = 0;
  private stopReason: StopReason | null = null;
  private budgetMessage = '';
  private unpaid = 0;
  private failedCalls = 0;
  private readonly invalid: RunError[] = [];
  private readonly callErrors: RunError[] = [];

  constructor(private readonly ledger: CostLedger) {}

  get stopped(): boolean {
    return this.stopReason !== null || this.ledger.exhausted;
  }

  /** A batch that was never sent because paying had stopped. */
  skip(batch: readonly PromptJob[]): void {
    if (!this.stopReason && this.ledger.exhausted) this.stopReason = 'budget';
    this.unpaid += batch.length;
  }

  noteBatch(batch: readonly PromptJob[], result: BatchResult): void {
    const why = result.repairFailed ? `; no repair was possible (${errorMessage(result.repairFailed)})` : '';
    for (const [id, problems] of result.invalid) {
      const job = batch.find((p) => p.job.id === id)?.job;
      this.invalid.push({
        stage: STAGE,
        code: 'LLM_INVALID_OUTPUT',
        message:
          `Claude's answer for "${job?.title ?? id}" failed validation (${problems.slice(0, 3).join('; ')})${why}; ` +
          'the job was scored offline.',
        ...(job ? { company: job.company } : {}),
      });
    }
    if (result.repairFailed) this.noteCallError(result.repairFailed, 0);
  }

  noteFailedCall(batch: readonly PromptJob[], error: unknown): void {
    if (isBudget(error)) this.unpaid += batch.length;
    this.noteCallError(error, batch.length);
  }

  private noteCallError(error: unknown, jobs: number): void {
    if (isBudget(error)) {
      this.stopReason = 'budget';
      this.budgetMessage = errorMessage(error);
      return;
    }
    this.failedCalls++;
    this.callErrors.push({
      stage: STAGE,
      code: isJobHunterError(error) ? error.code : 'LLM_ERROR',
      message:
        `Claude could not score ${jobs > 0 ? `a batch of ${jobs} jobs` : 'the repair of a batch'} ` +
        `(${errorMessage(error)}); those jobs were scored offline.`,
    });
    // A refused key or an unknown model fails every call alike; anything else gets a second chance.
    const fatal = isJobHunterError(error) && (error.code === 'LLM_AUTH' || error.code === 'CONFIG_INVALID');
    if (!this.stopReason && (fatal || this.failedCalls >= MAX_FAILED_CALLS)) this.stopReason = 'model';
  }

  errors(): RunError[] {
    const out = [...this.invalid, ...this.callErrors];
    if (this.stopReason === 'budget') {
      out.push({
        stage: STAGE,
        code: 'BUDGET_EXCEEDED',
        message:
          `${this.budgetMessage || 'The budget for paid calls in this run is spent.'} ` +
          `Claude stopped scoring; ${this.unpaid} remaining jobs were scored offline. ` +
          'Raise JH_MAX_COST_PER_RUN_USD to let Claude score them all.',
      });
    } else if (this.stopReason === 'model' && this.unpaid > 0) {
      out.push({
        stage: STAGE,
        code: 'LLM_ERROR',
        message: `Stopped calling Claude after ${this.failedCalls} failed calls; ${this.unpaid} more jobs were scored offline.`,
      });
    }
    return out;
  }

  /** Said to the person when the run did not get the engine it asked for on every job. */
  notice(byModel: number, offline: number): string | undefined {
    if (this.stopReason === 'budget') {
      return (
        `The run's budget for Claude was spent: ${byModel} jobs were scored by Claude and ${offline} with the ` +
        'offline engine. Raise JH_MAX_COST_PER_RUN_USD to score them all with Claude.'
      );
    }
    if (this.stopReason === 'model') {
      return `Claude failed repeatedly: ${byModel} jobs were scored by Claude and ${offline} with the offline engine.`;
    }
    return undefined;
  }
}
