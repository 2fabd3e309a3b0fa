import type { AppConfig } from '@job-hunter/config';
import type { RawJob } from '@job-hunter/domain';
import { JobHunterError } from '@job-hunter/domain';
import { JobBoardRegistry } from '@job-hunter/job-boards';
import type {
  BoardFetchResult,
  BoardHttp,
  BoardHttpFactory,
  BoardTarget,
  JobBoardClient,
} from '@job-hunter/job-boards';
import { JobsScraperAgent } from './jobs-scraper.agent';
import type { SightingRecorder } from './jobs-scraper.agent';

const http: BoardHttp = { getJson: async () => ({}), postJson: async () => ({}), getText: async () => '' };
const factory = { create: () => http } as unknown as BoardHttpFactory;

/** A Personio-like board: `off` has its feed switched off, `gone` is no board, `fine` answers. */
class FeedClient implements JobBoardClient {
  readonly ats = 'personio' as const;

  detect(url: URL): { board: string } | null {
    return url.hostname.endsWith('.jobs.personio.de') ? { board: url.hostname.split('.')[0] ?? '' } : null;
  }

  async fetchJobs(target: BoardTarget): Promise<BoardFetchResult> {
    if (target.board === 'off') {
      throw new JobHunterError(
        'BOARD_FEED_OFF',
        "off.jobs.personio.de/xml answered HTTP 404: Personio's XML feed is off.",
      );
    }
    if (target.board === 'gone') throw new JobHunterError('BOARD_NOT_FOUND', 'gone.jobs.personio.de answered HTTP 404');
    return { jobs: [], skipped: {} };
  }

  careersPage(target: BoardTarget): string {
    return `https://${target.board}.jobs.personio.de/?language=en`;
  }
}

/** The careers-page reader: what it was asked, and a job per call unless told to fail. */
class PageReader implements JobBoardClient {
  readonly ats = 'careers-page' as const;
  readonly asked: BoardTarget[] = [];
  readonly signals: Array<AbortSignal | undefined> = [];
  failWith: Error | null = null;
  hang = false;

  detect(): null {
    return null;
  }

  async fetchJobs(target: BoardTarget, _http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    this.asked.push(target);
    this.signals.push(signal);
    // Never answers and ignores its signal: only the board's deadline can end the wait.
    if (this.hang) await new Promise<never>(() => undefined);
    if (this.failWith) throw this.failWith;
    const job: RawJob = {
      ats: 'careers-page',
      company: target.company,
      board: target.board,
      externalId: 'p1',
      title: 'Backend Engineer',
      url: 'https://off.jobs.personio.de/job/1',
      locations: ['Berlin'],
      postedAt: null,
      dateSource: 'unknown',
      fetchedAt: '2026-12-01T00:00:00.000Z',
    };
    return { jobs: [job], skipped: {} };
  }
}

describe('JobsScraperAgent: the careers page takes over when a feed is off', () => {
  let reader: PageReader;
  let scrapes: number;
  let agent: JobsScraperAgent;

  beforeEach(() => {
    reader = new PageReader();
    scrapes = 0;
    const sightings: SightingRecorder = {
      record: async () => undefined,
      recordScrape: async () => void scrapes++,
    };
    agent = new JobsScraperAgent(new JobBoardRegistry([new FeedClient(), reader]), factory, undefined, sightings);
  });

  const off = { name: 'Offco', careersUrl: 'https://off.jobs.personio.de' };

  it("reads the board's careers page and keeps the reason in the run's errors", async () => {
    // The run's title filter is the board's, not the page's: the page is read in full.
    const result = await agent.scrapeCompany(off, { forceRescrape: false, wants: () => false });
    expect(reader.asked).toEqual([
      {
        company: 'Offco',
        board: 'https://off.jobs.personio.de/?language=en',
        careersUrl: 'https://off.jobs.personio.de/?language=en',
        insteadOf: 'personio',
      },
    ]);
    expect(result).toMatchObject({ company: 'Offco', ats: 'personio', board: 'off' });
    expect(result.jobs.map((j) => j.title)).toEqual(['Backend Engineer']);
    expect(result.error).toMatchObject({ code: 'BOARD_FEED_OFF', company: 'Offco' });
    expect(result.error?.message).toBe(
      "off.jobs.personio.de/xml answered HTTP 404: Personio's XML feed is off; read its careers page https://off.jobs.personio.de/?language=en instead: 1 job.",
    );
    // A page read is not the board's full list: its earlier jobs are not marked gone.
    expect(scrapes).toBe(0);
  });

  it('says so when the careers page cannot be read either', async () => {
    reader.failWith = new JobHunterError('PAGE_TIMEOUT', 'the page did not load within 15 s');
    const result = await agent.scrapeCompany(off, { forceRescrape: false });
    expect(result.jobs).toEqual([]);
    expect(result.error?.code).toBe('BOARD_FEED_OFF');
    expect(result.error?.message).toMatch(
      /feed is off; its careers page https:\/\/off\.jobs\.personio\.de\/\?language=en could not be read either \(the page did not load within 15 s\)$/,
    );
  });

  it("bounds the feed and its careers page together by the board's one deadline", async () => {
    reader.hang = true;
    const config = { scraping: { boardDeadlineMs: 150 } } as AppConfig;
    const bounded = new JobsScraperAgent(
      new JobBoardRegistry([new FeedClient(), reader]),
      factory,
      undefined,
      undefined,
      config,
    );
    const started = Date.now();
    const result = await bounded.scrapeCompany(off, { forceRescrape: false });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result.error).toMatchObject({ code: 'BOARD_DEADLINE', company: 'Offco' });
    expect(reader.signals[0]?.aborted).toBe(true);
  });

  it('does not open a browser when replaying a snapshot (offline), and says why', async () => {
    const result = await agent.scrapeCompany(off, { forceRescrape: false, snapshotDir: '/tmp/snap' });
    expect(reader.asked).toEqual([]);
    expect(result.error?.message).toMatch(/is not read when replaying a snapshot\.$/);
  });

  it('leaves other errors alone: an unknown tenant is no board, not a careers page', async () => {
    const result = await agent.scrapeCompany(
      { name: 'Gone', careersUrl: 'https://gone.jobs.personio.de' },
      { forceRescrape: false },
    );
    expect(reader.asked).toEqual([]);
    expect(result.error).toMatchObject({ code: 'BOARD_NOT_FOUND' });
  });
});
