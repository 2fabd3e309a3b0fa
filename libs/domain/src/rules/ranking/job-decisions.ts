import type { NormalisedJob } from '../../models/job';
import type { ResultJob, RunResult } from '../../models/run';
import type { ScoredJob } from '../../models/scored';

export const DECISIONS = ['shortlisted', 'near miss', 'scored, not shortlisted', 'dropped'] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * What happened to one job the run saw, so "why didn't I see job X?" has an answer: one row per
 * job scraped, in decisions.csv.
 */
export interface JobDecision {
  company: string;
  title: string;
  /** The occupation its title names, '' when unknown (or when it was dropped before it was read). */
  occupation: string;
  location: string;
  decision: Decision;
  /** Why it was dropped or left out ('' when shortlisted): a drop reason, 'low_score', … */
  reason: string;
  /** 0–100 for scored jobs, null for dropped ones. */
  score: number | null;
  applyUrl: string;
}

/** A job dropped before scoring: by a hard filter, as a duplicate or as an invalid record. */
export function droppedDecision(
  job: Pick<NormalisedJob, 'company' | 'title' | 'url'> & Partial<Pick<NormalisedJob, 'occupation' | 'locationLabel'>>,
  reason: string,
  location = job.locationLabel ?? '',
): JobDecision {
  return {
    company: job.company,
    title: job.title,
    occupation: job.occupation ?? '',
    location,
    decision: 'dropped',
    reason,
    score: null,
    applyUrl: job.url,
  };
}

function keyOf(j: Pick<ResultJob, 'company' | 'title' | 'applyUrl'>): string {
  return `${j.company}\u0000${j.title}\u0000${j.applyUrl}`;
}

// Why a good job is not on the shortlist: another job of its company took the last place the
// per-company cap allows, or the shortlist was full.
function leftOutReason(s: ScoredJob, shortlisted: readonly ResultJob[], maxPerCompany: number): string {
  const company = s.job.company.trim().toLowerCase();
  const sameCompany = shortlisted.filter((j) => j.company.trim().toLowerCase() === company).length;
  return maxPerCompany > 0 && sameCompany >= maxPerCompany ? 'over_cap' : 'over_top';
}

/**
 * Every scored job's decision, read off the result (its shortlist and near misses), followed by
 * the jobs dropped before scoring. `minScore` is the threshold the result was built with.
 */
export function jobDecisions(
  result: Pick<RunResult, 'jobs' | 'nearMisses'>,
  scored: readonly ScoredJob[],
  dropped: readonly JobDecision[],
  opts: { minScore: number; maxPerCompany: number },
): JobDecision[] {
  const shortlisted = new Set(result.jobs.map(keyOf));
  const near = new Set((result.nearMisses ?? []).map(keyOf));
  const rows = scored.map((s): JobDecision => {
    const key = keyOf({ company: s.job.company, title: s.job.title, applyUrl: s.job.url });
    const score = Math.round(Math.min(100, Math.max(0, s.score)));
    const [decision, reason]: [Decision, string] = shortlisted.has(key)
      ? ['shortlisted', '']
      : near.has(key)
        ? ['near miss', 'low_score']
        : s.score < opts.minScore
          ? ['scored, not shortlisted', 'low_score']
          : ['scored, not shortlisted', leftOutReason(s, result.jobs, opts.maxPerCompany)];
    return {
      company: s.job.company,
      title: s.job.title,
      occupation: s.job.occupation ?? '',
      location: s.job.locationLabel,
      decision,
      reason,
      score,
      applyUrl: s.job.url,
    };
  });
  const order: Record<Decision, number> = { shortlisted: 0, 'near miss': 1, 'scored, not shortlisted': 2, dropped: 3 };
  return [...rows.sort((a, b) => order[a.decision] - order[b.decision] || (b.score ?? 0) - (a.score ?? 0)), ...dropped];
}
