import type { EngineKind, ScoredJob } from '@job-hunter/domain';
import type { PreShortlistSummary } from './jobs-scorer.types';

const ENGINE_NAME: Readonly<Record<EngineKind, string>> = { anthropic: 'Claude', heuristic: 'the offline engine' };

/**
 * Marks offline scores of jobs the pre-shortlist kept from the paid engine, so a reader of the
 * shortlist can tell which engine scored each job and why. Their scores are left as they are:
 * they rank among the paid scores on the same 0–100 scale and are never dropped.
 */
export function markBeyondShortlist(
  scored: readonly ScoredJob[],
  rankBySimilarity: ReadonlyMap<string, number>,
  summary: PreShortlistSummary,
  paid: EngineKind,
): ScoredJob[] {
  return scored.map((s) => {
    const rank = rankBySimilarity.get(s.job.id);
    const place = rank === undefined ? 'not' : `#${rank} of ${summary.candidates}`;
    const note = `Scored offline: ${place} by similarity to your profile, outside the ${summary.k} jobs sent to ${ENGINE_NAME[paid]}`;
    return { ...s, fit: { ...s.fit, reasons: [note, ...s.fit.reasons] } };
  });
}

/** The run notice for a split: what the paid engine saw and what it did not. */
export function preShortlistNotice(summary: PreShortlistSummary, paid: EngineKind): string {
  return (
    `${ENGINE_NAME[paid]} scored the ${summary.sentToEngine} jobs most similar to your profile; ` +
    `the other ${summary.scoredOffline} were scored by the offline engine (JH_TOP_K_SEMANTIC=${summary.k}).`
  );
}
