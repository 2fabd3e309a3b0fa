import { mean, ndcgAt, precisionAt, recallOf, recallWithin } from './eval-metrics';

describe('evaluation metrics', () => {
  it('precision@k counts grades ≥ 2 in the first k and treats a short list as misses', () => {
    expect(precisionAt([3, 2, 1, 0, 3], 5)).toBeCloseTo(0.6);
    expect(precisionAt([3, 3], 10)).toBeCloseTo(0.2);
    expect(precisionAt([1, 1, 1], 3, 1)).toBe(1);
    expect(precisionAt([], 10)).toBe(0);
  });

  it('NDCG@k is 1 for the ideal order and less for a worse one, against every label in the market', () => {
    const market = [3, 3, 2, 1, 0, 0];
    expect(ndcgAt([3, 3, 2, 1], market, 4)).toBeCloseTo(1);
    const swapped = ndcgAt([1, 3, 2, 3], market, 4);
    expect(swapped).toBeLessThan(1);
    expect(swapped).toBeGreaterThan(0);
    // (2^3-1)/log2(2) = 7 for one perfect job first; the ideal adds a second perfect job at rank 2.
    expect(ndcgAt([3], market, 2)).toBeCloseTo(7 / (7 + 7 / Math.log2(3)));
    expect(ndcgAt([0, 0], [0, 0], 10)).toBe(1);
  });

  it('recall is the share of the reference kept', () => {
    expect(recallOf(['a', 'b', 'c', 'd'], new Set(['a', 'c', 'x']))).toBe(0.5);
    expect(recallOf([], new Set())).toBe(1);
    expect(mean([1, 0.5])).toBe(0.75);
    expect(mean([])).toBe(0);
  });

  it('recall within a capacity: a cut full of relevant items has recall 1, misses count below it', () => {
    expect(recallWithin(['a', 'b', 'c'], new Set(['a', 'b']), 2)).toBe(1);
    expect(recallWithin(['a', 'b', 'c'], new Set(['a', 'x']), 2)).toBe(0.5);
    expect(recallWithin(['a', 'b', 'c', 'd'], new Set(['a', 'b', 'c']), 10)).toBe(0.75);
    expect(recallWithin([], new Set(['a']), 5)).toBe(1);
  });
});
