import { duplicateCompanyWarnings, type AggregatorAgent } from '@job-hunter/agents';
import { emptyCost, isJobHunterError, plainErrorMessage, type RunError, type RunResult } from '@job-hunter/domain';
import type { StageContext } from './stage-context';
import type { StageName } from './stage-names';
import type { StageOutputs } from './stage-outputs';
import type { CheckpointRepository } from '@job-hunter/persistence';
import { runCostTotal } from './run-cost';
import { loadRunUnderstanding } from './run-understanding';
import { saveRunDecisions } from './run-decisions';
import { withNovelty, withoutDismissed, type SearchStores } from './search-novelty';

/** What the aggregate stage uses: the aggregator, and the store its ledger, reading and decisions live in. */
export interface AggregateStageDeps {
  aggregator: Pick<AggregatorAgent, 'buildResult'>;
  checkpoints: Pick<CheckpointRepository, 'load' | 'loadAll' | 'save'>;
  /** A saved search's run (config.searchId) reads the person's marks and the search's history. */
  search?: SearchStores;
}

/**
 * Builds the run result. The Temporal workflow may add errors it saw itself and
 * force a status; when it forces one (a cancelled or budget-stopped run), steps that never
 * ran count as empty instead of failing the aggregate, so the user still gets a result.
 */
export async function aggregateRun(r: AggregateStageDeps, ctx: StageContext): Promise<RunResult> {
  const scrape = await loadOrEmpty(ctx, 'scrapeJobs', {
    companiesAttempted: 0,
    companiesSucceeded: 0,
    jobsScraped: 0,
    errors: [],
  });
  const processed = await loadOrEmpty(ctx, 'processJobs', {
    jobs: [],
    stats: { jobsScraped: 0, jobsAfterDedupe: 0, undatedKept: 0, dropped: {} },
  });
  const scoring = await loadOrEmpty(ctx, 'scoreJobs', {
    scored: [],
    cost: emptyCost(),
    errors: [],
    engine: ctx.config.engine,
  });
  // Where every stage's errors meet the result: one plain line each, whoever raised them.
  const errors: RunError[] = [...scrape.errors, ...scoring.errors, ...(ctx.extra?.errors ?? [])].map((e) => ({
    ...e,
    message: plainErrorMessage(e.message),
  }));
  // Only for the warnings on what the companies file held twice: no reason to fail a result over.
  const companies = await loadOrEmpty(ctx, 'findCompanies', [], true);
  const search = ctx.config.searchId && r.search ? { id: ctx.config.searchId, ...r.search } : undefined;
  // A saved search never shows again what the person hid or applied to: left out before the shortlist is picked.
  const dismissed = search ? await withoutDismissed(search.marks, scoring.scored) : undefined;
  const scored = dismissed?.scored ?? scoring.scored;
  const built = r.aggregator.buildResult({
    scored,
    config: { ...ctx.config, engine: scoring.engine },
    startedAt: ctx.startedAt,
    finishedAt: new Date().toISOString(),
    stats: {
      companiesAttempted: scrape.companiesAttempted,
      companiesSucceeded: scrape.companiesSucceeded,
      jobsScraped: processed.stats.jobsScraped,
      jobsAfterDedupe: processed.stats.jobsAfterDedupe,
      undatedKept: processed.stats.undatedKept,
      jobsScored: scoring.scored.length,
      dropped: { ...processed.stats.dropped, ...dismissed?.dropped },
    },
    // The run's ledger: every paid call of every step and round, whichever orchestrator ran them.
    cost: await runCostTotal(r.checkpoints, ctx.config.runId),
    errors,
    status: ctx.extra?.status,
    warnings: duplicateCompanyWarnings(companies),
    understanding: await loadRunUnderstanding(r.checkpoints, ctx.config.runId),
    minScore: ctx.settings.minScore,
  });
  const limits = { minScore: ctx.settings.minScore, maxPerCompany: ctx.config.maxPerCompany };
  const result = search
    ? await withNovelty({ ...search, checkpoints: r.checkpoints }, search.id, built, scored)
    : built;
  const droppedJobs = [...(processed.droppedJobs ?? []), ...(dismissed?.decisions ?? [])];
  await saveRunDecisions(r.checkpoints, ctx.config.runId, result, scored, droppedJobs, limits);
  // Stored as the stage's checkpoint; finishRun writes it into the run record and its files.
  return result;
}

async function loadOrEmpty<K extends StageName>(
  ctx: StageContext,
  stage: K,
  empty: StageOutputs[K],
  lenient = !!ctx.extra?.status,
): Promise<StageOutputs[K]> {
  if (!lenient) return ctx.load(stage);
  try {
    return await ctx.load(stage);
  } catch (e) {
    // A missing checkpoint is reported as INTERNAL by the runner; storage failures keep their own code.
    if (isJobHunterError(e) && e.code === 'INTERNAL') return empty;
    throw e;
  }
}
