import type { ScoredJob } from '../../models/scored';
import { rankShortlist, type ShortlistOptions } from './rank-shortlist';

/** How many near misses a result shows: enough to judge the threshold, few enough to read. */
export const NEAR_MISS_COUNT = 10;

export interface SelectionOptions extends ShortlistOptions {
  /** JH_MIN_SCORE: a job below it is no match, however few matches there are. */
  minScore: number;
  /** At most this many near misses (default NEAR_MISS_COUNT). */
  nearMisses?: number;
}

export interface ShortlistSelection {
  /** Good matches, best first, within the top and per-company limits. */
  shortlist: ScoredJob[];
  /** The best jobs below the threshold, best first, under the same per-company cap. */
  nearMisses: ScoredJob[];
  /** Scored jobs at or above the threshold (before the limits). */
  goodMatches: number;
}

/**
 * Splits scored jobs into the shortlist and the near misses. A shortlist padded with weak jobs
 * to reach its length misleads: a person reads rank 8 as a match. So only jobs at or above the
 * threshold fill it, and the best of the rest are shown apart, labelled as what they are.
 */
export function selectShortlist(scored: readonly ScoredJob[], opts: SelectionOptions): ShortlistSelection {
  const good = scored.filter((s) => s.score >= opts.minScore);
  const below = scored.filter((s) => s.score < opts.minScore);
  const limits = { top: opts.top, maxPerCompany: opts.maxPerCompany };
  return {
    shortlist: rankShortlist(good, limits),
    nearMisses: rankShortlist(below, { ...limits, top: opts.nearMisses ?? NEAR_MISS_COUNT }),
    goodMatches: good.length,
  };
}
