import type { EngineKind } from '@job-hunter/domain';
import type { ScoringOutcome } from '@job-hunter/llm';

export interface ScoreOptions {
  engine: EngineKind;
  now: Date;
  signal?: AbortSignal;
}

export type ScoreResult = ScoringOutcome & {
  /** The engine that actually scored (may differ from the one asked for; see notice). */
  engine: EngineKind;
  notice?: string;
};
