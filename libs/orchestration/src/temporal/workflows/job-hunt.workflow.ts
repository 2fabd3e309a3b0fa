// The job hunt as a Temporal workflow: the eight stages in order, scraping fanned out per
// company, the run's spend as its paid activities report it, a budget guardrail and a graceful cancel.
// Deterministic: only @temporalio/workflow at runtime, everything else `import type`.
import {
  ApplicationFailure,
  CancellationScope,
  isCancellation,
  patched,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type {
  ActivityReport,
  JobHuntInput,
  JobHuntOutput,
  JobHuntStart,
  ScheduledSearchInput,
} from '../activities/activity-contract';
import type { StageName } from '../../stages/stage-names';
import { jobHuntActivities } from './activity-options';
import { cancelSignal, progressQuery } from './job-hunt.definitions';
import { RunState } from './run-state';
import { scrapeCompanies } from './scrape-pool';
import { scheduledRunId } from './scheduled-run-id';

type JobHuntActivityStubs = ReturnType<typeof jobHuntActivities>;

/** Marks histories that run discovery rounds (older ones go straight from scoring to aggregate). */
export const DISCOVERY_ROUNDS_PATCH = 'discovery-rounds';
/** Marks histories whose light steps are local activities (jobHuntActivities' localSteps). */
export const LOCAL_STEPS_PATCH = 'local-steps';

/**
 * Failure semantics: parseResume, parsePreferences, findCompanies and aggregate failing fail
 * the workflow; a failed scrape, finishScrape, processJobs, scoreJobs, discoverCompanies or
 * notify is recorded and the run ends `partial`, or `failed` when aggregate finds that no board
 * answered (runStatus in the domain, which this sandboxed code cannot import). The cancel signal
 * before the companies are known fails the run, as there is nothing to report; after that it
 * cancels the scrapes and the scoring in flight, starts no more, and still aggregates and
 * notifies. A budget spent by the resume and preferences reading stops paid calls only: the run
 * goes on and scores offline.
 *
 * Discovery rounds: after each scoring pass, discoverCompanies may add companies (too few good
 * matches); the new ones are scraped, then everything is processed and scored again.
 *
 * A saved search's schedule starts it with the search id instead of a run (ScheduledSearchInput):
 * the first step then records the run from the stored search, and the last one finishes it as the
 * CLI finishes an ordinary run (no client waits for a scheduled run), or marks it failed when the
 * workflow fails. Only such inputs take these two steps, and no history before them has one, so
 * older histories replay unchanged without a patch.
 */
export async function JobHuntWorkflow(start: JobHuntStart): Promise<JobHuntOutput> {
  // Asked once, before the first step: histories recorded before the patch replay with no local steps.
  const acts = jobHuntActivities(start.queues, patched(LOCAL_STEPS_PATCH));
  if (!('searchId' in start)) return hunt(start, acts);
  const input = await openScheduledRun(start, acts);
  const ref = { runId: input.runId };
  let output: JobHuntOutput;
  try {
    output = await hunt(input, acts);
  } catch (err) {
    // No client will mark the run failed (the failure itself stays in the workflow's history).
    await CancellationScope.nonCancellable(() =>
      acts.finishSearchRun({ ...ref, status: 'failed', errors: [], unfinished: true }),
    );
    throw err;
  }
  await acts.finishSearchRun({ ...ref, status: output.status, errors: output.errors, timings: output.timings });
  return output;
}

/** The run itself, on a recorded run. */
async function hunt(input: JobHuntInput, acts: JobHuntActivityStubs): Promise<JobHuntOutput> {
  const state = new RunState(input);
  const ref = { runId: input.runId };
  setHandler(progressQuery, () => state.progress);
  setHandler(cancelSignal, (reason) => state.requestCancel(reason));

  const required = async <R extends ActivityReport>(stage: StageName, call: () => Promise<R>): Promise<R> => {
    state.begin(stage);
    const report = await call();
    state.charge(stage, report);
    state.finish(stage);
    return report;
  };
  /** A step the run can do without: its failure is recorded and the result becomes partial. */
  const optional = async <R extends ActivityReport>(
    stage: StageName,
    call: () => Promise<R>,
  ): Promise<R | undefined> => {
    try {
      return await required(stage, call);
    } catch (err) {
      state.stopClock(stage);
      if (!isCancellation(err)) state.recordFailure(stage, err);
      else if (state.stopped)
        state.record({ stage, code: state.stopped, message: `${stage} was stopped before it finished.` });
      else throw err; // the whole workflow is being cancelled
      return undefined;
    }
  };

  /** Scrapes companies [from, total), then processes and scores all jobs; true when scoring finished. */
  const searchCompanies = async (from: number, total: number): Promise<boolean> => {
    state.begin('scrapeJobs');
    state.progress.companies.total = total;
    await scrapeCompanies(state, acts.scrapeCompany, input.runId, input.scrapeConcurrency, from);
    const scraped = await optional('scrapeJobs', () => acts.finishScrape({ ...ref, attempted: total }));
    const processed = scraped && (await optional('processJobs', () => acts.processJobs(ref)));
    if (!processed || state.stopped) return false;
    // The budget trips only between activities (the scorer's ledger holds it within), so a stop here is a cancel.
    return !!(await optional('scoreJobs', () => state.stoppable(() => acts.scoreJobs(ref))));
  };

  await required('parseResume', () => acts.parseResume(ref));
  await required('parsePreferences', () => acts.parsePreferences(ref));
  if (state.stopped) throw nothingToReport(state);
  const found = await required('findCompanies', () => acts.findCompanies(ref));

  for (let from = 0, total = found.companies; ;) {
    const scored = await searchCompanies(from, total);
    if (!scored || state.stopped || !patched(DISCOVERY_ROUNDS_PATCH)) break;
    const round = await optional('findCompanies', () => state.stoppable(() => acts.discoverCompanies(ref)));
    for (const error of round?.errors ?? []) state.record(error);
    if (!round || round.companies <= total || state.stopped) break;
    [from, total] = [total, round.companies];
  }

  const aggregated = await required('aggregate', () =>
    acts.aggregate({
      ...ref,
      extraErrors: [...state.errors],
      ...(state.errors.length > 0 ? { status: 'partial' as const } : {}),
    }),
  );
  const notified = await optional('notify', () => acts.notify(ref));
  state.progress.stage = null;
  return {
    runId: input.runId,
    // A failed notify makes the run partial, never better: aggregate's `failed` (no board answered) stays.
    status: notified || aggregated.status === 'failed' ? aggregated.status : 'partial',
    cost: state.progress.cost,
    jobsInOutput: aggregated.jobsInOutput,
    errors: state.errors,
    timings: state.timings,
  };
}

/** Records the scheduled run from its saved search, under the run id this workflow's id gives. */
async function openScheduledRun(start: ScheduledSearchInput, acts: JobHuntActivityStubs): Promise<JobHuntInput> {
  const { searchId, ...rest } = start;
  const opened = await acts.openSearchRun({ searchId, runId: scheduledRunId(workflowInfo().workflowId) });
  return { ...rest, runId: opened.runId, budgetUsd: opened.budgetUsd };
}

function nothingToReport(state: RunState): ApplicationFailure {
  const reason = state.errors[state.errors.length - 1]?.message ?? 'The run was stopped.';
  return ApplicationFailure.nonRetryable(
    `${reason} It stopped before any company was searched, so there is nothing to report.`,
    state.stopped ?? 'CANCELLED',
  );
}
