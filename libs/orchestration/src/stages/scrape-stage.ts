import type { CompanyScrapeResult } from '@job-hunter/agents';
import type { StageContext } from './stage-context';
import type { ScrapeSummary } from './stage-outputs';
import type { StageRunner } from './stage-runner';

/**
 * How many companies a run fetches at once (per-host caps still apply below): the embedded
 * pipeline's pool here, and on Temporal the workflow's pool and the scraping worker's slots.
 */
export const SCRAPE_CONCURRENCY = 8;

/**
 * Scrapes every company that has no per-company checkpoint yet, so a resumed run never
 * fetches a company twice, then sums all per-company results.
 */
export async function scrapeRemaining(runner: StageRunner, ctx: StageContext): Promise<ScrapeSummary> {
  const { runId } = ctx.config;
  const companies = await ctx.load('findCompanies');
  const done = new Map<number, CompanyScrapeResult>();
  for (const row of await runner.checkpoints.loadAll<CompanyScrapeResult>(runId, 'scrapeJobs')) {
    if (row.key !== '') done.set(Number(row.key), row.data);
  }
  const todo = companies.map((_, i) => i).filter((i) => !done.has(i));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < todo.length) {
      ctx.signal?.throwIfAborted();
      const index = todo[next++] as number;
      const result = await runner.scrapeCompany(runId, index, ctx.config, ctx.signal);
      done.set(index, result);
      ctx.hooks.onScrapeProgress?.(done.size, companies.length, result.company);
    }
  };
  await Promise.all(Array.from({ length: Math.min(SCRAPE_CONCURRENCY, todo.length) }, worker));
  // In company order, so errors read the same whatever order the scrapes finished in.
  return summariseScrapes([...done.entries()].sort(([a], [b]) => a - b).map(([, r]) => r));
}

export function summariseScrapes(results: CompanyScrapeResult[]): ScrapeSummary {
  return {
    companiesAttempted: results.length,
    companiesSucceeded: results.filter((r) => !r.error).length,
    jobsScraped: results.reduce((n, r) => n + r.jobs.length, 0),
    errors: results.flatMap((r) => (r.error ? [r.error] : [])),
  };
}
