import { backoffMs, isRetryableStatus, parseRetryAfter } from './retry-policy';

describe('retry policy', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2025-10-01T12:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Wed, 01 Oct 2025 12:00:10 GMT', now)).toBe(10000);
    expect(parseRetryAfter('Wed, 01 Oct 2025 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('backs off exponentially with jitter under a cap', () => {
    expect(backoffMs(0, 500, 10_000, () => 1)).toBe(500);
    expect(backoffMs(3, 500, 10_000, () => 1)).toBe(4000);
    expect(backoffMs(10, 500, 10_000, () => 1)).toBe(10_000);
    expect(backoffMs(3, 500, 10_000, () => 0.5)).toBe(2000);
  });

  it('retries only 429 and 5xx', () => {
    expect([429, 500, 502, 503].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 410].some(isRetryableStatus)).toBe(false);
  });
});
