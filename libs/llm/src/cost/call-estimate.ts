import type { LlmRequest } from '../client/llm-client.types';
import { priceCall } from './pricing';

/** Tokens the API adds around a request (roles, and the tool-use system prompt when a tool is forced). */
const OVERHEAD_TOKENS = 50;
const TOOL_OVERHEAD_TOKENS = 400;
/** English and JSON run at about 4 characters a token; 3 keeps the estimate on the high side. */
const ASCII_CHARS_PER_TOKEN = 3;

/**
 * Tokens a text may take, on the high side: ASCII at 3 characters a token, and every other
 * character (accents, Devanagari, CJK, emoji) as a token of its own.
 */
export function tokensAtMost(text: string): number {
  let ascii = 0;
  let other = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 128) ascii += 1;
    else other += 1;
  }
  return Math.ceil(ascii / ASCII_CHARS_PER_TOKEN) + other;
}

/**
 * The most a call can cost before it is sent: its input estimated on the high side and priced as
 * a cache write (the dearest input rate), plus every output token it allows. The run's ledger
 * holds this much while the call is in flight, so calls running at once cannot pass the budget.
 */
export function worstCaseCostUsd(model: string, request: LlmRequest): number {
  const texts = [...request.system.map((b) => b.text), request.user];
  if (request.json) texts.push(request.json.description, JSON.stringify(request.json.schema));
  const input =
    texts.reduce((n, t) => n + tokensAtMost(t), OVERHEAD_TOKENS) + (request.json ? TOOL_OVERHEAD_TOKENS : 0);
  return priceCall(model, {
    inputTokens: 0,
    cacheReadTokens: 0,
    cacheWriteTokens: input,
    outputTokens: request.maxTokens,
  }).usd;
}
