import type { FactoryProvider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { LLM_CLIENT, type LlmClient } from '../client/llm-client.types';
import { RunCostLedger } from '../cost/cost-ledger';
import { SCORE_CACHE_STORE, type ScoreCacheStore } from '../anthropic/score-cache';
import { LlmUnderstanding } from './llm-understanding.service';

export const LLM_UNDERSTANDING = Symbol('LLM_UNDERSTANDING');

/**
 * Claude's resume and preferences understanding when an Anthropic key is configured, else undefined;
 * its answers are kept in the database's LLM response cache when PersistenceModule provides one.
 */
export const llmUnderstandingProvider: FactoryProvider<LlmUnderstanding | undefined> = {
  provide: LLM_UNDERSTANDING,
  inject: [
    { token: LLM_CLIENT, optional: true },
    { token: APP_CONFIG, optional: true },
    { token: SCORE_CACHE_STORE, optional: true },
  ],
  useFactory: (client?: LlmClient, config?: AppConfig, store?: ScoreCacheStore) => {
    if (!client || !config) return undefined;
    return new LlmUnderstanding({
      client,
      newLedger: () => new RunCostLedger({ budgetUsd: config.llm.maxCostPerRunUsd }),
      ...(store ? { store } : {}),
    });
  },
};
