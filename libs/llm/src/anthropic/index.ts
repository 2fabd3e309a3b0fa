export * from './anthropic-scoring.engine';
export { SCORING_PROMPT_VERSION, SCORING_RUBRIC, SCORE_TOOL } from './scoring-rubric';
export { EVIDENCE_MARGIN, guardedScore } from './score-guard';
export {
  MemoryScoreCache,
  SCORE_CACHE_STORE,
  scoreCacheKey,
  type ScoreCacheStore,
  type StoredScore,
} from './score-cache';
export type { LlmJobVerdict, EvidenceReason } from './score-reply.validator';
export { ANTHROPIC_SCORING_ENGINE, anthropicScoringEngineProvider } from './anthropic-scoring.provider';
