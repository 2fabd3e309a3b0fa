import type { UnderstandingOptions } from '@job-hunter/llm';
import type { CheckpointRepository } from '@job-hunter/persistence';
import { ledgerScope, withRunLedger } from './run-cost';
import type { StageContext } from './stage-context';

/** Steps before any company is searched, whose spend is Claude's reading of the resume and preferences. */
export const UNDERSTANDING_STAGES = ['parseResume', 'parsePreferences'] as const;
export type UnderstandingStage = (typeof UNDERSTANDING_STAGES)[number];

/** Runs a parse stage with the run's ledger; what Claude's reading paid goes to the stage's ledger entry. */
export function withUnderstanding<T>(
  checkpoints: Pick<CheckpointRepository, 'load' | 'save' | 'loadAll'>,
  ctx: Pick<StageContext, 'config' | 'settings' | 'hooks'>,
  stage: UnderstandingStage,
  parse: (opts: UnderstandingOptions) => Promise<T>,
): Promise<T> {
  const { runId, engine, dryRun } = ctx.config;
  const scope = ledgerScope(runId, ctx.settings, stage, ctx.hooks);
  // Claude refines the rules' reading only on a paid 'anthropic' run; the agents decide from engine and dryRun.
  return withRunLedger(checkpoints, scope, (ledger) => parse({ engine, dryRun, ledger }));
}
