import {
  CACHE_READ_MULTIPLIER,
  CACHE_WRITE_MULTIPLIER,
  costOf,
  FALLBACK_PRICE,
  normaliseModelId,
  priceFor,
} from './pricing';

const none = { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 };

describe('priceFor', () => {
  it.each([
    ['claude-haiku-4-5', 1, 5],
    ['claude-haiku-4-5-20251001', 1, 5],
    ['claude-3-5-haiku-latest', 0.8, 4],
    ['claude-sonnet-4-5', 3, 15],
    ['claude-sonnet-4-5-20250929', 3, 15],
    ['claude-sonnet-4-20250514', 3, 15],
    ['claude-3-7-sonnet-latest', 3, 15],
    ['claude-opus-4-1-20250805', 15, 75],
    ['claude-opus-4-20250514', 15, 75],
    ['claude-opus-4-5', 5, 25],
    ['claude-opus-4-6', 5, 25],
  ])('prices %s at $%d in / $%d out per MTok', (model, input, output) => {
    const { price, known } = priceFor(model);
    expect(known).toBe(true);
    expect(price.inputPerMTok).toBe(input);
    expect(price.outputPerMTok).toBe(output);
  });

  it('prices an unknown model at the dearest known price and says so', () => {
    const lookup = priceFor('claude-nova-9');
    expect(lookup.known).toBe(false);
    expect(lookup.price).toBe(FALLBACK_PRICE);
    expect(FALLBACK_PRICE.outputPerMTok).toBe(75);
    expect(FALLBACK_PRICE.family).toMatch(/unknown model/);
  });

  it('drops dates, -latest and Bedrock decorations from ids', () => {
    expect(normaliseModelId(' Claude-Haiku-4-5-20251001 ')).toBe('claude-haiku-4-5');
    expect(normaliseModelId('anthropic.claude-sonnet-4-5-20250929-v1:0')).toBe('claude-sonnet-4-5');
    expect(normaliseModelId('claude-3-5-haiku-latest')).toBe('claude-3-5-haiku');
  });
});

describe('costOf', () => {
  const haiku = priceFor('claude-haiku-4-5').price;

  it('charges input and output at their per-million prices', () => {
    expect(costOf({ ...none, inputTokens: 1_000_000 }, haiku)).toBeCloseTo(1, 10);
    expect(costOf({ ...none, outputTokens: 200_000 }, haiku)).toBeCloseTo(1, 10);
    expect(costOf({ ...none, inputTokens: 2000, outputTokens: 500 }, haiku)).toBeCloseTo(0.002 + 0.0025, 10);
  });

  it('charges cache writes at 1.25× and cache reads at 0.1× the input price', () => {
    expect(CACHE_WRITE_MULTIPLIER).toBe(1.25);
    expect(CACHE_READ_MULTIPLIER).toBe(0.1);
    expect(costOf({ ...none, cacheWriteTokens: 1_000_000 }, haiku)).toBeCloseTo(1.25, 10);
    expect(costOf({ ...none, cacheReadTokens: 1_000_000 }, haiku)).toBeCloseTo(0.1, 10);
    const sonnet = priceFor('claude-sonnet-4-5').price;
    expect(
      costOf({ inputTokens: 100, outputTokens: 10, cacheReadTokens: 4000, cacheWriteTokens: 0 }, sonnet),
    ).toBeCloseTo((100 * 3 + 10 * 15 + 4000 * 0.3) / 1e6, 12);
  });

  it('costs nothing for no tokens', () => {
    expect(costOf(none, haiku)).toBe(0);
  });
});
