import type { EngineKind } from '@job-hunter/domain';
import type { CostLedger, ScoringOutcome } from '@job-hunter/llm';

export interface ScoreOptions {
  engine: EngineKind;
  now: Date;
  signal?: AbortSignal;
  /**
   * The run's ledger, seeded with what the run already spent, so a paid engine keeps the whole
   * run within JH_MAX_COST_PER_RUN_USD; without it the engine starts from the full budget.
   */
  ledger?: CostLedger;
  /** The run's own JH_TOP_K_SEMANTIC (its settings); absent, the process's. */
  topK?: number;
}

/** How the pre-shortlist split the jobs before a paid engine scored them. */
export interface PreShortlistSummary {
  /** JH_TOP_K_SEMANTIC: how many jobs the paid engine may see. */
  k: number;
  /** Jobs the scorer was given (after the hard filters). */
  candidates: number;
  /** The most similar jobs, sent to the paid engine. */
  sentToEngine: number;
  /** The others: scored by the offline engine and marked so in their reasons. */
  scoredOffline: number;
}

export type ScoreResult = ScoringOutcome & {
  /** The engine that actually scored (may differ from the one asked for; see notice). */
  engine: EngineKind;
  notice?: string;
  /** Set when a paid engine scored and the pre-shortlist kept some jobs from it. */
  preShortlist?: PreShortlistSummary;
};
