import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { APP_CONFIG } from '@job-hunter/config';
import type { AppConfig } from '@job-hunter/config';
import type { Company, RawJob } from '@job-hunter/domain';
import { errorMessage, isJobHunterError, plainErrorMessage } from '@job-hunter/domain';
import { BoardHttpFactory, JobBoardRegistry } from '@job-hunter/job-boards';
import type { BoardFetchResult, BoardHttp, ResponseCacheStore } from '@job-hunter/job-boards';
import { BoardResponseCacheRepository, JobSightingRepository } from '@job-hunter/persistence';
import { countBoardError } from '@job-hunter/telemetry';
import { DEFAULT_BOARD_DEADLINE_MS, withBoardDeadline } from './board-deadline';
import type { CompanyScrapeResult, ScrapeAllHooks, ScrapeOptions } from './jobs-scraper.types';

const STAGE = 'scrapeJobs';

// Adapters never import each other, so the compiler checks here that the database store fits job-boards' port.
type _StoreFitsPort = Assert<BoardResponseCacheRepository extends ResponseCacheStore ? true : false>;
type Assert<T extends true> = T;

/** What the agent needs of the sightings store (a fake in unit tests). */
export type SightingRecorder = Pick<JobSightingRepository, 'record'>;

/**
 * Reads each company's job board into RawJobs; a failing board becomes an error entry, never
 * an exception. It is also where the two adapters meet: the database's response cache is
 * handed to job-boards' HTTP factory (adapters never import each other), and every live scrape
 * records when each job was seen.
 */
@Injectable()
export class JobsScraperAgent {
  private readonly logger = new Logger('JobsScraper');

  constructor(
    private readonly registry: JobBoardRegistry,
    private readonly httpFactory: BoardHttpFactory,
    @Optional() @Inject(BoardResponseCacheRepository) private readonly cacheStore?: ResponseCacheStore,
    @Optional() @Inject(JobSightingRepository) private readonly sightings?: SightingRecorder,
    @Optional() @Inject(APP_CONFIG) private readonly config?: AppConfig,
  ) {}

  scrapeCompany(company: Company, options: ScrapeOptions, signal?: AbortSignal): Promise<CompanyScrapeResult> {
    return this.scrapeWith(company, this.http(options), options, signal);
  }

  async scrapeAll(
    companies: Company[],
    options: ScrapeOptions,
    hooks: ScrapeAllHooks = {},
  ): Promise<CompanyScrapeResult[]> {
    // One client for the whole batch, so per-host limits hold across companies.
    const http = this.http(options);
    const results: CompanyScrapeResult[] = new Array(companies.length);
    const workers = Math.max(1, Math.min(hooks.concurrency ?? 4, companies.length));
    let next = 0;
    let done = 0;
    const work = async (): Promise<void> => {
      for (let i = next++; i < companies.length; i = next++) {
        const company = companies[i] as Company;
        results[i] = await this.scrapeWith(company, http, options, hooks.signal);
        done++;
        hooks.onProgress?.(done, companies.length, company.name);
      }
    };
    await Promise.all(Array.from({ length: workers }, work));
    return results;
  }

  private http(options: ScrapeOptions): BoardHttp {
    return this.httpFactory.create({
      snapshotDir: options.snapshotDir,
      recordSnapshotDir: options.recordSnapshotDir,
      forceRescrape: options.forceRescrape,
      cacheStore: this.cacheStore,
    });
  }

  private async scrapeWith(
    company: Company,
    http: BoardHttp,
    options: ScrapeOptions,
    signal?: AbortSignal,
  ): Promise<CompanyScrapeResult> {
    const detected = this.registry.detect(company.careersUrl, { ats: company.ats, board: company.board });
    if (!detected) {
      return failed(
        company,
        'BOARD_UNSUPPORTED',
        `No supported job board found at ${company.careersUrl}; give a careers URL on a supported board (${this.registry.kinds.join(', ')}), or set "ats" and "board" for this company.`,
      );
    }
    const base = { company: company.name, ats: detected.ats, board: detected.board };
    let fetched: BoardFetchResult;
    try {
      const client = this.registry.require(detected.ats);
      // Both orchestrators read a board through here, so this one deadline bounds every run.
      const deadlineMs = options.deadlineMs ?? this.config?.scraping.boardDeadlineMs ?? DEFAULT_BOARD_DEADLINE_MS;
      fetched = await withBoardDeadline(deadlineMs, company.name, signal, (bounded) =>
        client.fetchJobs(
          { company: company.name, board: detected.board, careersUrl: company.careersUrl },
          http,
          bounded,
        ),
      );
    } catch (e) {
      if (signal?.aborted) throw e;
      const code = isJobHunterError(e) ? e.code : 'INTERNAL';
      return { ...failed(company, code, errorMessage(e)), ...base, jobs: [], skipped: {} };
    }
    // A snapshot is a recorded market, not an observation of the boards today.
    if (!options.snapshotDir) await this.recordSightings(fetched.jobs);
    const result: CompanyScrapeResult = { ...base, jobs: fetched.jobs, skipped: fetched.skipped };
    if (!fetched.partialError) return result;
    const { code, message } = fetched.partialError;
    // The jobs read before the failure stay; the error still makes the run partial.
    const kept = `kept the ${fetched.jobs.length} job${fetched.jobs.length === 1 ? '' : 's'} read before the failure`;
    return { ...result, error: failed(company, code, `${message} (${kept})`).error };
  }

  private async recordSightings(jobs: RawJob[]): Promise<void> {
    if (!this.sightings || jobs.length === 0) return;
    try {
      await this.sightings.record(
        jobs.map((j) => ({ ats: j.ats, board: j.board, externalId: j.externalId, company: j.company })),
        new Date().toISOString(),
      );
    } catch (e) {
      // Sightings feed reports later; losing one scrape's worth must not lose the jobs themselves.
      this.logger.warn(`Could not record job sightings: ${errorMessage(e)}`);
    }
  }
}

/** The one place a company's error is recorded: plain, one line, no URL password (it is stored and reported). */
function failed(company: Company, code: string, message: string): CompanyScrapeResult {
  countBoardError(code);
  return {
    company: company.name,
    jobs: [],
    skipped: {},
    error: { stage: STAGE, code, message: plainErrorMessage(message), company: company.name },
  };
}
