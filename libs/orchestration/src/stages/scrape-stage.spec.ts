import type { Company, RunConfig } from '@job-hunter/domain';
import type { StageContext } from './stage-context';
import { SCRAPE_CONCURRENCY, scrapeRemaining, summariseScrapes, type ScrapeStageDeps } from './scrape-stage';

const companies: Company[] = Array.from({ length: 30 }, (_, i) => ({ name: `Co ${i}` }) as Company);

function context(signal?: AbortSignal): StageContext {
  return {
    config: { runId: 'r1' } as RunConfig,
    settings: {} as StageContext['settings'],
    startedAt: '2026-01-02T10:00:00.000Z',
    hooks: {},
    signal,
    load: (async () => companies) as StageContext['load'],
  };
}

/** A scraper whose every scrape takes a tick; `fail` decides which company throws. */
function deps(fail: (index: number) => boolean = () => false) {
  const started: number[] = [];
  const finished: number[] = [];
  const value: ScrapeStageDeps = {
    checkpoints: {
      each: async function* () {
        yield* [];
      },
    } as unknown as ScrapeStageDeps['checkpoints'],
    scraper: {
      scrapeCompany: async (_runId, index, company) => {
        started.push(index);
        await new Promise((r) => setTimeout(r, 5));
        if (fail(index)) throw new Error(`board of ${company.name} broke the store`);
        finished.push(index);
        return { company: company.name, jobCount: 1 } as never;
      },
    },
  };
  return { value, started, finished };
}

describe('scrapeRemaining', () => {
  it('scrapes every company and sums the outcomes', async () => {
    const d = deps();
    const summary = await scrapeRemaining(d.value, context());
    expect(summary).toMatchObject({ companiesAttempted: 30, companiesSucceeded: 30, jobsScraped: 30 });
  });

  it('passes a failure on once every lane has settled, and starts no more companies after it', async () => {
    const d = deps((i) => i === 3);
    await expect(scrapeRemaining(d.value, context())).rejects.toThrow('board of Co 3 broke the store');
    // Only the scrapes already under way when company 3 failed finished; nothing started after.
    expect(d.started.length).toBeLessThan(companies.length);
    expect(d.started.length).toBeLessThanOrEqual(SCRAPE_CONCURRENCY * 2);
    expect(d.finished.length).toBe(d.started.length - 1);
  });

  it('stops taking companies when its signal aborts', async () => {
    const stop = new AbortController();
    const d = deps();
    const ctx = { ...context(stop.signal), hooks: { onScrapeProgress: (done: number) => done === 2 && stop.abort() } };
    await expect(scrapeRemaining(d.value, ctx)).rejects.toThrow();
    expect(d.started.length).toBeLessThan(companies.length);
    expect(d.finished).toEqual(d.started);
  });
});

describe('summariseScrapes', () => {
  const error = (company: string) => ({ stage: 'scrapeJobs', code: 'BOARD_FEED_OFF', message: 'feed off', company });

  it('counts a board that answered with jobs as succeeded, even with an error beside them', () => {
    const summary = summariseScrapes([
      { jobCount: 3 },
      { jobCount: 2, error: error('Read in part') },
      { jobCount: 0, error: error('Nothing read') },
      { jobCount: 0 },
    ]);
    expect(summary).toEqual({
      companiesAttempted: 4,
      companiesSucceeded: 3,
      jobsScraped: 5,
      errors: [error('Read in part'), error('Nothing read')],
    });
  });
});
