import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { APP_CONFIG } from '@job-hunter/config';
import type { AppConfig } from '@job-hunter/config';
import type { Company, RawJob } from '@job-hunter/domain';
import { errorMessage, isJobHunterError, plainErrorMessage, rawJobKey } from '@job-hunter/domain';
import { BoardHttpFactory, JobBoardRegistry } from '@job-hunter/job-boards';
import type {
  BoardFetchResult,
  BoardHttp,
  BoardTarget,
  JobBoardClient,
  ResponseCacheStore,
} from '@job-hunter/job-boards';
import { BoardResponseCacheRepository, JobSightingRepository } from '@job-hunter/persistence';
import type { ScrapedBoard, SeenJob } from '@job-hunter/persistence';
import { countBoardError } from '@job-hunter/telemetry';
import { DEFAULT_BOARD_DEADLINE_MS, withBoardDeadline } from './board-deadline';
import type { CompanyScrapeResult, ScrapeAllHooks, ScrapeOptions } from './jobs-scraper.types';

const STAGE = 'scrapeJobs';

// Adapters never import each other, so the compiler checks here that the database store fits job-boards' port.
type _StoreFitsPort = Assert<BoardResponseCacheRepository extends ResponseCacheStore ? true : false>;
type Assert<T extends true> = T;

/** A board's answer; `insteadReason` when its careers page stood in for a feed that is off. */
type BoardRead = BoardFetchResult & { insteadReason?: string };

/** What the agent needs of the sightings store (a fake in unit tests). */
export type SightingRecorder = Pick<JobSightingRepository, 'record' | 'recordScrape'>;

/**
 * Reads each company's job board into RawJobs; a failing board becomes an error entry, never
 * an exception. It is also where the two adapters meet: the database's response cache is
 * handed to job-boards' HTTP factory (adapters never import each other), and every scrape
 * records when each job was seen, and a complete one when its board was last read.
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
    const target: BoardTarget = {
      company: company.name,
      board: detected.board,
      careersUrl: company.careersUrl,
      ...this.wantsFor(company.name, options),
    };
    // Both orchestrators read a board through here, so this one deadline bounds every run (the
    // careers page read in place of a feed that is off included).
    const deadlineMs = options.deadlineMs ?? this.config?.scraping.boardDeadlineMs ?? DEFAULT_BOARD_DEADLINE_MS;
    let fetched: BoardRead;
    try {
      const client = this.registry.require(detected.ats);
      fetched = await withBoardDeadline(deadlineMs, company.name, signal, (bounded) =>
        this.readBoard(client, target, http, options, bounded),
      );
    } catch (e) {
      if (signal?.aborted) throw e;
      const code = isJobHunterError(e) ? e.code : 'INTERNAL';
      return { ...failed(company, code, errorMessage(e)), ...base, jobs: [], skipped: {} };
    }
    if (fetched.insteadReason !== undefined) {
      // A page read is not the board's full list: the board's earlier jobs are not marked gone.
      await this.recordSightings(base, fetched, false);
      const { jobs, skipped } = fetched;
      return { ...base, jobs, skipped, error: failed(company, 'BOARD_FEED_OFF', fetched.insteadReason).error };
    }
    // A replayed snapshot counts too: it is the market the person searched, and what their
    // applications' board state (open or gone at the last run) is read from.
    await this.recordSightings(base, fetched);
    const result: CompanyScrapeResult = { ...base, jobs: fetched.jobs, skipped: fetched.skipped };
    if (!fetched.partialError) return result;
    const { code, message } = fetched.partialError;
    // The jobs read before the failure stay; the error still makes the run partial.
    const kept = `kept the ${fetched.jobs.length} job${fetched.jobs.length === 1 ? '' : 's'} read before the failure`;
    return { ...result, error: failed(company, code, `${message} (${kept})`).error };
  }

  /** The run's title filter for this company's board; none when recording a snapshot (it keeps every detail). */
  private wantsFor(company: string, options: ScrapeOptions): Pick<BoardTarget, 'wants'> {
    const wants = options.wants;
    if (!wants || options.recordSnapshotDir) return {};
    return { wants: (posting) => wants({ title: posting.title, company }) };
  }

  /**
   * The board's feed; when it is off or refused (BOARD_FEED_OFF) and the board has a careers page,
   * the careers-page reader takes over: its jobs, and the reason, which stays in the run's errors.
   * Any other error, or a board without a careers page to read, is thrown as it came.
   */
  private async readBoard(
    client: JobBoardClient,
    target: BoardTarget,
    http: BoardHttp,
    options: ScrapeOptions,
    signal: AbortSignal,
  ): Promise<BoardRead> {
    try {
      return await client.fetchJobs(target, http, signal);
    } catch (error) {
      if (signal.aborted || !isJobHunterError(error) || error.code !== 'BOARD_FEED_OFF') throw error;
      const page = client.careersPage?.(target);
      const reader = this.registry.get('careers-page');
      if (!page || !reader) throw error;
      const why = plainErrorMessage(errorMessage(error)).replace(/[.;\s]+$/, '');
      const none = { jobs: [], skipped: {} };
      if (options.snapshotDir) {
        return { ...none, insteadReason: `${why}; its careers page ${page} is not read when replaying a snapshot.` };
      }
      try {
        // Not the feed's title filter: the page is a list of its own.
        const read = await reader.fetchJobs(
          { company: target.company, board: page, careersUrl: page, insteadOf: client.ats },
          http,
          signal,
        );
        const n = read.jobs.length;
        return {
          ...read,
          insteadReason: `${why}; read its careers page ${page} instead: ${n} job${n === 1 ? '' : 's'}.`,
        };
      } catch (e) {
        if (signal.aborted) throw e;
        return {
          ...none,
          insteadReason: `${why}; its careers page ${page} could not be read either (${errorMessage(e)})`,
        };
      }
    }
  }

  /** The jobs read, and, when the board was read to its end, the board's scrape: at one time. */
  private async recordSightings(
    board: ScrapedBoard,
    fetched: BoardFetchResult,
    complete = !fetched.partialError,
  ): Promise<void> {
    if (!this.sightings) return;
    const seenAt = new Date().toISOString();
    try {
      await this.sightings.record(fetched.jobs.map(seenJob), seenAt);
      if (complete) await this.sightings.recordScrape(board, seenAt);
    } catch (e) {
      // Sightings feed reports later; losing one scrape's worth must not lose the jobs themselves.
      this.logger.warn(`Could not record job sightings: ${errorMessage(e)}`);
    }
  }
}

function seenJob(job: RawJob): SeenJob {
  return { ats: job.ats, board: job.board, externalId: job.externalId, company: job.company, jobKey: rawJobKey(job) };
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
