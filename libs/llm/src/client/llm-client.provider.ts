import type { FactoryProvider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { AnthropicLlmClient } from './anthropic-llm.client';
import { LLM_CLIENT, type LlmClient } from './llm-client.types';

/** Overrides for the Anthropic client; the Temporal worker provides `{ maxRetries: 0 }` (globally). */
export interface LlmClientOptions {
  maxRetries?: number;
  timeoutMs?: number;
}

export const LLM_CLIENT_OPTIONS = Symbol('LLM_CLIENT_OPTIONS');

/** The paid client when an Anthropic key is configured, else undefined (inject with @Optional()). */
export function createLlmClient(config: AppConfig | undefined, options: LlmClientOptions = {}): LlmClient | undefined {
  const llm = config?.llm;
  if (!llm?.anthropicApiKey) return undefined;
  return new AnthropicLlmClient({
    apiKey: llm.anthropicApiKey,
    model: llm.model,
    baseUrl: llm.anthropicBaseUrl,
    maxRetries: options.maxRetries,
    timeoutMs: options.timeoutMs,
  });
}

export const llmClientProvider: FactoryProvider<LlmClient | undefined> = {
  provide: LLM_CLIENT,
  inject: [
    { token: APP_CONFIG, optional: true },
    { token: LLM_CLIENT_OPTIONS, optional: true },
  ],
  useFactory: (config?: AppConfig, options?: LlmClientOptions) => createLlmClient(config, options),
};
