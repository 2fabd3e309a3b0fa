import { SCORE_WEIGHTS, type FitReport, type NormalisedJob, type ScoredJob } from '@job-hunter/domain';
import { LLM_FIT_POINTS } from './scoring-rubric';
import type { LlmJobVerdict } from './score-reply.validator';

/**
 * The most points the model may score a job above the offline rules. The model sees fit the rules
 * miss (synonyms, adjacent stacks), so it may lift a job; but only in proportion to the role
 * evidence (skills and title) the rules verified in the posting. A posting the rules find unrelated
 * to the person's role (for example one that tells the model to score it 100) cannot be lifted
 * much above what its evidence earns. Scoring below the rules is always allowed: the model
 * catching a poor fit is exactly what it is for.
 */
export const EVIDENCE_MARGIN = 20;

export interface OfflineVerdict {
  score: number;
  fit: FitReport;
}

function clamp(n: number): number {
  return Math.max(0, Math.min(100, Math.round(n)));
}

/** The lift allowed over the rules: EVIDENCE_MARGIN scaled by the share of skill and title points earned. */
export function allowedLift(offline: OfflineVerdict): number {
  const c = offline.fit.components;
  const earned = (c['skills'] ?? 0) + (c['title'] ?? 0);
  const share = Math.max(0, Math.min(1, earned / (SCORE_WEIGHTS.skills + SCORE_WEIGHTS.title)));
  return Math.round(EVIDENCE_MARGIN * share);
}

/**
 * The final score of an LLM-scored job: the model's fit (scaled to the 90 non-recency points),
 * plus recency from the rules (judged against the run's date, which the cached answer never
 * saw), held to at most the offline score plus the allowed lift — or to the offline score itself
 * when the posting addressed the model (`heldToRules`).
 */
export function guardedScore(
  verdict: LlmJobVerdict,
  offline: OfflineVerdict,
  heldToRules = false,
): { score: number; components: Record<string, number>; capped: boolean; ceiling: number } {
  const fit = Math.round((verdict.score * LLM_FIT_POINTS) / 100);
  const recency = Math.round(offline.fit.components['recency'] ?? 0);
  const ceiling = clamp(offline.score + (heldToRules ? 0 : allowedLift(offline)));
  const score = Math.min(clamp(fit + recency), ceiling);
  const components: Record<string, number> = { fit, recency };
  // The components still add up to the score: the cap is one of them.
  if (score < fit + recency) components['evidenceCap'] = score - (fit + recency);
  return { score, components, capped: fit + recency > ceiling, ceiling };
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function withQuote(text: string, quote: string): string {
  const q = quote.trim().replace(/^["“]|["”]$/g, '');
  return `${text.replace(/[.\s]+$/, '')}: “${q}”`;
}

/** `addressedToModel`: sentences removed from the posting because they addressed the model. */
export function toScoredJob(
  job: NormalisedJob,
  verdict: LlmJobVerdict,
  offline: OfflineVerdict,
  addressedToModel: readonly string[] = [],
): ScoredJob {
  const held = addressedToModel.length > 0;
  const { score, components, capped, ceiling } = guardedScore(verdict, offline, held);
  const reasons = verdict.reasons.map((r) => withQuote(r.text, r.quote));
  if (offline.fit.recency.fit !== 'unknown') reasons.push(offline.fit.recency.note);
  if (held) {
    reasons.push(
      `The posting addresses AI screeners (“${cut(addressedToModel[0] ?? '', 80)}”): that text was removed ` +
        `before scoring and the score is held to the rules' ${offline.score}`,
    );
  } else if (capped) {
    reasons.push(
      `Score held to ${score}: by the rules the posting's evidence earns ${offline.score}, and Claude may add ` +
        `only ${ceiling - offline.score} points to that for the skills and title the rules found`,
    );
  }
  return {
    job,
    score,
    engine: 'anthropic',
    fit: {
      matchedSkills: verdict.matchedSkills,
      missingSkills: verdict.missingSkills,
      title: verdict.title,
      seniority: verdict.seniority,
      location: verdict.location,
      salary: verdict.salary,
      recency: offline.fit.recency,
      components,
      reasons,
      // The hard filter compared the pay with the rules' conversion; its rates' date stays with the job.
      ...(offline.fit.fxDate ? { fxDate: offline.fit.fxDate } : {}),
    },
  };
}
