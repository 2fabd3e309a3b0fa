import { Injectable } from '@nestjs/common';
import { AggregatorAgent, NotifierAgent, type DeliveryReceipt } from '@job-hunter/agents';
import { JobHunterError, runStatus, storedJobKey, type RunError, type RunResult } from '@job-hunter/domain';
import {
  CheckpointRepository,
  RunRepository,
  SearchHistoryRepository,
  ShortlistedJobRepository,
} from '@job-hunter/persistence';
import { runDirOf, writeRunReports } from './run-reports';
import { STAGE_NAMES } from './stage-names';
import { loadStageTimings } from './stage-timings';
import { recordSearchRun } from './search-novelty';

/** What the orchestrator saw after aggregate (a failed notify), and the status it settled on, if any. */
export interface RunEnding {
  errors?: readonly RunError[];
  status?: RunResult['status'];
  /** Milliseconds per step as the Temporal workflow measured them; else the ones stored as the steps ran. */
  timings?: Record<string, number>;
}

/**
 * The one step that finishes a run, for both orchestrators, on the machine that asked for it:
 * the aggregate's result with what happened after it, its report files and digest written into
 * the run folder, its shortlist recorded in the shortlist history (what makes a job new in one run
 * only) and, for a saved search's run, the search's history (what its next run's novelty is told
 * against), and the result saved in the run record (which `status` and `resume` read).
 * The checkpoint pipeline calls it at its end, the Temporal client after the workflow completes.
 */
@Injectable()
export class RunFinisher {
  constructor(
    private readonly runs: RunRepository,
    private readonly checkpoints: CheckpointRepository,
    private readonly aggregator: AggregatorAgent,
    private readonly notifier: NotifierAgent,
    private readonly shortlisted: ShortlistedJobRepository,
    private readonly searchHistory: SearchHistoryRepository,
  ) {}

  async finish(runId: string, ending: RunEnding = {}): Promise<{ result: RunResult; digest: DeliveryReceipt }> {
    const run = await this.runs.get(runId);
    const stored = await this.checkpoints.load<RunResult>(runId, 'aggregate');
    if (!run || !stored) {
      throw new JobHunterError(
        'INTERNAL',
        `Run ${runId} finished but stored no result; check that the workers use the same database (JH_DATABASE_URL).`,
      );
    }
    const errors = mergeErrors(stored.errors, ending.errors);
    // A late error (a lost digest) makes a run partial, never better: a run no board answered stays failed.
    const status =
      ending.status ??
      (errors.length > stored.errors.length ? runStatus(stored.stats, errors, 'partial') : stored.status);
    const timings = ending.timings ?? (await loadStageTimings(this.checkpoints, runId));
    const result: RunResult = {
      ...stored,
      orchestrator: run.orchestrator,
      status,
      errors,
      timings: inStageOrder(timings),
    };
    result.files = await writeRunReports(
      { aggregator: this.aggregator, checkpoints: this.checkpoints },
      result,
      run.config,
    );
    const digest = await this.notifier.notify(result, { runDir: runDirOf(run), dryRun: true });
    // Before the result is saved: whoever reads the result finds its jobs' history already there.
    await this.shortlisted.record(runId, result.jobs.map(storedJobKey), result.finishedAt);
    const { searchId } = run.config;
    if (searchId)
      await recordSearchRun({ checkpoints: this.checkpoints, history: this.searchHistory }, searchId, result);
    await this.runs.saveResult(runId, result);
    return { result, digest };
  }
}

function mergeErrors(stored: RunError[], seen: readonly RunError[] = []): RunError[] {
  const key = (e: RunError): string => JSON.stringify([e.stage, e.code, e.message, e.company ?? null]);
  const known = new Set(stored.map(key));
  return [...stored, ...seen.filter((e) => !known.has(key(e)))];
}

/** The timings in the order of the steps, so every results.json lists them alike. */
function inStageOrder(timings: Record<string, number>): Record<string, number> {
  return Object.fromEntries(STAGE_NAMES.filter((s) => s in timings).map((s) => [s, timings[s] as number]));
}
