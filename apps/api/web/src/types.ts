// The API's objects as the web app reads them (docs/contract.md sections 5 to 7).

export type WorkModel = 'remote' | 'hybrid' | 'onsite' | 'unknown';
export type MarkState = 'saved' | 'applied' | 'hidden';

export interface Mark {
  state: MarkState;
  at: string;
  note?: string | null;
}

/** What the results page sorts and filters a job by, worked out by the API as report.html works it out. */
export interface JobFacets {
  score: number;
  posted: number | null;
  age: number | null;
  /** The top of the yearly pay in US dollars (rough rates), for ordering only. */
  pay: number | null;
  company: string;
  remote: string;
  places: string[];
  level: string;
}

export interface Job {
  rank: number;
  score: number;
  title: string;
  company: string;
  location: string;
  remote: WorkModel;
  postedAt: string | null;
  applyUrl: string;
  ats?: string;
  matchedSkills: string[];
  missingSkills: string[];
  reasons: string[];
  salary?: string;
  jobKey?: string;
  mark?: Mark | null;
  isNew?: boolean;
  /** In a run of a saved search: new to the search, seen in its earlier runs, or changed since. */
  novelty?: 'new' | 'seen' | 'changed';
  facets?: JobFacets;
}

/** A job the saved search's previous run shortlisted that this run's shortlist no longer holds. */
export interface DisappearedJob {
  jobKey: string;
  title: string;
  company: string;
  applyUrl: string;
  lastSeenRunId: string;
}

/** A saved search as GET /searches lists it. */
export interface SavedSearch {
  id: string;
  name: string;
  schedule?: { everyMs: number } | { cron: string };
  paused: boolean;
  nextDueAt?: string;
  lastRunId?: string;
  lastRunAt?: string;
}

export interface Reading {
  roles?: string[];
  excludedRoles?: string[];
  seniority?: { min: string | null; max: string | null };
  locations?: Array<{ city?: string | null; country?: string | null }>;
  workModels?: string[];
  remoteFrom?: string[];
  minSalary?: { amount: number; currency: string; period: string } | null;
  maxAgeDays?: number | null;
  excludedCompanies?: string[];
  excludedIndustries?: string[];
  needsVisaSponsorship?: boolean | null;
  employmentTypes?: string[];
}

export interface Understanding {
  reading: Reading;
  readBy?: string;
  disagreements?: Array<{ field: string }>;
  warnings?: string[];
}

export interface RunError {
  stage?: string;
  code?: string;
  message: string;
  company?: string;
}

export interface RunStats {
  companiesAttempted?: number;
  companiesSucceeded?: number;
  jobsScraped?: number;
  jobsInOutput?: number;
  dropped?: Record<string, number>;
}

export interface RunStatus {
  runId: string;
  status: string;
  orchestrator?: string;
  startedAt: string | null;
  finishedAt: string | null;
  finishedStages?: string[];
  currentStage?: string | null;
  progress?: { companiesDone: number; companiesTotal: number };
  reading?: Reading | null;
  errors?: RunError[];
  stats?: RunStats | null;
}

export interface RunSummary {
  runId: string;
  status: string;
  startedAt: string | null;
  finishedAt: string | null;
  currentStage?: string | null;
  jobsInOutput?: number | null;
}

export interface RunPage {
  runs: RunSummary[];
  next: string | null;
}

export interface Results {
  runId: string;
  status: string;
  startedAt: string;
  finishedAt: string;
  stats: RunStats;
  errors: RunError[];
  warnings?: string[];
  jobs: Job[];
  nearMisses?: Job[];
  disappeared?: DisappearedJob[];
  reading?: Reading;
}
