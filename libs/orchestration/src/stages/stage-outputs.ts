import type {
  CandidateProfile,
  Company,
  CostSummary,
  EngineKind,
  JobDecision,
  NormalisedJob,
  RunError,
  RunResult,
  ScoredJob,
  SearchPreferences,
} from '@job-hunter/domain';
import type { CompanyScrapeResult } from '@job-hunter/agents';

/** What each stage stores as its checkpoint; the next stages read it back by run id. */
export interface StageOutputs {
  parseResume: CandidateProfile;
  parsePreferences: SearchPreferences;
  findCompanies: Company[];
  scrapeJobs: ScrapeSummary;
  processJobs: ProcessedJobs;
  scoreJobs: ScoringSummary;
  aggregate: RunResult;
  notify: { written: string[]; sent: boolean; channel: string };
}

export interface ScrapeSummary {
  companiesAttempted: number;
  companiesSucceeded: number;
  jobsScraped: number;
  errors: RunError[];
}

export interface ProcessedJobs {
  jobs: NormalisedJob[];
  stats: { jobsScraped: number; jobsAfterDedupe: number; undatedKept: number; dropped: Record<string, number> };
  /** The jobs dropped before scoring, one decision row each (absent in runs stored before). */
  droppedJobs?: JobDecision[];
}

export interface ScoringSummary {
  scored: ScoredJob[];
  cost: CostSummary;
  errors: RunError[];
  engine: EngineKind;
  notice?: string;
}

/** What is kept of a company's scrape once its jobs are stored: enough to sum the stage, none of its jobs. */
export interface ScrapeOutcome {
  company: string;
  error?: RunError;
  jobCount: number;
}

export function scrapeOutcome(result: CompanyScrapeResult): ScrapeOutcome {
  return { company: result.company, ...(result.error ? { error: result.error } : {}), jobCount: result.jobs.length };
}

/** Per-company scrape results are stored under the scrapeJobs stage with the company index as key. */
export function companyKey(index: number): string {
  return String(index).padStart(5, '0');
}
