import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { JobProcessorAgent, JobsScraperAgent, type CompanyScrapeResult, type ScrapeOptions } from '@job-hunter/agents';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import {
  JobHunterError,
  errorMessage,
  type CandidateProfile,
  type Company,
  type RunConfig,
  type SearchPreferences,
} from '@job-hunter/domain';
import { CheckpointRepository, RunRepository } from '@job-hunter/persistence';
import { runSettings } from '../run-settings';
import { requireCheckpoint } from './checkpoint-reads';
import { companyKey, scrapeOutcome, type ScrapeOutcome } from './stage-outputs';
import { saveCompanyScrape, type StoredScrape } from './company-jobs';

/** Runs whose title filter is kept: a worker serves the companies of a few runs at a time. */
const TITLE_FILTER_RUNS = 8;

type TitleFilter = NonNullable<ScrapeOptions['wants']>;

/**
 * Scrapes one company of a run's company list and stores its jobs under the company's index;
 * the caller gets only the outcome, so no caller holds a company's jobs (the bulk of a market's
 * memory) after they are stored. The checkpoint pipeline's scrape stage and the Temporal
 * scrapeCompany activity both come here.
 */
@Injectable()
export class CompanyScraper {
  private readonly logger = new Logger('CompanyScraper');
  /** Each run's title filter (undefined: none, every detail is read), the most recently built last. */
  private readonly titleFilters = new Map<string, Promise<TitleFilter | undefined>>();

  constructor(
    private readonly scraper: JobsScraperAgent,
    private readonly checkpoints: CheckpointRepository,
    private readonly runs: RunRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() private readonly processor?: JobProcessorAgent,
  ) {}

  /** Scrapes `company`, the run's company #`index` (the caller holds the list: it is not read again per company). */
  async scrapeCompany(
    runId: string,
    index: number,
    company: Company,
    config: RunConfig,
    signal?: AbortSignal,
  ): Promise<ScrapeOutcome> {
    const result = await this.scraper.scrapeCompany(
      company,
      {
        snapshotDir: config.snapshotDir,
        recordSnapshotDir: config.recordSnapshotDir,
        forceRescrape: config.forceRescrape,
        deadlineMs: runSettings(config, this.config).boardDeadlineMs,
        // A recorded market keeps every detail: it is replayed later with other preferences.
        ...(config.recordSnapshotDir ? {} : { wants: await this.titleFilter(runId) }),
      },
      signal,
    );
    await saveCompanyScrape(this.checkpoints, runId, index, result);
    return scrapeOutcome(result);
  }

  /**
   * The run's title filter, built once per run from its stored preferences and resume (the process
   * stage judges by the same): the boards then skip the details of postings the run drops on their
   * title. Undefined (every detail read) when they cannot be loaded: the scrape never fails for it.
   */
  private async titleFilter(runId: string): Promise<TitleFilter | undefined> {
    const processor = this.processor;
    if (!processor) return undefined;
    let built = this.titleFilters.get(runId);
    if (!built) {
      built = this.buildTitleFilter(processor, runId);
      this.titleFilters.set(runId, built);
      while (this.titleFilters.size > TITLE_FILTER_RUNS) {
        this.titleFilters.delete(this.titleFilters.keys().next().value as string);
      }
    }
    const filter = await built;
    // A failed load is tried again for the run's next company.
    if (!filter && this.titleFilters.get(runId) === built) this.titleFilters.delete(runId);
    return filter;
  }

  private async buildTitleFilter(processor: JobProcessorAgent, runId: string): Promise<TitleFilter | undefined> {
    try {
      const [prefs, profile] = await Promise.all([
        this.checkpoints.load<SearchPreferences>(runId, 'parsePreferences'),
        this.checkpoints.load<CandidateProfile>(runId, 'parseResume'),
      ]);
      if (!prefs || !profile) return undefined;
      return processor.titleFilter(prefs, profile);
    } catch (e) {
      this.logger.warn(
        `Run ${runId}: every job detail is read (its preferences could not be loaded: ${errorMessage(e)})`,
      );
      return undefined;
    }
  }

  /**
   * The company's stored outcome, else a scrape now (the run's config read by run id): a retried
   * activity whose earlier attempt stored its result reuses it, never duplicates it.
   */
  async storedOrScrape(runId: string, index: number, signal?: AbortSignal): Promise<ScrapeOutcome> {
    const stored = await this.checkpoints.load<CompanyScrapeResult>(runId, 'scrapeJobs', companyKey(index));
    if (stored) return scrapeOutcome(stored);
    const run = await this.runs.get(runId);
    if (!run) {
      throw new JobHunterError(
        'RUN_NOT_FOUND',
        `No run with id ${runId}: the client creates it before starting the workflow.`,
      );
    }
    const company = (await requireCheckpoint(this.checkpoints, runId, 'findCompanies'))[index];
    if (!company) throw new JobHunterError('INTERNAL', `Run ${runId} has no company #${index}.`);
    return this.scrapeCompany(runId, index, company, run.config, signal);
  }
}

/**
 * The run's per-company scrape results (keyed by index, beside the stage summary at key ''), in
 * company order, read one at a time so a reader done with a company never holds them all.
 */
export async function* scrapedCompanies(
  checkpoints: Pick<CheckpointRepository, 'each'>,
  runId: string,
): AsyncGenerator<{ index: number; result: StoredScrape }> {
  for await (const row of checkpoints.each<StoredScrape>(runId, 'scrapeJobs')) {
    if (row.key !== '') yield { index: Number(row.key), result: row.data };
  }
}
