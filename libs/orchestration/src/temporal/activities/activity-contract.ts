// The contract between JobHuntWorkflow and its activities. Imported by the workflow with
// `import type` only, so it must stay free of runtime code. Payloads are small: bulky data
// (resume text, jobs, scores, reports) lives in the database and travels by run id.
import type { CostSummary, RunError, RunResult } from '@job-hunter/domain';
import type { StageName } from '../../stages/stage-names';

/** Which run an activity works on. */
export interface RunRef {
  runId: string;
}

/** What every activity returns: a line for progress, and after a paid step the run's whole spend. */
export interface ActivityReport {
  stage: StageName;
  summary: string;
  /**
   * The run ledger's total after this activity (paid steps only: parse, score, discover), never
   * the activity's own share: the workflow reads the run's spend from here and adds nothing itself.
   */
  cost?: CostSummary;
}

export interface CompaniesReport extends ActivityReport {
  /** How many companies were found; the workflow scrapes indexes 0..companies-1. */
  companies: number;
}

export interface DiscoveryReport extends ActivityReport {
  /** The run's company count after the round: more than before when the round added companies. */
  companies: number;
  /** What went wrong in the round (a failed suggestion call); the run goes on without it. */
  errors: RunError[];
}

export interface CompanyScrapeReport extends ActivityReport {
  index: number;
  company: string;
  jobs: number;
  /** A board that failed is a recorded error, not an activity failure. */
  error?: RunError;
}

export interface AggregateInput extends RunRef {
  /** Errors the workflow itself saw (cancelled scrapes, failed steps, the budget guardrail). */
  extraErrors: RunError[];
  /** Forced status, e.g. 'partial' after a cancel or when the budget ran out. */
  status?: RunResult['status'];
}

export interface AggregateReport extends ActivityReport {
  status: RunResult['status'];
  jobsInOutput: number;
}

/** One activity per agent (scraping per company), all built from the same Nest agents. */
export interface JobHuntActivities {
  parseResume(input: RunRef): Promise<ActivityReport>;
  parsePreferences(input: RunRef): Promise<ActivityReport>;
  findCompanies(input: RunRef): Promise<CompaniesReport>;
  scrapeCompany(input: RunRef & { index: number }): Promise<CompanyScrapeReport>;
  /** Sums the per-company results into the scrapeJobs checkpoint (companies never scraped count as attempted). */
  finishScrape(input: RunRef & { attempted: number }): Promise<ActivityReport>;
  processJobs(input: RunRef): Promise<ActivityReport>;
  /**
   * After a scoring pass: when too few companies have a good match, adds more companies and
   * reopens scraping, processing and scoring (the workflow then scrapes the new indexes).
   */
  discoverCompanies(input: RunRef): Promise<DiscoveryReport>;
  /** The scorer's ledger is the run's, seeded with its total against the run's own budget. */
  scoreJobs(input: RunRef): Promise<ActivityReport>;
  aggregate(input: AggregateInput): Promise<AggregateReport>;
  notify(input: RunRef): Promise<ActivityReport>;
  /** A scheduled run's first step: records the run `runId` from the saved search (idempotent), with its budget. */
  openSearchRun(input: SearchRunRef): Promise<OpenedSearchRun>;
  /** A scheduled run's last step: what the CLI does after an ordinary run (RunFinisher), done on the worker. */
  finishSearchRun(input: FinishSearchRunInput): Promise<ActivityReport>;
}

/** A run a schedule started: its saved search, and the run id the workflow derived from its own id. */
export interface SearchRunRef extends RunRef {
  searchId: string;
}

export interface OpenedSearchRun extends RunRef {
  /** The run's budget from its stored settings (JobHuntInput.budgetUsd of an ordinary run). */
  budgetUsd: number;
}

export interface FinishSearchRunInput extends RunRef {
  status: RunResult['status'];
  errors: RunError[];
  timings?: Record<string, number>;
  /** The workflow failed before the run had a result: the run is only marked failed. */
  unfinished?: boolean;
}

export interface JobHuntInput extends RunRef {
  /** Hard budget for paid calls in this run (JH_MAX_COST_PER_RUN_USD). */
  budgetUsd: number;
  /** How many company scrapes the workflow keeps scheduled at once (the scraping workers' slots bound how many run). */
  scrapeConcurrency: number;
  /** Task queues by kind (JH_TEMPORAL_*_TASK_QUEUE). */
  queues: { default: string; llm: string; scraping: string };
}

/**
 * What a saved search's Temporal schedule starts the workflow with: the search, not a run. The
 * workflow derives the run id from its own workflow id and records the run as its first step.
 */
export interface ScheduledSearchInput extends Omit<JobHuntInput, 'runId' | 'budgetUsd'> {
  searchId: string;
}

/** The workflow's input: an ordinary run (recorded by the client) or a scheduled run of a saved search. */
export type JobHuntStart = JobHuntInput | ScheduledSearchInput;

export interface JobHuntProgress {
  runId: string;
  /** The stage running now, or null when finished. */
  stage: StageName | null;
  finishedStages: StageName[];
  companies: { total: number; done: number; failed: number; running: number };
  cost: CostSummary;
  cancelRequested: boolean;
  budgetExhausted: boolean;
}

export interface JobHuntOutput {
  runId: string;
  status: RunResult['status'];
  /** The run ledger's total as the last paid activity reported it (the result's cost is the ledger's). */
  cost: CostSummary;
  jobsInOutput: number;
  /** Errors the workflow saw, including those after aggregate (a failed notify). */
  errors: RunError[];
  /** Milliseconds per step in workflow time, every pass summed (absent from workflows started before). */
  timings?: Record<string, number>;
}
