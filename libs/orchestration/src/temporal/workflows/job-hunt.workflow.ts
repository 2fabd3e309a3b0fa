// The job hunt as a Temporal workflow: the eight stages in order, scraping fanned out per
// company, spend summed from every activity, a budget guardrail and a graceful cancel.
// Deterministic: only @temporalio/workflow at runtime, everything else `import type`.
import { ApplicationFailure, isCancellation, setHandler } from '@temporalio/workflow';
import type { ActivityReport, JobHuntInput, JobHuntOutput } from '../activities/activity-contract';
import type { StageName } from '../../stages/stage-names';
import { jobHuntActivities } from './activity-options';
import { cancelSignal, progressQuery } from './job-hunt.definitions';
import { RunState } from './run-state';
import { scrapeCompanies } from './scrape-pool';

/**
 * Failure semantics: parseResume, parsePreferences, findCompanies and aggregate failing fail
 * the workflow; a failed scrape, finishScrape, processJobs, scoreJobs or notify is recorded and
 * the run ends `partial`. A stop (spent budget or the `cancel` signal) before the companies are
 * known fails the run, as there is nothing to report; after that it cancels the scrapes and the
 * scoring in flight, starts no more, and still aggregates and notifies.
 */
export async function JobHuntWorkflow(input: JobHuntInput): Promise<JobHuntOutput> {
  const state = new RunState(input);
  const acts = jobHuntActivities(input.queues);
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
  const optional = async (stage: StageName, call: () => Promise<ActivityReport>): Promise<boolean> => {
    try {
      await required(stage, call);
      return true;
    } catch (err) {
      if (!isCancellation(err)) state.recordFailure(stage, err);
      else if (state.stopped)
        state.record({ stage, code: state.stopped, message: `${stage} was stopped before it finished.` });
      else throw err; // the whole workflow is being cancelled
      return false;
    }
  };

  await required('parseResume', () => acts.parseResume(ref));
  await required('parsePreferences', () => acts.parsePreferences(ref));
  if (state.stopped) throw nothingToReport(state);
  const { companies } = await required('findCompanies', () => acts.findCompanies(ref));

  state.begin('scrapeJobs');
  state.progress.companies.total = companies;
  await scrapeCompanies(state, acts.scrapeCompany, input.runId, input.scrapeConcurrency);
  const scraped = await optional('scrapeJobs', () => acts.finishScrape({ ...ref, attempted: companies }));
  const processed = scraped && (await optional('processJobs', () => acts.processJobs(ref)));
  if (processed && !state.stopped) {
    // The budget trips only between activities (the scorer gets what remains), so a stop here is a cancel.
    const budgetUsd = state.remainingBudgetUsd;
    await optional('scoreJobs', () => state.stoppable(() => acts.scoreJobs({ ...ref, budgetUsd })));
  }

  const aggregated = await required('aggregate', () =>
    acts.aggregate({
      ...ref,
      extraErrors: [...state.errors],
      ...(state.errors.length > 0 ? { status: 'partial' as const } : {}),
      cost: state.progress.cost,
    }),
  );
  const notified = await optional('notify', () => acts.notify(ref));
  state.progress.stage = null;
  return {
    runId: input.runId,
    status: notified ? aggregated.status : 'partial',
    cost: state.progress.cost,
    jobsInOutput: aggregated.jobsInOutput,
    errors: state.errors,
  };
}

function nothingToReport(state: RunState): ApplicationFailure {
  const reason = state.errors[state.errors.length - 1]?.message ?? 'The run was stopped.';
  return ApplicationFailure.nonRetryable(
    `${reason} It stopped before any company was searched, so there is nothing to report.`,
    state.stopped ?? 'CANCELLED',
  );
}
