// Per-company scraping: a pool of at most `concurrency` lanes inside one cancellation scope,
// so a stop (budget or cancel signal) cancels the scrapes in flight and starts no more.
import { isCancellation } from '@temporalio/workflow';
import type { JobHuntActivities } from '../activities/activity-contract';
import type { RunState } from './run-state';

export async function scrapeCompanies(
  state: RunState,
  scrapeCompany: JobHuntActivities['scrapeCompany'],
  runId: string,
  concurrency: number,
  /** The first index to scrape: later discovery rounds scrape only the companies they added. */
  from = 0,
): Promise<void> {
  const counts = state.progress.companies;
  let next = from;

  const scrapeOne = async (index: number): Promise<void> => {
    counts.running += 1;
    try {
      const report = await scrapeCompany({ runId, index });
      counts.done += 1;
      if (report.error) counts.failed += 1;
      state.charge('scrapeJobs', report);
    } catch (err) {
      if (!isCancellation(err)) {
        counts.done += 1;
        counts.failed += 1;
        state.recordFailure('scrapeJobs', err);
      } else if (state.stopped) {
        state.record({
          stage: 'scrapeJobs',
          code: state.stopped,
          message: `Company #${index + 1} was stopped before its jobs were all fetched.`,
        });
      } else {
        throw err; // the whole workflow is being cancelled
      }
    } finally {
      counts.running -= 1;
    }
  };

  const lane = async (): Promise<void> => {
    while (next < counts.total && !state.stopped) await scrapeOne(next++);
  };

  const cap = Number.isFinite(concurrency) && concurrency >= 1 ? Math.floor(concurrency) : 1;
  await state.stoppable(() =>
    Promise.all(Array.from({ length: Math.max(0, Math.min(counts.total - from, cap)) }, lane)),
  );
}
