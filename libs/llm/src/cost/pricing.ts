import type { LlmUsage } from '../client/llm-client.types';

/** Dollars per million tokens for one model family (list prices of the Claude API). */
export interface ModelPrice {
  family: string;
  inputPerMTok: number;
  outputPerMTok: number;
}

/** Prompt caching with the default 5-minute TTL: writes cost 1.25× the input price, reads 0.1×. */
export const CACHE_WRITE_MULTIPLIER = 1.25;
export const CACHE_READ_MULTIPLIER = 0.1;

/**
 * Claude list prices (USD per MTok). Ids are matched after dropping a date suffix or `-latest`, so
 * `claude-haiku-4-5`, `claude-haiku-4-5-20251001` and `claude-haiku-4-5-latest` share a price.
 * Order matters: the first pattern that matches wins.
 */
const PRICE_TABLE: readonly { pattern: RegExp; price: ModelPrice }[] = [
  { pattern: /^claude-haiku-4-5/, price: { family: 'Claude Haiku 4.5', inputPerMTok: 1, outputPerMTok: 5 } },
  { pattern: /^claude-3-5-haiku/, price: { family: 'Claude Haiku 3.5', inputPerMTok: 0.8, outputPerMTok: 4 } },
  { pattern: /^claude-3-haiku/, price: { family: 'Claude Haiku 3', inputPerMTok: 0.25, outputPerMTok: 1.25 } },
  {
    pattern: /^claude-sonnet-4(-\d+)?$|^claude-3-[57]-sonnet/,
    price: { family: 'Claude Sonnet 4.x / 3.x', inputPerMTok: 3, outputPerMTok: 15 },
  },
  // Opus 4.5 and later cost a third of Opus 4 and 4.1.
  {
    pattern: /^claude-opus-4-([5-9]|\d\d)$/,
    price: { family: 'Claude Opus 4.5+', inputPerMTok: 5, outputPerMTok: 25 },
  },
  {
    pattern: /^claude-opus-4(-[01])?$|^claude-3-opus/,
    price: { family: 'Claude Opus 4 / 4.1', inputPerMTok: 15, outputPerMTok: 75 },
  },
];

/** What an unknown model is charged: the dearest known price, so the budget errs on the safe side. */
export const FALLBACK_PRICE: ModelPrice = (() => {
  const dearest = [...PRICE_TABLE].sort((a, b) => b.price.outputPerMTok - a.price.outputPerMTok)[0];
  if (!dearest) throw new Error('the price table is empty');
  return { ...dearest.price, family: `unknown model (priced as ${dearest.price.family})` };
})();

export interface PriceLookup {
  price: ModelPrice;
  /** False when the id matched no family and FALLBACK_PRICE was used. */
  known: boolean;
}

/** Strips what does not change the price: a date (`-20251001`), `-latest`, a `-v1:0` suffix. */
export function normaliseModelId(model: string): string {
  return model
    .trim()
    .toLowerCase()
    .replace(/^anthropic\./, '')
    .replace(/-v\d+(:\d+)?$/, '')
    .replace(/-(\d{8}|latest)$/, '');
}

export function priceFor(model: string): PriceLookup {
  const id = normaliseModelId(model);
  const row = PRICE_TABLE.find((r) => r.pattern.test(id));
  return row ? { price: row.price, known: true } : { price: FALLBACK_PRICE, known: false };
}

/**
 * Dollars for one call's usage. `inputTokens` is the uncached input, as the API reports it: cache
 * reads and writes are billed separately on top.
 */
export function costOf(usage: LlmUsage, price: ModelPrice): number {
  const input = price.inputPerMTok;
  const dollars =
    usage.inputTokens * input +
    usage.cacheWriteTokens * input * CACHE_WRITE_MULTIPLIER +
    usage.cacheReadTokens * input * CACHE_READ_MULTIPLIER +
    usage.outputTokens * price.outputPerMTok;
  return dollars / 1_000_000;
}
