import type { NormalisedJob } from './job';

export type FitLevel = 'good' | 'partial' | 'poor' | 'unknown';

export interface Assessment {
  fit: FitLevel;
  note: string;
}

export interface FitReport {
  matchedSkills: string[];
  missingSkills: string[];
  seniority: Assessment;
  location: Assessment;
  salary: Assessment;
  recency: Assessment;
  title: Assessment;
  /** Per-component points that add up to the score. */
  components: Record<string, number>;
  /** Human reasons, best first; they quote evidence from the job where they can. */
  reasons: string[];
  /** Date of the exchange rates behind the salary verdict, when the pay was converted into the minimum's currency. */
  fxDate?: string;
}

export type EngineKind = 'heuristic' | 'anthropic';

export interface ScoredJob {
  job: NormalisedJob;
  /** 0–100. */
  score: number;
  fit: FitReport;
  engine: EngineKind;
}
