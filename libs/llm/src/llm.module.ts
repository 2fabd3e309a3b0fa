import { Module } from '@nestjs/common';
import { OfflineScoringEngine } from './offline/offline-scoring.engine';
import { ScoringEngineRegistry } from './scoring/scoring-engine.registry';
import { SCORING_ENGINES, type ScoringEngine } from './scoring/scoring-engine.types';

/**
 * Scoring engines, collected under SCORING_ENGINES (one class per engine, as in ghostfolio's
 * data providers). A new engine is one more provider and one more entry in `inject`.
 */
@Module({
  providers: [
    OfflineScoringEngine,
    {
      provide: SCORING_ENGINES,
      inject: [OfflineScoringEngine],
      useFactory: (...engines: ScoringEngine[]): ScoringEngine[] => engines,
    },
    ScoringEngineRegistry,
  ],
  exports: [SCORING_ENGINES, ScoringEngineRegistry, OfflineScoringEngine],
})
export class LlmModule {}
