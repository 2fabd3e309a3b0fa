import type { EngineKind } from './scored';
import type { RemoteMode } from './job';
import type { Reading } from './reading';
import type { DisappearedJob, Novelty, PreviousSearchRun } from './novelty';

export type OrchestratorKind = 'checkpoint' | 'temporal';
export type OutputFormat = 'json' | 'csv' | 'xlsx' | 'html';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'csv', 'xlsx', 'html'];

/** Everything a run needs to know, fixed when it starts (no secrets). */
export interface RunConfig {
  runId: string;
  resumePath: string;
  prefsText?: string;
  prefsFile?: string;
  companiesPath?: string;
  snapshotDir?: string;
  recordSnapshotDir?: string;
  engine: EngineKind;
  orchestrator: OrchestratorKind;
  dryRun: boolean;
  companyLimit?: number;
  forceRescrape: boolean;
  outputDir: string;
  formats: OutputFormat[];
  top: number;
  maxPerCompany: number;
  email?: string;
  /** The reference "now" of the run, ISO-8601: recency is judged against it. */
  now: string;
  /**
   * Every run-tuning value, fixed when the run is created and read from here by every stage and
   * worker, so machines with different environments still run it the same way. Absent only in
   * runs stored before runs kept their settings (they fall back to the reader's own config).
   */
  settings?: RunSettings;
  /** The saved search this run belongs to (one run of it); absent for a one-off run. */
  searchId?: string;
}

/** The values that change a run's outcome (no secrets, addresses or storage), as the run was created with. */
export interface RunSettings {
  /** JH_MIN_SCORE: only jobs at or above it fill the shortlist and count as good matches. */
  minScore: number;
  /** JH_TARGET_MATCHES: companies with a good match wanted before discovery stops. */
  targetMatches: number;
  /** JH_MAX_DISCOVERY_ITERATIONS: the most discovery rounds a run opens. */
  maxDiscoveryIterations: number;
  /** JH_TOP_K_SEMANTIC: how many jobs a paid engine scores (the rest are scored offline). */
  topKSemantic: number;
  /** JH_MAX_COST_PER_RUN_USD: the hard budget for the run's paid calls. */
  maxCostPerRunUsd: number;
  /** The Claude model the run asked for. */
  model: string;
  /** JH_BOARD_DEADLINE_MS: the time one company's board may take, retries included. */
  boardDeadlineMs: number;
}

/**
 * `queued`: recorded by the API, waiting for its turn in the API's queue. `interrupted`: the process
 * running it stopped (a signal, or no heartbeat for a while); `--resume-from` continues it.
 */
export type RunStatus = 'queued' | 'running' | 'interrupted' | 'success' | 'partial' | 'failed';

export interface RunError {
  stage: string;
  code: string;
  message: string;
  company?: string;
}

export interface RunStats {
  companiesAttempted: number;
  companiesSucceeded: number;
  jobsScraped: number;
  jobsAfterDedupe: number;
  jobsScored: number;
  jobsInOutput: number;
  dropped: Record<string, number>;
  /** Jobs with no posting date that the filters kept (the person did not ask for dated jobs only). */
  undatedKept?: number;
  /** Scored jobs at or above JH_MIN_SCORE: only these fill the shortlist. */
  goodMatches?: number;
}

export interface CostSummary {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
  estimatedCostUsd: number;
}

export interface ResultJob {
  rank: number;
  /** The job's identity across runs (rules/matching jobKey): the board's id, else the apply URL, else the dedupe key. */
  jobKey: string;
  score: number;
  title: string;
  company: string;
  location: string;
  remote: RemoteMode;
  postedAt: string | null;
  applyUrl: string;
  ats: string;
  matchedSkills: string[];
  missingSkills: string[];
  reasons: string[];
  salary?: string;
  /** Date (YYYY-MM-DD) of the exchange rates used to compare `salary` with the minimum, when its currency differed. */
  fxDate?: string;
  /** The occupation the job's title names ("backend engineer"), when the catalog knows it. */
  occupation?: string;
  /** In a run of a saved search: new to the search, seen in its earlier runs, or changed since (title, pay, place). */
  novelty?: Novelty;
}

/** The result object of contract section 5. */
export interface RunResult {
  runId: string;
  status: Exclude<RunStatus, 'queued' | 'running' | 'interrupted'>;
  orchestrator: OrchestratorKind;
  engine: EngineKind;
  startedAt: string;
  finishedAt: string;
  /**
   * The run's reference time (RunConfig.now, a replayed market's recorded day): what "posted 3 days
   * ago" counts to in every view of the result. Absent in runs stored before results kept it; read it
   * through resultAsOf.
   */
  asOf?: string;
  stats: RunStats;
  cost: CostSummary;
  errors: RunError[];
  /** What the run changed in its input without failing anything (e.g. duplicate companies merged); absent when none. */
  warnings?: string[];
  jobs: ResultJob[];
  /** In a run of a saved search: what its previous run shortlisted that this run's shortlist no longer holds. */
  disappeared?: DisappearedJob[];
  /** In a run of a saved search: the search's run before this one (absent for its first run). */
  previousRun?: PreviousSearchRun;
  /** The best jobs that scored below JH_MIN_SCORE, best first: shown apart, never in `jobs`. */
  nearMisses?: ResultJob[];
  /**
   * What the run understood of the preferences (contract section 5, "reading"); absent only in runs
   * stored before runs kept it.
   */
  reading?: Reading;
  /** Fields the preferences left open that the run filled from the resume, with the values used. */
  filledFromResume?: Partial<Reading>;
  /** Where the report files were written (absolute paths), by format. */
  files?: Partial<Record<OutputFormat, string>>;
  /**
   * Milliseconds each step took, by step name (every pass of a step summed, discovery rounds
   * under findCompanies); absent in runs stored before runs kept them.
   */
  timings?: Record<string, number>;
}

/** The time a result's job ages count to: its run's reference time, else (a result stored before it) its end. */
export function resultAsOf(result: Pick<RunResult, 'asOf' | 'finishedAt'>): string {
  return result.asOf ?? result.finishedAt;
}

export function emptyCost(): CostSummary {
  return { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, estimatedCostUsd: 0 };
}

export function addCosts(...costs: CostSummary[]): CostSummary {
  const total = { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, estimatedCostUsd: 0 };
  for (const c of costs) {
    total.inputTokens += c.inputTokens;
    total.outputTokens += c.outputTokens;
    total.cacheReadTokens += c.cacheReadTokens ?? 0;
    total.cacheWriteTokens += c.cacheWriteTokens ?? 0;
    total.estimatedCostUsd += c.estimatedCostUsd;
  }
  total.estimatedCostUsd = Math.round(total.estimatedCostUsd * 1e6) / 1e6;
  return total;
}

/** What a ledger spent since `before` (its summary then), e.g. one stage's share of a seeded ledger. */
export function costSince(after: CostSummary, before: CostSummary): CostSummary {
  return addCosts(after, {
    inputTokens: -before.inputTokens,
    outputTokens: -before.outputTokens,
    cacheReadTokens: -(before.cacheReadTokens ?? 0),
    cacheWriteTokens: -(before.cacheWriteTokens ?? 0),
    estimatedCostUsd: -before.estimatedCostUsd,
  });
}
