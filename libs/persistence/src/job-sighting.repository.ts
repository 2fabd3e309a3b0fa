import { createHash } from 'node:crypto';
import type { DataSource, Repository } from 'typeorm';
import { In } from 'typeorm';
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
}

export interface JobSighting extends SeenJob {
  /** ISO-8601: the first scrape that saw the job; never changes. */
  firstSeenAt: string;
  /** ISO-8601: the latest scrape that saw it. */
  lastSeenAt: string;
}

/** Rows per statement: far below SQLite's bound-parameter limit (7 columns per row). */
const BATCH = 200;

export function sightingKey(job: JobSightingKey): string {
  return createHash('sha256')
    .update(JSON.stringify([job.ats, job.board, job.externalId]), 'utf8')
    .digest('hex');
}

/** First-seen and last-seen times of jobs, recorded each time a company's board is scraped. */
export class JobSightingRepository {
  private readonly rows: Repository<JobSightingEntity>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(JobSightingEntity);
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
        .orUpdate(['company', 'last_seen_at'], ['sighting_key'])
        .execute();
    }
  }

  /** The recorded sightings of the given jobs, in their order; jobs never seen are left out. */
  async find(jobs: readonly JobSightingKey[]): Promise<JobSighting[]> {
    const keys = [...new Set(jobs.map(sightingKey))];
    const byKey = new Map<string, JobSighting>();
    for (let i = 0; i < keys.length; i += BATCH) {
      for (const { key, ...sighting } of await this.rows.findBy({ key: In(keys.slice(i, i + BATCH)) })) {
        byKey.set(key, sighting);
      }
    }
    return keys.flatMap((key) => byKey.get(key) ?? []);
  }
}
