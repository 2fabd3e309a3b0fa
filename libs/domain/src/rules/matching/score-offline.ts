import type { NormalisedJob } from '../../models/job';
import type { FitReport } from '../../models/scored';
import type { CandidateProfile, SearchPreferences } from '../../models/candidate';
import {
  LOCATION_MAX,
  RECENCY_MAX,
  SALARY_MAX,
  SENIORITY_MAX,
  locationFactor,
  recencyFactor,
  salaryFactor,
  seniorityFactor,
  type Factor,
} from './score-factors';
import { SKILLS_MAX, skillsFit } from './score-skills';
import { TITLE_MAX, titleFit } from './score-title';

/** Points available per component; they add up to 100. */
export const SCORE_WEIGHTS = {
  skills: SKILLS_MAX,
  title: TITLE_MAX,
  seniority: SENIORITY_MAX,
  location: LOCATION_MAX,
  recency: RECENCY_MAX,
  salary: SALARY_MAX,
} as const;

const MAX_REASONS = 7;
const MAX_CONCERNS = 2;

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

interface Reason {
  text: string;
  /** Share of the component's points earned: good news first, concerns after. */
  share: number;
  weight: number;
}

/**
 * The offline, explainable score: 0–100 from six components (skills, title, seniority,
 * location, recency, salary). The same inputs always give the same score and reasons.
 */
export function scoreJobOffline(
  job: NormalisedJob,
  profile: CandidateProfile,
  prefs: SearchPreferences,
  now: Date,
): { score: number; fit: FitReport } {
  const skills = skillsFit(job, profile, prefs);
  const title = titleFit(job.title, profile, prefs);
  const salary = salaryFactor(job, prefs);
  const factors: Record<'seniority' | 'location' | 'recency' | 'salary', Factor> = {
    seniority: seniorityFactor(job, profile, prefs),
    location: locationFactor(job, prefs),
    recency: recencyFactor(job, now),
    salary,
  };
  const components: Record<string, number> = {
    skills: round1(skills.points),
    title: round1(title.points),
    seniority: round1(factors.seniority.points),
    location: round1(factors.location.points),
    recency: round1(factors.recency.points),
    salary: round1(factors.salary.points),
  };
  const total = Object.values(components).reduce((a, b) => a + b, 0);
  const score = Math.max(0, Math.min(100, Math.round(total)));

  const reasons: Reason[] = [];
  const add = (text: string | null, share: number, weight: number): void => {
    if (text) reasons.push({ text, share, weight });
  };
  add(skills.reason, skills.points / SKILLS_MAX, SKILLS_MAX);
  add(skills.concern, 0, SKILLS_MAX);
  add(title.reason, title.points / TITLE_MAX, TITLE_MAX);
  for (const [name, f] of Object.entries(factors)) {
    const max = SCORE_WEIGHTS[name as keyof typeof factors];
    if (f.show) add(f.assessment.note, f.assessment.fit === 'poor' ? 0 : f.points / max, max);
  }
  // Good news first (by how much it earned, big components first), concerns last.
  const good = reasons.filter((r) => r.share >= 0.5).sort((a, b) => b.share * b.weight - a.share * a.weight);
  const bad = reasons.filter((r) => r.share < 0.5).sort((a, b) => b.weight - a.weight);
  // Keep room for the top concerns: a shortlist that hides every gap is not explainable.
  const concerns = bad.slice(0, MAX_CONCERNS);
  const ordered = [...good.slice(0, MAX_REASONS - concerns.length), ...concerns].map((r) => r.text);

  return {
    score,
    fit: {
      matchedSkills: skills.matched,
      missingSkills: skills.missing,
      seniority: factors.seniority.assessment,
      location: factors.location.assessment,
      salary: factors.salary.assessment,
      recency: factors.recency.assessment,
      title: title.assessment,
      components,
      reasons: ordered,
      ...(salary.fxDate ? { fxDate: salary.fxDate } : {}),
    },
  };
}
