import { addCosts, costSince, emptyCost, type CostSummary } from '@job-hunter/domain';
import { RunCostLedger, type UnderstandingOptions } from '@job-hunter/llm';
import type { CheckpointRepository } from '@job-hunter/persistence';
import type { StageContext } from './stage-context';
import type { StageRunner } from './stage-runner';

/**
 * Checkpoint item (under its parse stage, beside the stage output at key '') holding what
 * Claude's refinement of the resume or the preferences cost, so the budget and the result
 * count it whichever process ran the stage (on Temporal the client parses before the workflow).
 */
export const UNDERSTANDING_COST_KEY = 'cost';

export const UNDERSTANDING_STAGES = ['parseResume', 'parsePreferences'] as const;
export type UnderstandingStage = (typeof UNDERSTANDING_STAGES)[number];

/** What the run's understanding calls cost so far: one stage's, or both stages' when none is named. */
export async function storedUnderstandingCost(
  checkpoints: Pick<CheckpointRepository, 'load'>,
  runId: string,
  stage?: UnderstandingStage,
): Promise<CostSummary> {
  const stages = stage ? [stage] : UNDERSTANDING_STAGES;
  const costs = await Promise.all(stages.map((s) => checkpoints.load<CostSummary>(runId, s, UNDERSTANDING_COST_KEY)));
  return addCosts(...costs.map((c) => c ?? emptyCost()));
}

/**
 * Runs a parse stage with the run's ledger, seeded with the understanding already paid for, and
 * adds this call's spend to the stage's cost item (added, not replaced: a rerun after a crash paid again).
 */
export async function withUnderstanding<T>(
  r: Pick<StageRunner, 'checkpoints'>,
  ctx: Pick<StageContext, 'config' | 'settings' | 'hooks'>,
  stage: UnderstandingStage,
  parse: (opts: UnderstandingOptions) => Promise<T>,
): Promise<T> {
  const { runId, engine, dryRun } = ctx.config;
  const before = await storedUnderstandingCost(r.checkpoints, runId);
  const ledger = new RunCostLedger({
    budgetUsd: ctx.settings.maxCostPerRunUsd,
    spent: before,
    warn: (m) => ctx.hooks.onNotice?.(m),
  });
  // Claude refines the rules' reading only on a paid 'anthropic' run; the agents decide from engine and dryRun.
  const output = await parse({ engine, dryRun, ledger });
  if (ledger.paidCalls > 0) {
    const own = await storedUnderstandingCost(r.checkpoints, runId, stage);
    const share = costSince(ledger.summary(), before);
    await r.checkpoints.save(runId, stage, addCosts(own, share), UNDERSTANDING_COST_KEY);
  }
  return output;
}
