import { createHash } from 'node:crypto';
import type { JobSeen } from '@job-hunter/domain';
import type { DataSource, Repository } from 'typeorm';
import { In } from 'typeorm';
import { BoardScrapeEntity } from './entities/board-scrape.entity';
import { JobSightingEntity } from './entities/job-sighting.entity';
import { toIsoTimestamp } from './json-column';

/** Identifies one job across runs: the same posting on the same board. */
export interface JobSightingKey {
  ats: string;
  board: string;
  externalId: string;
}

export interface SeenJob extends JobSightingKey {
  company: string;
  /** The job's identity in results (domain rawJobKey), when known. */
  jobKey?: string | null;
}

/** One job board, as a company's scrape read it. */
export interface ScrapedBoard {
  ats: string;
  board: string;
  company: string;
}

export interface JobSighting extends Omit<SeenJob, 'jobKey'> {
  /** ISO-8601: the first scrape that saw the job; never changes. */
  firstSeenAt: string;
  /** ISO-8601: the latest scrape that saw it. */
  lastSeenAt: string;
}

/** Rows per statement: far below SQLite's bound-parameter limit (8 columns per row). */
const BATCH = 200;

export function sightingKey(job: JobSightingKey): string {
  return createHash('sha256')
    .update(JSON.stringify([job.ats, job.board, job.externalId]), 'utf8')
    .digest('hex');
}

function boardKey(board: Pick<ScrapedBoard, 'ats' | 'board'>): string {
  return createHash('sha256')
    .update(JSON.stringify([board.ats, board.board]), 'utf8')
    .digest('hex');
}

/**
 * First-seen and last-seen times of jobs, recorded each time a company's board is scraped, and
 * each board's last complete scrape: together they say whether a job is still on its board.
 */
export class JobSightingRepository {
  private readonly rows: Repository<JobSightingEntity>;
  private readonly scrapes: Repository<BoardScrapeEntity>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(JobSightingEntity);
    this.scrapes = dataSource.getRepository(BoardScrapeEntity);
  }

  /** Upserts: a new job gets first = last = `seenAt`; a known one only moves its last-seen time. */
  async record(jobs: readonly SeenJob[], seenAt: string): Promise<void> {
    const at = toIsoTimestamp(seenAt, 'seenAt');
    // One statement may not touch a row twice (PostgreSQL refuses), so a board listing a job twice counts once.
    const unique = new Map(jobs.map((job) => [sightingKey(job), job]));
    // Sorted, so that two workers recording overlapping boards lock rows in the same order.
    const rows = [...unique]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, job]) => ({
        key,
        ats: job.ats,
        board: job.board,
        externalId: job.externalId,
        company: job.company,
        jobKey: job.jobKey ?? null,
        firstSeenAt: at,
        lastSeenAt: at,
      }));
    // No transaction: each batch is one atomic, idempotent statement, and the SQLite driver's single
    // connection refuses nested transactions from companies scraped concurrently.
    for (let i = 0; i < rows.length; i += BATCH) {
      await this.rows
        .createQueryBuilder()
        .insert()
        .values(rows.slice(i, i + BATCH))
        .orUpdate(['company', 'job_key', 'last_seen_at'], ['sighting_key'])
        .execute();
    }
  }

  /** The recorded sightings of the given jobs, in their order; jobs never seen are left out. */
  async find(jobs: readonly JobSightingKey[]): Promise<JobSighting[]> {
    const keys = [...new Set(jobs.map(sightingKey))];
    const byKey = new Map<string, JobSighting>();
    for (let i = 0; i < keys.length; i += BATCH) {
      for (const { key, ats, board, externalId, company, firstSeenAt, lastSeenAt } of await this.rows.findBy({
        key: In(keys.slice(i, i + BATCH)),
      })) {
        byKey.set(key, { ats, board, externalId, company, firstSeenAt, lastSeenAt });
      }
    }
    return keys.flatMap((key) => byKey.get(key) ?? []);
  }

  /** Records a complete scrape of the board (every job it lists recorded at `scrapedAt`). */
  async recordScrape(board: ScrapedBoard, scrapedAt: string): Promise<void> {
    const at = toIsoTimestamp(scrapedAt, 'scrapedAt');
    await this.scrapes.upsert({ key: boardKey(board), ...board, scrapedAt: at }, { conflictPaths: ['key'] });
  }

  /**
   * What the scrapes recorded of the given jobs, by jobKey: when one last listed each, and the last
   * complete scrape of its board. Jobs no recorded scrape listed are left out.
   */
  async seen(jobKeys: readonly string[]): Promise<Map<string, JobSeen>> {
    const keys = [...new Set(jobKeys)];
    const latest = new Map<string, JobSightingEntity>();
    for (let i = 0; i < keys.length; i += BATCH) {
      for (const row of await this.rows.findBy({ jobKey: In(keys.slice(i, i + BATCH)) })) {
        // One jobKey on two boards (a company that moved boards): the board that listed it last.
        const known = latest.get(row.jobKey as string);
        if (!known || row.lastSeenAt > known.lastSeenAt) latest.set(row.jobKey as string, row);
      }
    }
    const boards = [...new Set([...latest.values()].map(boardKey))];
    const scrapedAt = new Map<string, string>();
    for (let i = 0; i < boards.length; i += BATCH) {
      for (const scrape of await this.scrapes.findBy({ key: In(boards.slice(i, i + BATCH)) })) {
        scrapedAt.set(scrape.key, scrape.scrapedAt);
      }
    }
    return new Map(
      [...latest].map(([jobKey, row]) => [
        jobKey,
        { lastSeenAt: row.lastSeenAt, lastScrapedAt: scrapedAt.get(boardKey(row)) ?? null },
      ]),
    );
  }
}
