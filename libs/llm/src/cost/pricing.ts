import { calcPrice } from '@pydantic/genai-prices';
import type { LlmUsage } from '../client/llm-client.types';

/**
 * Prices come from @pydantic/genai-prices, a maintained catalogue (bundled data only: it never
 * fetches prices at run time), which knows each Claude model's input, output, cache-write and
 * cache-read rates and the long-context tiers.
 */
const PROVIDER = { providerId: 'anthropic' };

/** An unknown model is charged as the dearest Claude model, so the budget errs on the safe side. */
export const FALLBACK_MODEL = 'claude-opus-4-1';

export interface CallPrice {
  usd: number;
  /** The catalogue's name for the model priced, e.g. "Claude Haiku 4.5". */
  priced: string;
  /** False when the id matched no catalogue model and FALLBACK_MODEL's price was used. */
  known: boolean;
}

/** Strips what the catalogue does not match: surrounding space, a Bedrock `anthropic.` prefix and `-v1:0` suffix. */
export function normaliseModelId(model: string): string {
  return model
    .trim()
    .toLowerCase()
    .replace(/^anthropic\./, '')
    .replace(/-v\d+(:\d+)?$/, '');
}

/**
 * Dollars for one call's usage. The Messages API reports `input_tokens` without the cache reads
 * and writes, which it bills separately; the catalogue wants the whole input, so they are added.
 */
export function priceCall(model: string, usage: LlmUsage): CallPrice {
  const counts = {
    input_tokens: usage.inputTokens + usage.cacheReadTokens + usage.cacheWriteTokens,
    cache_read_tokens: usage.cacheReadTokens,
    cache_write_tokens: usage.cacheWriteTokens,
    output_tokens: usage.outputTokens,
  };
  const found = calcPrice(counts, normaliseModelId(model), PROVIDER);
  if (found) return { usd: found.total_price, priced: found.model.name ?? found.model.id, known: true };
  const fallback = calcPrice(counts, FALLBACK_MODEL, PROVIDER);
  if (!fallback) throw new Error(`The price catalogue has no ${FALLBACK_MODEL}.`);
  return { usd: fallback.total_price, priced: `unknown model (priced as ${fallback.model.name})`, known: false };
}
