import type { Company } from '@job-hunter/domain';
import type { CheckpointRepository } from '@job-hunter/persistence';
import type { StageContext } from './stage-context';
import type { ScrapeOutcome, ScrapeSummary } from './stage-outputs';
import { scrapeOutcome } from './stage-outputs';
import { scrapedCompanies, type CompanyScraper } from './company-scraper';

/**
 * How many companies a run fetches at once (per-host caps still apply below): the embedded
 * pipeline's pool here, and on Temporal the workflow's pool and the scraping worker's slots.
 */
export const SCRAPE_CONCURRENCY = 8;

/** What the scrape stage uses: the stored per-company results, and the scraper that adds to them. */
export interface ScrapeStageDeps {
  checkpoints: Pick<CheckpointRepository, 'each'>;
  scraper: Pick<CompanyScraper, 'scrapeCompany'>;
}

/**
 * Scrapes every company that has no per-company checkpoint yet, so a resumed run never
 * fetches a company twice, then sums all per-company outcomes (never their jobs, which stay in the store).
 */
export async function scrapeRemaining(deps: ScrapeStageDeps, ctx: StageContext): Promise<ScrapeSummary> {
  const { runId } = ctx.config;
  const companies = await ctx.load('findCompanies');
  const done = new Map<number, ScrapeOutcome>();
  for await (const { index, result } of scrapedCompanies(deps.checkpoints, runId)) {
    done.set(index, scrapeOutcome(result));
  }
  const todo = companies.map((_, i) => i).filter((i) => !done.has(i));
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < todo.length) {
      ctx.signal?.throwIfAborted();
      const index = todo[next++] as number;
      const company = companies[index] as Company;
      const outcome = await deps.scraper
        .scrapeCompany(runId, index, company, ctx.config, ctx.signal)
        .catch((e: unknown) => {
          failed = true; // the other lanes take no more companies
          throw e;
        });
      done.set(index, outcome);
      ctx.hooks.onScrapeProgress?.(done.size, companies.length, outcome.company);
    }
  };
  // Every lane settles before a failure (or a stop) is passed on, so no scrape still stores its jobs after.
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(SCRAPE_CONCURRENCY, todo.length) }, worker));
  const rejected = lanes.find((lane) => lane.status === 'rejected');
  if (rejected) throw rejected.reason;
  // In company order, so errors read the same whatever order the scrapes finished in.
  return summariseScrapes([...done.entries()].sort(([a], [b]) => a - b).map(([, r]) => r));
}

/**
 * The scrape stage's summary from the companies stored so far, stored as its checkpoint: when a
 * stop (a cancel, the budget) ended scraping early, the companies never reached count as
 * attempted (`attempted`, the list's length) and not succeeded. Temporal's finishScrape and the
 * checkpoint pipeline's stop both end scraping here.
 */
export async function saveScrapeSummary(
  checkpoints: Pick<CheckpointRepository, 'each' | 'save'>,
  runId: string,
  attempted: number,
): Promise<ScrapeSummary> {
  const outcomes = [];
  for await (const { result } of scrapedCompanies(checkpoints, runId)) outcomes.push(scrapeOutcome(result));
  const summary = summariseScrapes(outcomes);
  summary.companiesAttempted = Math.max(summary.companiesAttempted, attempted);
  await checkpoints.save(runId, 'scrapeJobs', summary);
  return summary;
}

/**
 * The scrape's counts and errors. A company whose board answered with jobs counts as succeeded
 * even with an error beside them (a board read in part, or its careers page read in place of a
 * feed that is off): the run has its jobs, so it did not fail for want of a board.
 */
export function summariseScrapes(outcomes: Iterable<Pick<ScrapeOutcome, 'error' | 'jobCount'>>): ScrapeSummary {
  const summary: ScrapeSummary = { companiesAttempted: 0, companiesSucceeded: 0, jobsScraped: 0, errors: [] };
  for (const o of outcomes) {
    summary.companiesAttempted++;
    summary.jobsScraped += o.jobCount;
    if (o.error) summary.errors.push(o.error);
    if (!o.error || o.jobCount > 0) summary.companiesSucceeded++;
  }
  return summary;
}
