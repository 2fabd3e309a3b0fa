import { FALLBACK_MODEL, normaliseModelId, priceCall } from './pricing';

const none = { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 };
const perMTok = (model: string, usage: Partial<typeof none>) => priceCall(model, { ...none, ...usage }).usd;

describe('priceCall', () => {
  it.each([
    ['claude-haiku-4-5', 1, 5],
    ['claude-haiku-4-5-20251001', 1, 5],
    ['claude-3-5-haiku-latest', 0.8, 4],
    ['claude-sonnet-4-5', 3, 15],
    ['claude-sonnet-4-5-20250929', 3, 15],
    ['claude-sonnet-4-6', 3, 15],
    ['claude-sonnet-4-20250514', 3, 15],
    ['claude-3-7-sonnet-latest', 3, 15],
    ['claude-opus-4-1-20250805', 15, 75],
    ['claude-opus-4-5', 5, 25],
    ['anthropic.claude-sonnet-4-5-20250929-v1:0', 3, 15],
  ])('prices %s at $%d in / $%d out per MTok', (model, input, output) => {
    expect(priceCall(model, none).known).toBe(true);
    expect(perMTok(model, { inputTokens: 100_000 })).toBeCloseTo(input / 10, 10);
    expect(perMTok(model, { outputTokens: 100_000 })).toBeCloseTo(output / 10, 10);
  });

  it('charges cache writes at 1.25× and cache reads at 0.1× the input price, on top of the uncached input', () => {
    expect(perMTok('claude-haiku-4-5', { cacheWriteTokens: 1_000_000 })).toBeCloseTo(1.25, 10);
    expect(perMTok('claude-haiku-4-5', { cacheReadTokens: 1_000_000 })).toBeCloseTo(0.1, 10);
    expect(perMTok('claude-sonnet-4-5', { inputTokens: 100, outputTokens: 10, cacheReadTokens: 4000 })).toBeCloseTo(
      (100 * 3 + 10 * 15 + 4000 * 0.3) / 1e6,
      12,
    );
  });

  it("applies a model's long-context tier when one request's input passes it", () => {
    // Sonnet 4.5 doubles its input price above 200k input tokens in a request.
    expect(perMTok('claude-sonnet-4-5', { inputTokens: 300_000 })).toBeCloseTo(1.8, 10);
    expect(perMTok('claude-sonnet-4-5', { inputTokens: 150_000 })).toBeCloseTo(0.45, 10);
  });

  it('prices an unknown model as the dearest Claude model and says so', () => {
    const price = priceCall('claude-nova-9', { ...none, outputTokens: 1_000_000 });
    expect(price.known).toBe(false);
    expect(price.priced).toMatch(/unknown model \(priced as Claude Opus 4\.1\)/);
    expect(price.usd).toBeCloseTo(priceCall(FALLBACK_MODEL, { ...none, outputTokens: 1_000_000 }).usd, 10);
    expect(price.usd).toBeCloseTo(75, 10);
  });

  it('costs nothing for no tokens', () => {
    expect(priceCall('claude-haiku-4-5', none).usd).toBe(0);
  });

  it('drops Bedrock decorations and case from ids', () => {
    expect(normaliseModelId(' Claude-Haiku-4-5-20251001 ')).toBe('claude-haiku-4-5-20251001');
    expect(normaliseModelId('anthropic.claude-sonnet-4-5-20250929-v1:0')).toBe('claude-sonnet-4-5-20250929');
  });
});
