import { tokensAtMost, worstCaseCostUsd } from './call-estimate';
import { priceCall } from './pricing';

describe('worst-case call cost', () => {
  it('counts ASCII at three characters a token and any other character as a token', () => {
    expect(tokensAtMost('abcdef')).toBe(2);
    expect(tokensAtMost('abcdefg')).toBe(3);
    expect(tokensAtMost('बेंगलुरु')).toBe([...'बेंगलुरु'].length);
    expect(tokensAtMost('')).toBe(0);
  });

  it('prices the input as cache writes and every allowed output token', () => {
    const request = { purpose: 'x', system: [{ text: 'a'.repeat(3000) }], user: 'b'.repeat(3000), maxTokens: 1000 };
    const input = 2000 + 50;
    const expected = priceCall('claude-haiku-4-5', {
      inputTokens: 0,
      cacheReadTokens: 0,
      cacheWriteTokens: input,
      outputTokens: 1000,
    }).usd;
    expect(worstCaseCostUsd('claude-haiku-4-5', request)).toBeCloseTo(expected, 12);
    expect(expected).toBeCloseTo((2050 * 1.25 + 1000 * 5) / 1e6, 12);
  });

  it('is never below what the same call costs when every token is billed at the plain rates', () => {
    const request = {
      purpose: 'x',
      system: [{ text: 'You score jobs. '.repeat(200), cache: true }],
      user: '{"job": "Senior engineer"} '.repeat(100),
      maxTokens: 500,
      json: { name: 't', description: 'd', schema: { type: 'object' } },
    };
    const realistic = priceCall('claude-sonnet-4-5', {
      inputTokens: Math.ceil((3200 + 2700) / 4),
      cacheReadTokens: 0,
      cacheWriteTokens: 0,
      outputTokens: 500,
    }).usd;
    expect(worstCaseCostUsd('claude-sonnet-4-5', request)).toBeGreaterThan(realistic);
  });
});
