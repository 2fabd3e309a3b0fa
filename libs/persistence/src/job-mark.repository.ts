import type { JobMark, JobMarkState } from '@job-hunter/domain';
import { JobHunterError } from '@job-hunter/domain';
import type { DataSource, Repository } from 'typeorm';
import { In } from 'typeorm';
import { JobMarkEntity } from './entities/job-mark.entity';
import { assertLength } from './json-column';

/** A mark with the job it is on, as the run it was marked in showed the job. */
export interface StoredJobMark extends JobMark {
  jobKey: string;
  title: string;
  company: string;
  applyUrl: string;
  runId: string;
  /** ISO-8601: when the mark was last set. */
  updatedAt: string;
}

/** One page of marks, newest first, and the cursor to ask `before` for the next page (null on the last). */
export interface JobMarkPage {
  marks: StoredJobMark[];
  next: string | null;
}

/** Where a page of marks ends: the last mark's place in the order (its set time, then its jobKey). */
interface MarkCursor {
  updatedAt: string;
  jobKey: string;
}

const CURSOR_FORM = /^[A-Za-z0-9_-]{1,512}$/;
/** `updatedAt` as `put` writes it (Date#toISOString). */
const STORED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/**
 * The cursor after `mark`: its place in the order itself, not a lookup of the mark, so that a page
 * still follows when that mark was changed or removed meanwhile. Opaque to callers (base64url).
 */
function markCursor({ updatedAt, jobKey }: MarkCursor): string {
  return Buffer.from(`${updatedAt}|${jobKey}`, 'utf8').toString('base64url');
}

/** The place a cursor from `next` names; null for anything `next` never gave. */
function readMarkCursor(cursor: string): MarkCursor | null {
  if (!CURSOR_FORM.test(cursor)) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  // Buffer skips characters it cannot read: only a cursor that encodes back the same is one.
  if (Buffer.from(text, 'utf8').toString('base64url') !== cursor) return null;
  const bar = text.indexOf('|');
  const updatedAt = text.slice(0, bar);
  const jobKey = text.slice(bar + 1);
  if (bar < 0 || !STORED_TIME.test(updatedAt) || jobKey.length === 0 || jobKey.length > 64) return null;
  return { updatedAt, jobKey };
}

/** Whether `cursor` has the form of a `next` that `JobMarkRepository.page` gives (the API checks `before` with it). */
export function isMarkCursor(cursor: string): boolean {
  return readMarkCursor(cursor) !== null;
}

/** Keys per statement: far below SQLite's bound-parameter limit. */
const BATCH = 500;

/** The person's marks on jobs (saved, applied, hidden), one per jobKey. */
export class JobMarkRepository {
  private readonly rows: Repository<JobMarkEntity>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(JobMarkEntity);
  }

  /** Sets the job's mark, replacing any it had; returns it as stored. */
  async put(mark: Omit<StoredJobMark, 'updatedAt'>): Promise<StoredJobMark> {
    assertLength(mark.jobKey, 64, 'Job key');
    assertLength(mark.runId, 64, 'Run id');
    const stored: StoredJobMark = { ...mark, updatedAt: new Date().toISOString() };
    await this.rows.upsert(stored, { conflictPaths: ['jobKey'], skipUpdateIfNoValuesChanged: false });
    return stored;
  }

  async get(jobKey: string): Promise<StoredJobMark | null> {
    const row = await this.rows.findOneBy({ jobKey });
    return row ? toStoredMark(row) : null;
  }

  /** The marks of the given jobs, by jobKey; unmarked jobs are left out. */
  async find(jobKeys: readonly string[]): Promise<Map<string, JobMark>> {
    const keys = [...new Set(jobKeys)];
    const marks = new Map<string, JobMark>();
    for (let i = 0; i < keys.length; i += BATCH) {
      for (const row of await this.rows.findBy({ jobKey: In(keys.slice(i, i + BATCH)) })) {
        marks.set(row.jobKey, { state: row.state as JobMarkState, at: row.at, note: row.note });
      }
    }
    return marks;
  }

  /** Removes the job's mark; false when it had none. */
  async delete(jobKey: string): Promise<boolean> {
    const outcome = await this.rows.delete({ jobKey });
    return (outcome.affected ?? 0) > 0;
  }

  /** Newest first, of one state or all. */
  async list(state?: JobMarkState): Promise<StoredJobMark[]> {
    const rows = await this.rows.find({
      where: state ? { state } : {},
      order: { updatedAt: 'DESC', jobKey: 'ASC' },
    });
    return rows.map(toStoredMark);
  }

  /**
   * Newest first as `list` orders them (by the time each was set, then jobKey), `limit` marks after
   * the cursor `before` (a `next` of an earlier page; from the newest when not given), of one state
   * or all. A keyset query: the database reads only the page (and one row to tell whether more follow).
   * A mark set again while a person pages moves to the top (it is not listed twice further down); a bad
   * cursor is INVALID_INPUT.
   */
  async page(limit: number, options: { state?: JobMarkState; before?: string } = {}): Promise<JobMarkPage> {
    const { state, before } = options;
    if (!Number.isInteger(limit) || limit < 1) {
      throw new JobHunterError('INVALID_INPUT', `A page holds at least 1 mark (got ${limit}).`);
    }
    const after = before === undefined ? null : readMarkCursor(before);
    if (before !== undefined && !after) {
      throw new JobHunterError('INVALID_INPUT', 'before must be the "next" of an earlier page of marks.');
    }
    const query = this.rows
      .createQueryBuilder('mark')
      .orderBy('mark.updatedAt', 'DESC')
      .addOrderBy('mark.jobKey', 'ASC')
      .limit(limit + 1);
    if (state) query.andWhere('mark.state = :state', { state });
    if (after) {
      query.andWhere('(mark.updatedAt < :at OR (mark.updatedAt = :at AND mark.jobKey > :key))', {
        at: after.updatedAt,
        key: after.jobKey,
      });
    }
    const rows = await query.getMany();
    const marks = rows.slice(0, limit).map(toStoredMark);
    const last = marks[marks.length - 1];
    return { marks, next: rows.length > limit && last ? markCursor(last) : null };
  }
}

function toStoredMark(row: JobMarkEntity): StoredJobMark {
  return {
    jobKey: row.jobKey,
    state: row.state as JobMarkState,
    at: row.at,
    note: row.note,
    title: row.title,
    company: row.company,
    applyUrl: row.applyUrl,
    runId: row.runId,
    updatedAt: row.updatedAt,
  };
}
