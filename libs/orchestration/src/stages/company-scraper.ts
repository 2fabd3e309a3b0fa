import { Inject, Injectable } from '@nestjs/common';
import { JobsScraperAgent, type CompanyScrapeResult } from '@job-hunter/agents';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { JobHunterError, type Company, type RunConfig } from '@job-hunter/domain';
import { CheckpointRepository, RunRepository } from '@job-hunter/persistence';
import { runSettings } from '../run-settings';
import { requireCheckpoint } from './checkpoint-reads';
import { companyKey, scrapeOutcome, type ScrapeOutcome } from './stage-outputs';
import { saveCompanyScrape, type StoredScrape } from './company-jobs';

/**
 * Scrapes one company of a run's company list and stores its jobs under the company's index;
 * the caller gets only the outcome, so no caller holds a company's jobs (the bulk of a market's
 * memory) after they are stored. The checkpoint pipeline's scrape stage and the Temporal
 * scrapeCompany activity both come here.
 */
@Injectable()
export class CompanyScraper {
  constructor(
    private readonly scraper: JobsScraperAgent,
    private readonly checkpoints: CheckpointRepository,
    private readonly runs: RunRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
      },
      signal,
    );
    await saveCompanyScrape(this.checkpoints, runId, index, result);
    return scrapeOutcome(result);
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
