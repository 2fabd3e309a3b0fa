import type {
  CandidateProfile,
  CostSummary,
  EngineKind,
  NormalisedJob,
  RunError,
  ScoredJob,
  SearchPreferences,
} from '@job-hunter/domain';

export interface ScoringContext {
  /** The run's reference time: recency is judged against it, never the wall clock. */
  now: Date;
  signal?: AbortSignal;
}

export interface ScoringOutcome {
  scored: ScoredJob[];
  cost: CostSummary;
  /** Jobs an engine could not score; the rest of the batch still counts. */
  errors: RunError[];
}

/** Who scores jobs against a candidate: the offline heuristic engine, or an LLM-backed one. */
export interface ScoringEngine {
  readonly kind: EngineKind;
  score(
    jobs: NormalisedJob[],
    profile: CandidateProfile,
    prefs: SearchPreferences,
    ctx: ScoringContext,
  ): Promise<ScoringOutcome>;
}

/** Multi-provider token: every ScoringEngine the app has, collected into one array. */
export const SCORING_ENGINES = Symbol('SCORING_ENGINES');
