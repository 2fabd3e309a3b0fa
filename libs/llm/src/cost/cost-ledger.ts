import { Logger } from '@nestjs/common';
import { emptyCost, JobHunterError, type CostSummary } from '@job-hunter/domain';
import type { CostLedger, LlmReply } from '../client/llm-client.types';

/** Share of the budget at which the run warns (once) that paid calls will soon stop. */
export const BUDGET_WARNING_SHARE = 0.8;

export interface RunCostLedgerOptions {
  /** The run's budget in dollars (JH_MAX_COST_PER_RUN_USD); 0 allows no paid call. */
  budgetUsd: number;
  /** What an earlier attempt of the same run already spent (a resumed checkpoint or Temporal activity). */
  spent?: CostSummary;
  /** Where the 80 % warning goes; Nest's logger by default. */
  warn?: (message: string) => void;
  /** The run's model (its settings): calls charged here ask it, whatever the process's JH_ANTHROPIC_MODEL. */
  model?: string;
}

/** The spend of one reply, in the run's cost shape. */
export function costOfReply(reply: Pick<LlmReply, 'usage' | 'costUsd'>): CostSummary {
  return { ...reply.usage, estimatedCostUsd: reply.costUsd };
}

const usd = (n: number) => `$${n.toFixed(4)}`;
const RAISE = 'Raise JH_MAX_COST_PER_RUN_USD to let Claude do more; what it did not do is done offline.';

/**
 * One run's spend against its budget. Before every paid call the caller reserves the most the call
 * can cost; a call that does not fit in what is left (spent plus reservations of calls in flight)
 * is refused, so the budget is a hard cap even with calls running at once. The reservation is
 * released when the call ends and its actual cost recorded.
 */
export class RunCostLedger implements CostLedger {
  private readonly totals: Required<CostSummary>;
  private readonly warn: (message: string) => void;
  private warned = false;
  private calls = 0;
  private held = 0;

  constructor(private readonly options: RunCostLedgerOptions) {
    if (!Number.isFinite(options.budgetUsd) || options.budgetUsd < 0) {
      throw new JobHunterError(
        'CONFIG_INVALID',
        `The LLM budget must be a dollar amount ≥ 0, got ${options.budgetUsd}.`,
      );
    }
    const start = options.spent ?? emptyCost();
    this.totals = {
      inputTokens: start.inputTokens,
      outputTokens: start.outputTokens,
      cacheReadTokens: start.cacheReadTokens ?? 0,
      cacheWriteTokens: start.cacheWriteTokens ?? 0,
      estimatedCostUsd: start.estimatedCostUsd,
    };
    const logger = new Logger('CostLedger');
    this.warn = options.warn ?? ((message) => logger.warn(message));
    this.warnIfNear();
  }

  get budgetUsd(): number {
    return this.options.budgetUsd;
  }

  get model(): string | undefined {
    return this.options.model;
  }

  get spentUsd(): number {
    return this.totals.estimatedCostUsd;
  }

  /** Paid calls recorded by this ledger (not counting an earlier attempt's `spent`). */
  get paidCalls(): number {
    return this.calls;
  }

  get exhausted(): boolean {
    return this.totals.estimatedCostUsd >= this.options.budgetUsd;
  }

  /**
   * Holds `upToUsd` of the budget for one call and returns the release; throws BUDGET_EXCEEDED
   * (nothing held) when the call might take the run past its budget.
   */
  reserve(purpose: string, upToUsd: number): () => void {
    const budget = this.options.budgetUsd;
    if (this.exhausted) {
      throw new JobHunterError(
        'BUDGET_EXCEEDED',
        `The run's LLM budget is spent (${usd(this.spentUsd)} of ${usd(budget)}), so "${purpose}" was not sent ` +
          `to Claude. ${RAISE}`,
      );
    }
    if (this.spentUsd + this.held + upToUsd > budget) {
      const left = Math.max(0, budget - this.spentUsd - this.held);
      throw new JobHunterError(
        'BUDGET_EXCEEDED',
        `"${purpose}" could cost up to ${usd(upToUsd)}, more than the ${usd(left)} left of the run's ${usd(budget)} ` +
          `LLM budget (${usd(this.spentUsd)} spent${this.held > 0 ? `, ${usd(this.held)} held by calls in flight` : ''}), ` +
          `so it was not sent to Claude. ${RAISE}`,
      );
    }
    this.held += upToUsd;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.held = Math.max(0, this.held - upToUsd);
    };
  }

  record(reply: Pick<LlmReply, 'usage' | 'costUsd'>): void {
    this.calls += 1;
    this.totals.inputTokens += reply.usage.inputTokens;
    this.totals.outputTokens += reply.usage.outputTokens;
    this.totals.cacheReadTokens += reply.usage.cacheReadTokens;
    this.totals.cacheWriteTokens += reply.usage.cacheWriteTokens;
    this.totals.estimatedCostUsd += reply.costUsd;
    this.warnIfNear();
  }

  summary(): CostSummary {
    return { ...this.totals, estimatedCostUsd: Math.round(this.totals.estimatedCostUsd * 1e6) / 1e6 };
  }

  private warnIfNear(): void {
    if (this.warned || this.options.budgetUsd === 0) return;
    if (this.totals.estimatedCostUsd < BUDGET_WARNING_SHARE * this.options.budgetUsd) return;
    this.warned = true;
    this.warn(
      `LLM spend has reached ${usd(this.spentUsd)}, ${Math.round((this.spentUsd / this.budgetUsd) * 100)}% of the ` +
        `run's ${usd(this.budgetUsd)} budget (JH_MAX_COST_PER_RUN_USD); Claude stops scoring when it is spent.`,
    );
  }
}
