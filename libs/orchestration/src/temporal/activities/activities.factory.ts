import { Context } from '@temporalio/activity';
import { JobHunterError } from '@job-hunter/domain';
import type { CheckpointRepository } from '@job-hunter/persistence';
import type { DiscoveryRounds } from '../../discovery/discovery-rounds';
import type { StageRunner } from '../../stages/stage-runner';
import type { RunHooks, StageExtra } from '../../stages/stage-context';
import type { StageName } from '../../stages/stage-names';
import { summariseStage } from '../../stages/stage-summaries';
import { SCRAPE_CONCURRENCY, saveScrapeSummary } from '../../stages/scrape-stage';
import type { CompanyScraper } from '../../stages/company-scraper';
import { requireCheckpoint } from '../../stages/checkpoint-reads';
import { runCostTotal } from '../../stages/run-cost';
import type { ActivityReport, JobHuntActivities, OpenedSearchRun, RunRef } from './activity-contract';
import type { RunEnding } from '../../stages/run-finisher';
import { toActivityFailure } from './activity-failure';
import { DEFAULT_HEARTBEAT_INTERVAL_MS, withHeartbeat } from './activity-heartbeat';
import { tracedActivities } from '../../telemetry/traced-activities';
import { ScrapeGate } from './scrape-gate';

/** What the activities call: fakes in unit tests, the Nest context's services on a worker. */
export interface ActivityServices {
  runner: Pick<StageRunner, 'runStage'>;
  scraper: Pick<CompanyScraper, 'storedOrScrape'>;
  checkpoints: Pick<CheckpointRepository, 'load' | 'loadAll' | 'save' | 'each'>;
  discovery: Pick<DiscoveryRounds, 'openNextRound'>;
  /** A saved search's scheduled runs (SearchRuns); a worker without it fails such runs. */
  searchRuns?: SearchRunSteps;
}

/** What a scheduled run of a saved search needs beyond the stages: its run record, made and finished. */
export interface SearchRunSteps {
  /** Records run `runId` from the stored search, or finds it recorded by an earlier attempt. */
  open(searchId: string, runId: string): Promise<OpenedSearchRun>;
  /** The finish step an ordinary run's client takes (reports, shortlist history, result saved), or the failure it marks. */
  finish(runId: string, ending: RunEnding & { unfinished?: boolean }): Promise<{ summary: string }>;
}

export interface ActivityDeps extends ActivityServices {
  /** Masks secrets in failure messages, which Temporal stores in the workflow history. */
  redact?: (text: string) => string;
  heartbeatIntervalMs?: number;
}

/**
 * One activity per agent, each an adapter over the same StageRunner calls the checkpoint
 * pipeline makes. Payloads carry run ids and counts only: the run's config (paths, options)
 * is read from the store by run id, and secrets stay in the worker's own AppConfig.
 */
export function createActivities(deps: ActivityDeps): JobHuntActivities {
  const { runner, checkpoints } = deps;
  const redact = deps.redact ?? ((text: string) => text);
  const interval = deps.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_INTERVAL_MS;
  // The process's scraping worker takes a few more scrapeCompany tasks than this (worker-queues.ts):
  // the gate keeps the board fetching at SCRAPE_CONCURRENCY while the extra tasks wait here.
  const scrapes = new ScrapeGate(SCRAPE_CONCURRENCY);

  /** Runs a stage in the activity, translating failures; cancellation arrives through heartbeats. */
  const inActivity = async <T>(stage: StageName, work: Parameters<typeof withHeartbeat<T>>[2]): Promise<T> => {
    try {
      return await withHeartbeat(stage, interval, work);
    } catch (e) {
      throw toActivityFailure(e, Context.current().cancellationSignal, redact);
    }
  };

  /**
   * A retried activity whose earlier attempt already stored its checkpoint reuses it, so a
   * worker that died after saving never scores or notifies twice. Aggregate always reruns:
   * the workflow may bring new errors or a forced status.
   */
  const runStage = async (name: StageName, runId: string, hooks: RunHooks, signal: AbortSignal, extra?: StageExtra) => {
    const done = name === 'aggregate' ? undefined : await checkpoints.load(runId, name);
    if (done !== undefined) return summariseStage(name, done as never);
    return runner.runStage(name, runId, { hooks, signal, extra });
  };

  /** An activity that runs one whole stage and reports its summary line. */
  const stageActivity =
    (name: StageName) =>
    ({ runId }: RunRef): Promise<ActivityReport> =>
      inActivity(name, async (hooks, signal) => report(name, await runStage(name, runId, hooks, signal)));

  /** A paid step reports the run ledger's total after it ran, which the workflow's budget guardrail reads. */
  const paidActivity =
    (name: 'parseResume' | 'parsePreferences' | 'scoreJobs') =>
    ({ runId }: RunRef): Promise<ActivityReport> =>
      inActivity(name, async (hooks, signal) => {
        const summary = await runStage(name, runId, hooks, signal);
        return { ...report(name, summary), cost: await runCostTotal(checkpoints, runId) };
      });

  return tracedActivities({
    parseResume: paidActivity('parseResume'),
    parsePreferences: paidActivity('parsePreferences'),
    scoreJobs: paidActivity('scoreJobs'),
    processJobs: stageActivity('processJobs'),
    notify: stageActivity('notify'),

    findCompanies: ({ runId }) =>
      inActivity('findCompanies', async (hooks, signal) => {
        const summary = await runStage('findCompanies', runId, hooks, signal);
        const companies = await requireCheckpoint(checkpoints, runId, 'findCompanies');
        return { ...report('findCompanies', summary), companies: companies.length };
      }),

    discoverCompanies: ({ runId }) =>
      inActivity('findCompanies', async (hooks, signal) => {
        let line = 'no further round';
        const said: RunHooks = {
          ...hooks,
          onStageDone: (stage, text) => {
            line = text;
            hooks.onStageDone?.(stage, text);
          },
        };
        const { round } = await deps.discovery.openNextRound(runId, said, signal);
        const companies = await requireCheckpoint(checkpoints, runId, 'findCompanies');
        return {
          ...report('findCompanies', line),
          cost: await runCostTotal(checkpoints, runId),
          companies: companies.length,
          errors: round?.errors ?? [],
        };
      }),

    scrapeCompany: ({ runId, index }) =>
      inActivity('scrapeJobs', async (_hooks, signal) => {
        // Keyed by index, so a retry after a worker died reuses or overwrites, never duplicates;
        // the outcome only, so the activity never holds the company's jobs once they are stored.
        const result = await scrapes.run(signal, () => deps.scraper.storedOrScrape(runId, index, signal));
        const outcome = result.error ? result.error.code : `${result.jobCount} jobs`;
        return {
          ...report('scrapeJobs', `${result.company}: ${outcome}`),
          index,
          company: result.company,
          jobs: result.jobCount,
          ...(result.error ? { error: result.error } : {}),
        };
      }),

    finishScrape: ({ runId, attempted }) =>
      inActivity('scrapeJobs', async () => {
        // Companies the workflow never got to (cancelled, budget) were attempted and did not succeed.
        const summary = await saveScrapeSummary(checkpoints, runId, attempted);
        return report('scrapeJobs', summariseStage('scrapeJobs', summary));
      }),

    aggregate: ({ runId, extraErrors, status }) =>
      inActivity('aggregate', async (hooks, signal) => {
        const summary = await runStage('aggregate', runId, hooks, signal, { errors: extraErrors, status });
        const result = await requireCheckpoint(checkpoints, runId, 'aggregate');
        return { ...report('aggregate', summary), status: result.status, jobsInOutput: result.stats.jobsInOutput };
      }),

    openSearchRun: ({ searchId, runId }) =>
      inActivity('parseResume', async () => requireSearchRuns(deps).open(searchId, runId)),

    finishSearchRun: ({ runId, ...ending }) =>
      inActivity('notify', async () => report('notify', (await requireSearchRuns(deps).finish(runId, ending)).summary)),
  });
}

function requireSearchRuns(deps: ActivityServices): SearchRunSteps {
  if (deps.searchRuns) return deps.searchRuns;
  throw new JobHunterError('CONFIG_INVALID', 'This worker cannot run saved searches: it has no SearchRuns service.');
}

function report(stage: StageName, summary: string): ActivityReport {
  return { stage, summary };
}
