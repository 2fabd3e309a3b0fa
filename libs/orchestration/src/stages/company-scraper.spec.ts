import type { CompanyScrapeResult, JobsScraperAgent } from '@job-hunter/agents';
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

function setup() {
  const store = memoryStore();
  const scraped: string[] = [];
  const agent = {
    scrapeCompany: async (company: { name: string }): Promise<CompanyScrapeResult> => {
      scraped.push(company.name);
      return { company: company.name, jobs: [{} as never, {} as never], skipped: {} };
    },
  };
  const runs = { get: async (id: string) => ({ config: runConfig(id) }) };
  const scraper = new CompanyScraper(
    agent as unknown as JobsScraperAgent,
    store as unknown as CheckpointRepository,
    runs as unknown as RunRepository,
    { llm: {}, scraping: {} } as unknown as AppConfig,
  );
  return { store, scraped, scraper };
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
