import { addCosts, costSince, type CostSummary, type RunSettings } from '@job-hunter/domain';
import { RunCostLedger } from '@job-hunter/llm';
import type { CheckpointRepository } from '@job-hunter/persistence';
import type { RunHooks } from './stage-context';

/**
 * The run's cost ledger: per-item checkpoints of this pseudo-stage, one entry per paid step
 * (`parseResume`, `parsePreferences`, `scoreJobs/pass-001`, `discovery/round-002`, …). The one
 * place a run's paid calls are added up; the budget, the workflow's guardrail and the result
 * all read its total.
 */
export const COST_STAGE = 'cost';

type Store = Pick<CheckpointRepository, 'load' | 'save' | 'loadAll'>;

/** Everything the run has paid for so far, summed with the domain's rounding. */
export async function runCostTotal(
  checkpoints: Pick<CheckpointRepository, 'loadAll'>,
  runId: string,
): Promise<CostSummary> {
  const entries = await checkpoints.loadAll<CostSummary>(runId, COST_STAGE);
  return addCosts(...entries.map((e) => e.data));
}

export interface LedgerScope {
  runId: string;
  /** The run's budget (its settings). */
  budgetUsd: number;
  /**
   * The run's model (its settings): every call the step pays for asks it and is priced at its
   * rates, whatever this process's JH_ANTHROPIC_MODEL says. Unset: the client's own model.
   */
  model?: string;
  /** The ledger entry this step's spend is added to. */
  entry: string;
  warn?: (message: string) => void;
}

/** The scope of one paid step: the run's budget and model from its settings, warnings to its notices. */
export function ledgerScope(
  runId: string,
  settings: Pick<RunSettings, 'maxCostPerRunUsd' | 'model'>,
  entry: string,
  hooks: Pick<RunHooks, 'onNotice'>,
): LedgerScope {
  const warn = (m: string): void => hooks.onNotice?.(m);
  return { runId, budgetUsd: settings.maxCostPerRunUsd, model: settings.model, entry, warn };
}

/**
 * Runs one paid step with a ledger seeded with the run's total, so the budget covers every call
 * the run made, then adds what the step paid to its entry, even when the step failed or was
 * cancelled (the calls were paid all the same). Added, never replaced: a step run again after a
 * crash paid again.
 */
export async function withRunLedger<T>(
  checkpoints: Store,
  scope: LedgerScope,
  work: (ledger: RunCostLedger) => Promise<T>,
): Promise<T> {
  const before = await runCostTotal(checkpoints, scope.runId);
  const { budgetUsd, model, warn } = scope;
  const ledger = new RunCostLedger({ budgetUsd, model, spent: before, warn });
  try {
    return await work(ledger);
  } finally {
    if (ledger.paidCalls > 0) {
      const earlier = await checkpoints.load<CostSummary>(scope.runId, COST_STAGE, scope.entry);
      const paid = costSince(ledger.summary(), before);
      await checkpoints.save(scope.runId, COST_STAGE, earlier ? addCosts(earlier, paid) : paid, scope.entry);
    }
  }
}
