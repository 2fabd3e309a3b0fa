import type { FactoryProvider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { LLM_CLIENT, type LlmClient } from '../client/llm-client.types';
import { RunCostLedger } from '../cost/cost-ledger';
import { OfflineScoringEngine } from '../offline/offline-scoring.engine';
import { AnthropicScoringEngine } from './anthropic-scoring.engine';
import { SCORE_CACHE_STORE, type ScoreCacheStore } from './score-cache';

export const ANTHROPIC_SCORING_ENGINE = Symbol('ANTHROPIC_SCORING_ENGINE');

/**
 * The Claude scoring engine when an Anthropic key is configured (LLM_CLIENT is then defined),
 * else undefined, so the registry falls back to the offline engine with its notice. Answers are
 * cached in the database when PersistenceModule is loaded (it provides SCORE_CACHE_STORE), else
 * in memory.
 */
export const anthropicScoringEngineProvider: FactoryProvider<AnthropicScoringEngine | undefined> = {
  provide: ANTHROPIC_SCORING_ENGINE,
  inject: [
    OfflineScoringEngine,
    { token: LLM_CLIENT, optional: true },
    { token: APP_CONFIG, optional: true },
    { token: SCORE_CACHE_STORE, optional: true },
  ],
  useFactory: (offline: OfflineScoringEngine, client?: LlmClient, config?: AppConfig, cache?: ScoreCacheStore) => {
    if (!client || !config) return undefined;
    return new AnthropicScoringEngine({
      client,
      offline,
      newLedger: () => new RunCostLedger({ budgetUsd: config.llm.maxCostPerRunUsd }),
      ...(cache ? { cache } : {}),
    });
  },
};
