import { Module } from '@nestjs/common';
import { ANTHROPIC_SCORING_ENGINE, anthropicScoringEngineProvider } from './anthropic/anthropic-scoring.provider';
import { llmClientProvider } from './client/llm-client.provider';
import { LLM_CLIENT } from './client/llm-client.types';
import { OfflineScoringEngine } from './offline/offline-scoring.engine';
import { LLM_UNDERSTANDING, llmUnderstandingProvider } from './understanding/llm-understanding.provider';
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
      inject: [OfflineScoringEngine, { token: ANTHROPIC_SCORING_ENGINE, optional: true }],
      // Engines that need a key are undefined without one.
      useFactory: (...engines: Array<ScoringEngine | undefined>): ScoringEngine[] =>
        engines.filter((e): e is ScoringEngine => e !== undefined),
    },
    ScoringEngineRegistry,
    // The paid Claude client, or undefined without an API key.
    llmClientProvider,
    anthropicScoringEngineProvider,
    // Claude's resume and preferences understanding, or undefined without an API key.
    llmUnderstandingProvider,
  ],
  exports: [SCORING_ENGINES, ScoringEngineRegistry, OfflineScoringEngine, LLM_CLIENT, LLM_UNDERSTANDING],
})
export class LlmModule {}
