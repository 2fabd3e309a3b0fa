/** Ranking metrics over graded labels (0 = not relevant … 3 = perfect). Pure functions. */

/** Share of the first `k` ranked items graded at least `relevant`; a short list counts its gaps as misses. */
export function precisionAt(grades: readonly number[], k: number, relevant = 2): number {
  if (k <= 0) return 0;
  return grades.slice(0, k).filter((g) => g >= relevant).length / k;
}

function dcg(grades: readonly number[], k: number): number {
  return grades.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

/**
 * Normalised discounted cumulative gain at `k` (exponential gain 2^g − 1). The ideal is the
 * best possible order of every labelled job, not only the ones the ranker returned, so a
 * ranker cannot score well by returning few jobs.
 */
export function ndcgAt(ranked: readonly number[], allLabels: readonly number[], k: number): number {
  const ideal = dcg(
    [...allLabels].sort((a, b) => b - a),
    k,
  );
  return ideal === 0 ? 1 : dcg(ranked, k) / ideal;
}

/** Share of `reference` (e.g. the offline top 20) that `kept` contains; 1 when the reference is empty. */
export function recallOf(reference: readonly string[], kept: ReadonlySet<string>): number {
  if (!reference.length) return 1;
  return reference.filter((id) => kept.has(id)).length / reference.length;
}

/**
 * Share of `relevant` that `kept` contains when `kept` holds at most `capacity` items: with more
 * relevant items than room, a cut that fills its room with them has recall 1.
 */
export function recallWithin(relevant: readonly string[], kept: ReadonlySet<string>, capacity: number): number {
  const possible = Math.min(relevant.length, capacity);
  if (possible === 0) return 1;
  return Math.min(1, relevant.filter((id) => kept.has(id)).length / possible);
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
