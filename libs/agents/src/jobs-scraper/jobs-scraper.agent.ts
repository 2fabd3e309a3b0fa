import { Injectable } from '@nestjs/common';
import type { Company } from '@job-hunter/domain';
import { errorMessage, isJobHunterError } from '@job-hunter/domain';
import { BoardHttpFactory, JobBoardRegistry } from '@job-hunter/job-boards';
import type { BoardHttp } from '@job-hunter/job-boards';
import type { CompanyScrapeResult, ScrapeAllHooks, ScrapeOptions } from './jobs-scraper.types';

const STAGE = 'scrapeJobs';

/** Reads each company's job board into RawJobs; a failing board becomes an error entry, never an exception. */
@Injectable()
export class JobsScraperAgent {
  constructor(
    private readonly registry: JobBoardRegistry,
    private readonly httpFactory: BoardHttpFactory,
  ) {}

  scrapeCompany(company: Company, options: ScrapeOptions, signal?: AbortSignal): Promise<CompanyScrapeResult> {
    return this.scrapeWith(company, this.httpFactory.create(options), signal);
  }

  async scrapeAll(
    companies: Company[],
    options: ScrapeOptions,
    hooks: ScrapeAllHooks = {},
  ): Promise<CompanyScrapeResult[]> {
    // One client for the whole batch, so per-host limits hold across companies.
    const http = this.httpFactory.create(options);
    const results: CompanyScrapeResult[] = new Array(companies.length);
    const workers = Math.max(1, Math.min(hooks.concurrency ?? 4, companies.length));
    let next = 0;
    let done = 0;
    const work = async (): Promise<void> => {
      for (let i = next++; i < companies.length; i = next++) {
        const company = companies[i] as Company;
        results[i] = await this.scrapeWith(company, http, hooks.signal);
        done++;
        hooks.onProgress?.(done, companies.length, company.name);
      }
    };
    await Promise.all(Array.from({ length: workers }, work));
    return results;
  }

  private async scrapeWith(company: Company, http: BoardHttp, signal?: AbortSignal): Promise<CompanyScrapeResult> {
    const detected = this.registry.detect(company.careersUrl, { ats: company.ats, board: company.board });
    if (!detected) {
      return failed(
        company,
        'BOARD_UNSUPPORTED',
        `No supported job board found at ${company.careersUrl}; give a Greenhouse, Lever or Ashby careers URL, or set "ats" and "board" for this company.`,
      );
    }
    const base = { company: company.name, ats: detected.ats, board: detected.board };
    try {
      const client = this.registry.require(detected.ats);
      const fetched = await client.fetchJobs(
        { company: company.name, board: detected.board, careersUrl: company.careersUrl },
        http,
        signal,
      );
      return { ...base, jobs: fetched.jobs, skipped: fetched.skipped };
    } catch (e) {
      if (signal?.aborted) throw e;
      const code = isJobHunterError(e) ? e.code : 'INTERNAL';
      return { ...failed(company, code, errorMessage(e)), ...base, jobs: [], skipped: {} };
    }
  }
}

function failed(company: Company, code: string, message: string): CompanyScrapeResult {
  return {
    company: company.name,
    jobs: [],
    skipped: {},
    error: { stage: STAGE, code, message, company: company.name },
  };
}
