import { Logger } from '@nestjs/common';
import type { AppConfig } from '@job-hunter/config';
import type { Company, RawJob } from '@job-hunter/domain';
import { JobHunterError, rawJobKey } from '@job-hunter/domain';
import { JobBoardRegistry } from '@job-hunter/job-boards';
import type {
  BoardFetchResult,
  BoardHttp,
  BoardHttpFactory,
  BoardHttpSelection,
  BoardTarget,
  JobBoardClient,
  ResponseCacheStore,
} from '@job-hunter/job-boards';
import { JobsScraperAgent } from './jobs-scraper.agent';
import type { SightingRecorder } from './jobs-scraper.agent';

const http: BoardHttp = { getJson: async () => ({}), postJson: async () => ({}), getText: async () => '' };

function rawJob(target: BoardTarget, n: number): RawJob {
  return {
    ats: 'greenhouse',
    company: target.company,
    board: target.board,
    externalId: String(n),
    title: `Job ${n}`,
    url: `https://job-boards.greenhouse.io/${target.board}/jobs/${n}`,
    locations: ['Remote'],
    postedAt: null,
    dateSource: 'unknown',
    fetchedAt: '2025-10-01T00:00:00.000Z',
  };
}

/** Greenhouse detection with scripted boards: `broken` throws, `slow-*` waits before answering. */
class ScriptedClient implements JobBoardClient {
  readonly ats = 'greenhouse' as const;
  readonly targets: BoardTarget[] = [];
  readonly https: BoardHttp[] = [];
  readonly signals: Array<AbortSignal | undefined> = [];

  detect(url: URL): { board: string } | null {
    const board = url.hostname === 'boards.greenhouse.io' ? url.pathname.split('/')[1] : undefined;
    return board ? { board } : null;
  }

  async fetchJobs(target: BoardTarget, h: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    this.targets.push(target);
    this.https.push(h);
    this.signals.push(signal);
    // Never answers and ignores its signal: only the agent's own deadline can end the wait.
    if (target.board === 'hanging') await new Promise<never>(() => undefined);
    if (target.board === 'colourful') {
      throw new Error('\u001b[31mpage.goto: Timeout\u001b[39m\nCall log:\n  - navigating to "https://u:pw@x.test/"');
    }
    if (target.board === 'broken') throw new JobHunterError('BOARD_TIMEOUT', 'broken board timed out');
    if (target.board === 'buggy') throw new TypeError('cannot read x of undefined');
    if (target.board.startsWith('slow')) await new Promise((r) => setTimeout(r, 20));
    if (target.board === 'paged') {
      return {
        jobs: [rawJob(target, 1)],
        skipped: {},
        partialError: { code: 'BOARD_TIMEOUT', message: 'page 2 of paged timed out' },
      };
    }
    return { jobs: [rawJob(target, 1), rawJob(target, 2)], skipped: { unlisted: 1 } };
  }
}

const company = (name: string, careersUrl: string, extra: Partial<Company> = {}): Company => ({
  name,
  careersUrl,
  ...extra,
});
const options = { forceRescrape: false };

describe('JobsScraperAgent', () => {
  let client: ScriptedClient;
  let agent: JobsScraperAgent;
  let created: number;
  let selections: BoardHttpSelection[];
  let sighted: Array<{ jobs: unknown[]; seenAt: string }>;
  let scraped: Array<{ board: unknown; scrapedAt: string }>;
  const cacheStore: ResponseCacheStore = {
    getFresh: async () => null,
    put: async () => undefined,
    deleteOlderThan: async () => 0,
  };
  const sightings: SightingRecorder = {
    record: async (jobs, seenAt) => {
      if (jobs.some((j) => j.board === 'no-db')) throw new Error('database down');
      sighted.push({ jobs: [...jobs], seenAt });
    },
    recordScrape: async (board, scrapedAt) => {
      scraped.push({ board, scrapedAt });
    },
  };

  beforeEach(() => {
    client = new ScriptedClient();
    created = 0;
    selections = [];
    sighted = [];
    scraped = [];
    const factory = {
      create: (selection: BoardHttpSelection) => (created++, selections.push(selection), http),
    } as unknown as BoardHttpFactory;
    agent = new JobsScraperAgent(new JobBoardRegistry([client]), factory, cacheStore, sightings);
  });

  it('scrapes a company through the detected board', async () => {
    const result = await agent.scrapeCompany(company('Acme', 'https://boards.greenhouse.io/acme'), options);
    expect(result).toMatchObject({ company: 'Acme', ats: 'greenhouse', board: 'acme', skipped: { unlisted: 1 } });
    expect(result.jobs).toHaveLength(2);
    expect(result.error).toBeUndefined();
    expect(client.targets[0]).toEqual({
      company: 'Acme',
      board: 'acme',
      careersUrl: 'https://boards.greenhouse.io/acme',
    });
  });

  it("hands the run's title filter to the board with the company's name, but not when recording a snapshot", async () => {
    const asked: Array<{ title: string; company: string }> = [];
    const wants = (posting: { title: string; company: string }) => (
      asked.push(posting),
      posting.title !== 'Videographer'
    );
    const acme = company('Acme', 'https://boards.greenhouse.io/acme');
    await agent.scrapeCompany(acme, { ...options, wants });
    const given = client.targets[0]?.wants;
    expect([given?.({ title: 'Videographer' }), given?.({ title: 'Backend Engineer' })]).toEqual([false, true]);
    expect(asked).toEqual([
      { title: 'Videographer', company: 'Acme' },
      { title: 'Backend Engineer', company: 'Acme' },
    ]);
    await agent.scrapeCompany(acme, { ...options, wants, recordSnapshotDir: '/tmp/market' });
    await agent.scrapeAll([acme], { ...options, wants, recordSnapshotDir: '/tmp/market' });
    expect(client.targets.slice(1).map((t) => 'wants' in t)).toEqual([false, false]);
    await agent.scrapeAll([acme], { ...options, wants, snapshotDir: '/tmp/market' });
    expect(client.targets[3]?.wants?.({ title: 'Videographer' })).toBe(false);
  });

  it("ends a board that outlives JH_BOARD_DEADLINE_SECONDS with BOARD_DEADLINE and aborts the board's requests", async () => {
    const config = { scraping: { boardDeadlineMs: 150 } } as AppConfig;
    const factory = { create: () => http } as unknown as BoardHttpFactory;
    const bounded = new JobsScraperAgent(new JobBoardRegistry([client]), factory, cacheStore, sightings, config);
    const [hanging, fine] = await bounded.scrapeAll(
      [company('Hang', 'https://boards.greenhouse.io/hanging'), company('Fine', 'https://boards.greenhouse.io/fine')],
      options,
    );
    expect(hanging).toMatchObject({ company: 'Hang', jobs: [], error: { code: 'BOARD_DEADLINE', company: 'Hang' } });
    expect(hanging?.error?.message).toMatch(/within 0\.2 s .*JH_BOARD_DEADLINE_SECONDS/);
    expect(client.signals[0]?.aborted).toBe(true);
    expect(fine?.jobs).toHaveLength(2);
  });

  it('records a thrown error as one plain line without colour codes, call log or URL password', async () => {
    const result = await agent.scrapeCompany(company('Colour', 'https://boards.greenhouse.io/colourful'), options);
    expect(result.error).toMatchObject({ code: 'INTERNAL', message: 'page.goto: Timeout' });
  });

  it('masks a password in the careers URL of an undetectable board', async () => {
    const result = await agent.scrapeCompany(company('Secret', 'https://me:hunter2@example.com/careers'), options);
    expect(result.error?.message).toContain('https://me:***@example.com/careers');
    expect(result.error?.message).not.toContain('hunter2');
  });

  it('reports an undetectable board without throwing', async () => {
    const result = await agent.scrapeCompany(company('Nowhere', 'https://example.com/careers'), options);
    expect(result).toMatchObject({ company: 'Nowhere', jobs: [], skipped: {} });
    expect(result.error).toMatchObject({ stage: 'scrapeJobs', code: 'BOARD_UNSUPPORTED', company: 'Nowhere' });
  });

  it('reports an ATS without a client, a failing board and an unexpected bug as errors', async () => {
    const unsupported = await agent.scrapeCompany(
      company('Wd', 'https://x.example', { ats: 'workday', board: 'x' }),
      options,
    );
    expect(unsupported.error).toMatchObject({ code: 'BOARD_UNSUPPORTED' });
    const broken = await agent.scrapeCompany(company('Broken', 'https://boards.greenhouse.io/broken'), options);
    expect(broken).toMatchObject({ ats: 'greenhouse', board: 'broken', jobs: [] });
    expect(broken.error).toEqual({
      stage: 'scrapeJobs',
      code: 'BOARD_TIMEOUT',
      message: 'broken board timed out',
      company: 'Broken',
    });
    const buggy = await agent.scrapeCompany(company('Buggy', 'https://boards.greenhouse.io/buggy'), options);
    expect(buggy.error).toMatchObject({ code: 'INTERNAL', message: 'cannot read x of undefined' });
  });

  it('honours explicit ats and board', async () => {
    const result = await agent.scrapeCompany(
      company('Acme', 'https://acme.example/jobs', { ats: 'greenhouse', board: 'acme-inc' }),
      options,
    );
    expect(result).toMatchObject({ ats: 'greenhouse', board: 'acme-inc' });
    expect(result.jobs).toHaveLength(2);
  });

  it('scrapes all companies in input order with one HTTP client, reporting progress', async () => {
    const companies = [
      company('Slow', 'https://boards.greenhouse.io/slow-a'),
      company('Broken', 'https://boards.greenhouse.io/broken'),
      company('Fast', 'https://boards.greenhouse.io/fast'),
      company('Nowhere', 'https://example.com'),
      company('Slow B', 'https://boards.greenhouse.io/slow-b'),
    ];
    const progress: Array<[number, number, string]> = [];
    const results = await agent.scrapeAll(companies, options, {
      concurrency: 3,
      onProgress: (d, t, c) => progress.push([d, t, c]),
    });
    expect(results.map((r) => r.company)).toEqual(['Slow', 'Broken', 'Fast', 'Nowhere', 'Slow B']);
    expect(results.map((r) => r.error?.code)).toEqual([
      undefined,
      'BOARD_TIMEOUT',
      undefined,
      'BOARD_UNSUPPORTED',
      undefined,
    ]);
    expect(progress.map(([d]) => d)).toEqual([1, 2, 3, 4, 5]);
    expect(progress.every(([, t]) => t === 5)).toBe(true);
    expect(new Set(progress.map(([, , c]) => c)).size).toBe(5);
    expect(created).toBe(1);
    expect(new Set(client.https).size).toBe(1);
  });

  it('keeps the jobs of a board read in part, with its error', async () => {
    const result = await agent.scrapeCompany(company('Paged', 'https://boards.greenhouse.io/paged'), options);
    expect(result.jobs.map((j) => j.externalId)).toEqual(['1']);
    expect(result.error).toEqual({
      stage: 'scrapeJobs',
      code: 'BOARD_TIMEOUT',
      message: 'page 2 of paged timed out (kept the 1 job read before the failure)',
      company: 'Paged',
    });
  });

  it('hands the database cache and --force-rescrape to the HTTP factory', async () => {
    await agent.scrapeCompany(company('Acme', 'https://boards.greenhouse.io/acme'), {
      forceRescrape: true,
      recordSnapshotDir: '/tmp/rec',
    });
    expect(selections).toEqual([
      { snapshotDir: undefined, recordSnapshotDir: '/tmp/rec', forceRescrape: true, cacheStore },
    ]);
  });

  it('records sightings with their jobKeys and the complete scrape at one time, snapshots too; survives a failing store', async () => {
    await agent.scrapeCompany(company('Acme', 'https://boards.greenhouse.io/acme'), options);
    expect(sighted).toHaveLength(1);
    const acmeJob = (n: number) => rawJob({ company: 'Acme', board: 'acme', careersUrl: '' }, n);
    expect(sighted[0]?.jobs).toEqual([
      { ats: 'greenhouse', board: 'acme', externalId: '1', company: 'Acme', jobKey: rawJobKey(acmeJob(1)) },
      { ats: 'greenhouse', board: 'acme', externalId: '2', company: 'Acme', jobKey: rawJobKey(acmeJob(2)) },
    ]);
    expect(Number.isNaN(Date.parse(sighted[0]?.seenAt ?? ''))).toBe(false);
    expect(scraped).toEqual([
      { board: { company: 'Acme', ats: 'greenhouse', board: 'acme' }, scrapedAt: sighted[0]?.seenAt },
    ]);
    // A replayed snapshot is the market the person searched: recorded as well.
    await agent.scrapeCompany(company('Acme', 'https://boards.greenhouse.io/acme'), { ...options, snapshotDir: '/s' });
    expect(sighted).toHaveLength(2);
    expect(scraped).toHaveLength(2);
    // A board read in part: its jobs are seen, but the board was not read to its end.
    await agent.scrapeCompany(company('Paged', 'https://boards.greenhouse.io/paged'), options);
    expect(sighted).toHaveLength(3);
    expect(scraped).toHaveLength(2);
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const noDb = await agent.scrapeCompany(company('NoDb', 'https://boards.greenhouse.io/no-db'), options);
    expect(noDb.jobs).toHaveLength(2);
    expect(noDb.error).toBeUndefined();
    expect(warn).toHaveBeenCalledWith('Could not record job sightings: database down');
    warn.mockRestore();
  });

  it('works without a database (no cache, no sightings)', async () => {
    const bare = new JobsScraperAgent(new JobBoardRegistry([client]), {
      create: (selection: BoardHttpSelection) => (selections.push(selection), http),
    } as unknown as BoardHttpFactory);
    const result = await bare.scrapeCompany(company('Acme', 'https://boards.greenhouse.io/acme'), options);
    expect(result.jobs).toHaveLength(2);
    expect(selections[0]?.cacheStore).toBeUndefined();
  });

  it('answers an empty list with no results', async () => {
    await expect(agent.scrapeAll([], options)).resolves.toEqual([]);
  });
});
