import type { CompanyScrapeResult } from '@job-hunter/agents';
import type { RawJob } from '@job-hunter/domain';
import { companyJobs, DESCRIPTIONS_STAGE, saveCompanyScrape, type StoredScrape } from './company-jobs';
import { companyKey } from './stage-outputs';

type TextRows = Array<{ key: string; texts: Record<string, string | undefined> }>;

/** An in-memory checkpoint store with the calls company-jobs makes (rows by stage and key). */
function memoryStore() {
  const rows = new Map<string, unknown>();
  const loads: string[][] = [];
  const put = (stage: string, key: string, data: unknown) =>
    rows.set(`${stage}/${key}`, JSON.parse(JSON.stringify(data)));
  return {
    rows,
    loads,
    save: async <T>(_run: string, stage: string, data: T, key = '') => void put(stage, key, data),
    saveTexts: async (_run: string, stage: string, fields: readonly string[], items: TextRows) => {
      for (const { key, texts } of items) put(stage, key, Object.fromEntries(fields.map((f) => [f, texts[f] ?? null])));
    },
    loadMany: async <T>(_run: string, stage: string, keys: readonly string[]) => {
      loads.push([...keys]);
      const found = keys
        .filter((k) => rows.has(`${stage}/${k}`))
        .map((k) => [k, rows.get(`${stage}/${k}`) as T] as const);
      return new Map(found);
    },
  };
}

const job = (title: string, over: Partial<RawJob> = {}): RawJob => ({
  ats: 'greenhouse',
  company: 'Acme',
  board: 'acme',
  externalId: title,
  title,
  url: `https://boards.greenhouse.io/acme/jobs/${title}`,
  locations: ['Remote'],
  postedAt: null,
  dateSource: 'unknown',
  fetchedAt: '2025-06-15T12:00:00.000Z',
  ...over,
});

describe('company jobs in the store', () => {
  const scrape: CompanyScrapeResult = {
    company: 'Acme',
    jobs: [
      job('a', { descriptionHtml: '<p>A</p>', descriptionText: 'A' }),
      job('b'),
      job('c', { descriptionText: 'C' }),
    ],
    skipped: { unlisted: 1 },
  };

  it('stores the jobs without their descriptions and reads these back only for the jobs asked for', async () => {
    const store = memoryStore();
    await saveCompanyScrape(store, 'r1', 3, scrape);
    const stored = store.rows.get(`scrapeJobs/${companyKey(3)}`) as StoredScrape;
    expect(stored.jobs).toEqual(scrape.jobs.map(({ descriptionHtml: _h, descriptionText: _t, ...head }) => head));
    expect(stored).toMatchObject({ company: 'Acme', skipped: { unlisted: 1 }, descriptionsApart: true });

    const read = companyJobs(store, 'r1', 3, stored);
    expect(read.jobs).toBe(stored.jobs);
    expect(await read.descriptions?.([0, 2])).toEqual([
      { descriptionHtml: '<p>A</p>', descriptionText: 'A' },
      { descriptionText: 'C' },
    ]);
    expect(await read.descriptions?.([1])).toEqual([{}]);
    expect(store.loads).toEqual([[`${companyKey(3)}/00000`, `${companyKey(3)}/00002`], [`${companyKey(3)}/00001`]]);
  });

  it('gives every job a description row, so a company scraped again never reads an earlier one', async () => {
    const store = memoryStore();
    await saveCompanyScrape(store, 'r1', 0, scrape);
    const again = { ...scrape, jobs: [job('a'), job('b'), job('c')] };
    await saveCompanyScrape(store, 'r1', 0, again);
    const stored = store.rows.get(`scrapeJobs/${companyKey(0)}`) as StoredScrape;
    expect(await companyJobs(store, 'r1', 0, stored).descriptions?.([0, 1, 2])).toEqual([{}, {}, {}]);
    expect([...store.rows.keys()].filter((k) => k.startsWith(`${DESCRIPTIONS_STAGE}/`))).toHaveLength(3);
  });

  it('hands over a company stored before descriptions were stored apart as it is', () => {
    const store = memoryStore();
    expect(companyJobs(store, 'r1', 0, scrape)).toBe(scrape);
  });
});
