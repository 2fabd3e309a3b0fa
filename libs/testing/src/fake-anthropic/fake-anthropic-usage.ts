import type { FakeAnthropicUsage, FakeMessagesBody } from './fake-anthropic.types';

/** About four characters a token, the usual rule of thumb for English text with Claude's tokenizer. */
export function tokensOf(text: string): number {
  return text.length === 0 ? 0 : Math.ceil(text.length / 4);
}

/** A piece of the prompt in the order the API reads it (tools, then system, then messages). */
interface PromptSegment {
  text: string;
  /** Carries `cache_control`: the prefix up to and including it may be cached. */
  breakpoint: boolean;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function blockText(block: unknown): string {
  if (typeof block === 'string') return block;
  if (!isRecord(block)) return '';
  if (typeof block['text'] === 'string') return block['text'];
  if (block['type'] === 'tool_use') return JSON.stringify(block['input'] ?? {});
  if (block['type'] === 'tool_result') return contentText(block['content']);
  return '';
}

/** The text of a `content` or `system` value: a string or an array of blocks. */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map(blockText).join('\n');
}

function segmentsOf(value: unknown): PromptSegment[] {
  if (typeof value === 'string') return [{ text: value, breakpoint: false }];
  if (!Array.isArray(value)) return [];
  return value.map((block) => ({ text: blockText(block), breakpoint: isRecord(block) && !!block['cache_control'] }));
}

function promptSegments(body: FakeMessagesBody): PromptSegment[] {
  const tools = Array.isArray(body.tools) ? body.tools : [];
  const segments: PromptSegment[] = tools.map((tool) => ({
    text: isRecord(tool)
      ? `${String(tool['name'])}\n${String(tool['description'] ?? '')}\n${JSON.stringify(tool['input_schema'] ?? {})}`
      : '',
    breakpoint: isRecord(tool) && !!tool['cache_control'],
  }));
  segments.push(...segmentsOf(body.system));
  const messages = Array.isArray(body.messages) ? body.messages : [];
  for (const message of messages) {
    if (isRecord(message)) segments.push(...segmentsOf(message['content']));
  }
  return segments;
}

/**
 * Prompt caching as the API bills it: the prefix up to a `cache_control` breakpoint is written to the
 * cache the first time (cache_creation_input_tokens) and read afterwards (cache_read_input_tokens),
 * keyed by model and exact prefix text; tokens after the last breakpoint are plain input.
 */
export class FakePromptCache {
  private readonly entries = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly minCacheableTokens: number,
  ) {}

  /** Input-side usage for one request; remembers what it wrote. */
  inputUsage(
    model: string,
    body: FakeMessagesBody,
    extraInputTokens: number,
  ): Omit<FakeAnthropicUsage, 'output_tokens'> {
    const segments = promptSegments(body);
    const total = tokensOf(segments.map((s) => s.text).join('')) + extraInputTokens;
    const now = Date.now();
    const prefixes: { key: string; tokens: number }[] = [];
    let text = '';
    for (const segment of segments) {
      text += segment.text;
      if (segment.breakpoint) prefixes.push({ key: `${model}\u0000${text}`, tokens: tokensOf(text) });
    }
    const cacheable = prefixes.filter((p) => p.tokens >= this.minCacheableTokens && p.tokens > 0);
    // The API looks back from the last breakpoint for the longest prefix it already holds.
    const hit = [...cacheable].reverse().find((p) => (this.entries.get(p.key) ?? 0) > now);
    const read = hit?.tokens ?? 0;
    const longest = cacheable[cacheable.length - 1];
    const written = longest && longest.tokens > read ? longest.tokens - read : 0;
    for (const p of cacheable) this.entries.set(p.key, now + this.ttlMs);
    return {
      input_tokens: Math.max(0, total - read - written),
      cache_creation_input_tokens: written,
      cache_read_input_tokens: read,
      cache_creation: { ephemeral_5m_input_tokens: written, ephemeral_1h_input_tokens: 0 },
    };
  }

  clear(): void {
    this.entries.clear();
  }
}
