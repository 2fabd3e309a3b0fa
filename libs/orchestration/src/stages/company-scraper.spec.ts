import type { CompanyScrapeResult, JobProcessorAgent, JobsScraperAgent, ScrapeOptions } from '@job-hunter/agents';
import type { AppConfig } from '@job-hunter/config';
import type { Company } from '@job-hunter/domain';
import type { CheckpointRepository, RunRepository } from '@job-hunter/persistence';
import { runConfig } from '@job-hunter/testing';
import { CompanyScraper, scrapedCompanies } from './company-scraper';
import { companyKey } from './stage-outputs';

type TextRows = Array<{ key: string; texts: Record<string, string | undefined> }>;

/** An in-memory checkpoint store keyed like the real one (stage, then key in code-unit order). */
function memoryStore() {
  const rows = new Map<string, unknown>();
  return {
    rows,
    load: async <T>(_run: string, stage: string, key = '') => rows.get(`${stage}/${key}`) as T | undefined,
    save: async <T>(_run: string, stage: string, data: T, key = '') => void rows.set(`${stage}/${key}`, data),
    saveTexts: async (_run: string, stage: string, _fields: readonly string[], items: TextRows) => {
      for (const { key, texts } of items) rows.set(`${stage}/${key}`, texts);
    },
    each: async function* <T>(_run: string, stage: string) {
      for (const k of [...rows.keys()].filter((k) => k.startsWith(`${stage}/`)).sort()) {
        yield { key: k.slice(stage.length + 1), data: rows.get(k) as T };
      }
    },
  };
}

function setup(withProcessor = false) {
  const store = memoryStore();
  const scraped: string[] = [];
  const options: ScrapeOptions[] = [];
  const agent = {
    scrapeCompany: async (company: { name: string }, opts: ScrapeOptions): Promise<CompanyScrapeResult> => {
      scraped.push(company.name);
      options.push(opts);
      return { company: company.name, jobs: [{} as never, {} as never], skipped: {} };
    },
  };
  const runs = { get: async (id: string) => ({ config: runConfig(id) }) };
  /** Which preferences each filter was built from; a filter wants what its preferences do not exclude. */
  const built: Array<{ prefs: unknown; titles: readonly string[] }> = [];
  const processor = {
    titleFilter: (prefs: { excludedTitles: string[] }, profile: { titles: string[] }) => {
      built.push({ prefs, titles: profile.titles });
      return ({ title }: { title: string }) => !prefs.excludedTitles.includes(title);
    },
  };
  const scraper = new CompanyScraper(
    agent as unknown as JobsScraperAgent,
    store as unknown as CheckpointRepository,
    runs as unknown as RunRepository,
    { llm: {}, scraping: {} } as unknown as AppConfig,
    ...(withProcessor ? [processor as unknown as JobProcessorAgent] : []),
  );
  return { store, scraped, scraper, options, built };
}

describe('CompanyScraper', () => {
  it('stores the jobs under the company index and hands back only the outcome', async () => {
    const { store, scraper } = setup();
    await store.save('r1', 'findCompanies', [{ name: 'A' }, { name: 'B' }]);
    const outcome = await scraper.scrapeCompany('r1', 1, { name: 'B' } as Company, runConfig('r1'));
    expect(outcome).toEqual({ company: 'B', jobCount: 2 });
    expect((store.rows.get(`scrapeJobs/${companyKey(1)}`) as CompanyScrapeResult).jobs).toHaveLength(2);
  });

  it('reuses a stored company on a retry and scrapes it only when none is stored', async () => {
    const { store, scraped, scraper } = setup();
    await store.save('r1', 'findCompanies', [{ name: 'A' }, { name: 'B' }]);
    const error = { stage: 'scrape', code: 'BOARD_NOT_FOUND', message: 'gone', company: 'A' };
    await store.save('r1', 'scrapeJobs', { company: 'A', jobs: [], skipped: {}, error }, companyKey(0));
    expect(await scraper.storedOrScrape('r1', 0)).toEqual({ company: 'A', error, jobCount: 0 });
    expect(await scraper.storedOrScrape('r1', 1)).toEqual({ company: 'B', jobCount: 2 });
    expect(scraped).toEqual(['B']);
  });

  it("hands the run's title filter to the scrape, built once per run from its stored preferences and resume", async () => {
    const { store, scraper, options, built } = setup(true);
    await store.save('r1', 'parsePreferences', { excludedTitles: ['Videographer'] });
    await store.save('r1', 'parseResume', { titles: ['Backend Engineer'] });
    const b = { name: 'B' } as Company;
    await scraper.scrapeCompany('r1', 0, { name: 'A' } as Company, runConfig('r1'));
    await scraper.scrapeCompany('r1', 1, b, runConfig('r1'));
    expect(built).toEqual([{ prefs: { excludedTitles: ['Videographer'] }, titles: ['Backend Engineer'] }]);
    expect(options[0]?.wants).toBe(options[1]?.wants);
    expect(options[0]?.wants?.({ title: 'Videographer', company: 'A' })).toBe(false);
    expect(options[0]?.wants?.({ title: 'Backend Engineer', company: 'A' })).toBe(true);
    // Recording a snapshot keeps every detail.
    await scraper.scrapeCompany('r1', 1, b, { ...runConfig('r1'), recordSnapshotDir: '/tmp/market' });
    expect(options[2]?.wants).toBeUndefined();
  });

  it('scrapes with no title filter when the run has no stored preferences, or they cannot be read', async () => {
    const { store, scraper, options, built } = setup(true);
    await scraper.scrapeCompany('r1', 0, { name: 'A' } as Company, runConfig('r1'));
    expect(options[0]?.wants).toBeUndefined();
    // Tried again for the next company: stored by then, it is used.
    await store.save('r1', 'parsePreferences', { excludedTitles: [] });
    await store.save('r1', 'parseResume', { titles: [] });
    await scraper.scrapeCompany('r1', 1, { name: 'B' } as Company, runConfig('r1'));
    expect(options[1]?.wants).toBeDefined();
    store.load = async () => {
      throw new Error('database down');
    };
    const outcome = await scraper.scrapeCompany('r2', 0, { name: 'C' } as Company, runConfig('r2'));
    expect(outcome).toEqual({ company: 'C', jobCount: 2 });
    expect(options[2]?.wants).toBeUndefined();
    expect(built).toHaveLength(1);
    // Without a processor (no catalog to judge by) nothing is filtered.
    const plain = setup();
    await plain.store.save('r1', 'parsePreferences', { excludedTitles: [] });
    await plain.store.save('r1', 'parseResume', { titles: [] });
    await plain.scraper.scrapeCompany('r1', 0, { name: 'A' } as Company, runConfig('r1'));
    expect(plain.options[0]?.wants).toBeUndefined();
  });

  it('keeps the title filters of the last 8 runs only', async () => {
    const { store, scraper, built } = setup(true);
    await store.save('r', 'parsePreferences', { excludedTitles: [] });
    await store.save('r', 'parseResume', { titles: [] });
    for (const run of ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r0', 'r8']) {
      await scraper.scrapeCompany(run, 0, { name: 'A' } as Company, runConfig(run));
    }
    // r0 was let go of when r8 came, so it was built again; r8 was still kept.
    expect(built).toHaveLength(10);
  });

  it('reads the per-company rows in company order, without the stage summary', async () => {
    const { store } = setup();
    await store.save('r1', 'scrapeJobs', { companiesAttempted: 2 });
    await store.save('r1', 'scrapeJobs', { company: 'B', jobs: [], skipped: {} }, companyKey(1));
    await store.save('r1', 'scrapeJobs', { company: 'A', jobs: [], skipped: {} }, companyKey(0));
    const seen = [];
    for await (const { index, result } of scrapedCompanies(store, 'r1')) seen.push([index, result.company]);
    expect(seen).toEqual([
      [0, 'A'],
      [1, 'B'],
    ]);
  });
});
