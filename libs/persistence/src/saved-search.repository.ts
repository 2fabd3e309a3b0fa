import { createHash, randomUUID } from 'node:crypto';
import { JobHunterError, type ResumeSummary, type Understanding } from '@job-hunter/domain';
import { LessThanOrEqual, type DataSource, type Repository } from 'typeorm';
import { SavedSearchEntity } from './entities/saved-search.entity';
import { assertLength, fromJson, toJson } from './json-column';
import { deleteSearchHistory } from './search-history.repository';

/**
 * The options every run of a saved search uses, as `run` takes them (text, checked again by the
 * launch lib at each run); paths are absolute. The companies file is kept by content, like the resume.
 */
export interface SavedSearchOptions {
  companies?: { name: string; text: string };
  snapshot?: string;
  engine?: string;
  temporal?: boolean;
  dryRun?: boolean;
  companyLimit?: string;
  forceRescrape?: boolean;
  outputDir?: string;
  format?: string;
  top?: string;
  maxPerCompany?: string;
  email?: string;
}

/** When a search runs by itself: every `everyMs`, or at a cron expression's times (UTC). */
export type SearchSchedule = { everyMs: number } | { cron: string };

export interface NewSavedSearch {
  name: string;
  resume: { name: string; data: Buffer };
  resumeSummary?: ResumeSummary;
  /** The `--prefs` text, or a preferences file (its name and contents). */
  prefs: { text: string; fileName?: string };
  understanding: Understanding;
  options: SavedSearchOptions;
  schedule?: SearchSchedule;
  /** When it is first due; only with a schedule. */
  nextDueAt?: string;
}

export interface SavedSearch extends Omit<NewSavedSearch, 'resume'> {
  id: string;
  resume: { name: string; data: Buffer; sha256: string };
  paused: boolean;
  lastRunId?: string;
  lastRunAt?: string;
  createdAt: string;
  updatedAt: string;
}

/** How long a search's lock holds without renewal: a holder silent that long is gone (as a run's heartbeat). */
export const SEARCH_LOCK_MS = 10 * 60_000;
/** How often a holder renews the lock of a search it runs. */
export const SEARCH_LOCK_RENEW_MS = 60_000;

/** What one run of a search leaves on it: the run, and when the search is due next. */
export interface SearchRunRecord {
  lastRunId?: string;
  lastRunAt: string;
  nextDueAt?: string;
}

/**
 * The saved searches. Running one takes its lock first: one conditional UPDATE that only a free
 * or expired lock lets through, so of two processes racing for a search exactly one runs it
 * (SQLite serialises writers per file, PostgreSQL per row).
 */
export class SavedSearchRepository {
  private readonly rows: Repository<SavedSearchEntity>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(SavedSearchEntity);
  }

  /** Stores a new search; a name already taken is bad input (exit 2). */
  async create(search: NewSavedSearch, now = new Date()): Promise<SavedSearch> {
    assertLength(search.name, 100, 'Search name');
    if (await this.rows.existsBy({ name: search.name })) throw nameTaken(search.name);
    const at = now.toISOString();
    const { understanding } = search;
    const row: SavedSearchEntity = {
      id: randomUUID(),
      name: search.name,
      resumeName: search.resume.name,
      resumeSha256: createHash('sha256').update(search.resume.data).digest('hex'),
      resumeContent: search.resume.data.toString('base64'),
      resumeSummary: search.resumeSummary ? toJson(search.resumeSummary) : null,
      prefsText: search.prefs.text,
      prefsFileName: search.prefs.fileName ?? null,
      understanding: toJson(understanding),
      options: toJson(search.options),
      everyMs: search.schedule && 'everyMs' in search.schedule ? search.schedule.everyMs : null,
      cron: search.schedule && 'cron' in search.schedule ? search.schedule.cron : null,
      paused: false,
      nextDueAt: search.schedule ? (search.nextDueAt ?? null) : null,
      lastRunId: null,
      lastRunAt: null,
      lockOwner: null,
      lockExpiresAt: null,
      createdAt: at,
      updatedAt: at,
    };
    try {
      await this.rows.insert(row);
    } catch (e) {
      // Lost a race for the name to another process.
      if (await this.rows.existsBy({ name: search.name })) throw nameTaken(search.name);
      throw e;
    }
    return toSavedSearch(row);
  }

  async get(id: string): Promise<SavedSearch | null> {
    const row = await this.rows.findOneBy({ id });
    return row ? toSavedSearch(row) : null;
  }

  async getByName(name: string): Promise<SavedSearch | null> {
    const row = await this.rows.findOneBy({ name });
    return row ? toSavedSearch(row) : null;
  }

  /** Every search, by name. */
  async list(): Promise<SavedSearch[]> {
    return (await this.rows.find({ order: { name: 'ASC' } })).map(toSavedSearch);
  }

  /** The unpaused searches whose time has come at `now`, the longest-waiting first. */
  async listDue(now: Date): Promise<SavedSearch[]> {
    const rows = await this.rows.find({
      where: { paused: false, nextDueAt: LessThanOrEqual(now.toISOString()) },
      order: { nextDueAt: 'ASC', name: 'ASC' },
    });
    return rows.map(toSavedSearch);
  }

  /** Deletes the search and its novelty history (search_jobs, search_last_runs) at once; false when there is no such search. */
  async delete(id: string): Promise<boolean> {
    return this.rows.manager.transaction(async (manager) => {
      await deleteSearchHistory(manager, id);
      return ((await manager.getRepository(SavedSearchEntity).delete({ id })).affected ?? 0) > 0;
    });
  }

  /** Pauses or resumes it; false when there is no such search. */
  async setPaused(id: string, paused: boolean, now = new Date()): Promise<boolean> {
    return ((await this.rows.update({ id }, { paused, updatedAt: now.toISOString() })).affected ?? 0) > 0;
  }

  /**
   * Takes the search's lock for `owner` until `expiresAt` when nobody holds it (or the holder's
   * lock expired). With `dueBy`, only while the search is still unpaused and due by then, so a
   * process that listed it as due after another one ran it (and moved its next slot) skips it.
   */
  async tryLock(id: string, owner: string, now: Date, expiresAt: Date, dueBy?: Date): Promise<boolean> {
    assertLength(owner, 64, 'Lock owner');
    const update = this.rows
      .createQueryBuilder()
      .update(SavedSearchEntity)
      .set({ lockOwner: owner, lockExpiresAt: expiresAt.toISOString() })
      .where('id = :id', { id })
      .andWhere('(lock_owner IS NULL OR lock_expires_at < :now)', { now: now.toISOString() });
    if (dueBy) {
      update
        .andWhere({ paused: false })
        .andWhere('next_due_at IS NOT NULL AND next_due_at <= :dueBy', { dueBy: dueBy.toISOString() });
    }
    return ((await update.execute()).affected ?? 0) > 0;
  }

  /** Moves the owner's lock on (a long run keeps it); false when it is no longer the owner's. */
  async renewLock(id: string, owner: string, expiresAt: Date): Promise<boolean> {
    const outcome = await this.rows.update({ id, lockOwner: owner }, { lockExpiresAt: expiresAt.toISOString() });
    return (outcome.affected ?? 0) > 0;
  }

  /** Records a run of the search (and its next slot) and frees the owner's lock. */
  async finishRun(id: string, owner: string, record: SearchRunRecord): Promise<void> {
    await this.rows.update(
      { id, lockOwner: owner },
      {
        ...(record.lastRunId ? { lastRunId: record.lastRunId } : {}),
        lastRunAt: record.lastRunAt,
        nextDueAt: record.nextDueAt ?? null,
        lockOwner: null,
        lockExpiresAt: null,
        updatedAt: record.lastRunAt,
      },
    );
  }

  /** Records a run its Temporal Schedule started (no lock: the schedule never overlaps its runs). */
  async recordRun(id: string, runId: string, at: string): Promise<void> {
    await this.rows.update({ id }, { lastRunId: runId, lastRunAt: at, updatedAt: at });
  }

  /** Frees the owner's lock, leaving the search as it was. */
  async unlock(id: string, owner: string): Promise<void> {
    await this.rows.update({ id, lockOwner: owner }, { lockOwner: null, lockExpiresAt: null });
  }
}

function nameTaken(name: string): JobHunterError {
  return new JobHunterError(
    'INVALID_INPUT',
    `A search named "${name}" already exists: choose another name, or delete it first (job-hunter search delete).`,
  );
}

function toSavedSearch(row: SavedSearchEntity): SavedSearch {
  const schedule: SearchSchedule | undefined =
    row.everyMs !== null ? { everyMs: row.everyMs } : row.cron !== null ? { cron: row.cron } : undefined;
  return {
    id: row.id,
    name: row.name,
    resume: { name: row.resumeName, data: Buffer.from(row.resumeContent, 'base64'), sha256: row.resumeSha256 },
    ...(row.resumeSummary ? { resumeSummary: fromJson<ResumeSummary>(row.resumeSummary, 'resume summary') } : {}),
    prefs: row.prefsFileName === null ? { text: row.prefsText } : { text: row.prefsText, fileName: row.prefsFileName },
    understanding: fromJson<Understanding>(row.understanding, 'understanding'),
    options: fromJson<SavedSearchOptions>(row.options, 'search options'),
    ...(schedule ? { schedule } : {}),
    ...(row.nextDueAt ? { nextDueAt: row.nextDueAt } : {}),
    paused: Boolean(row.paused),
    ...(row.lastRunId ? { lastRunId: row.lastRunId } : {}),
    ...(row.lastRunAt ? { lastRunAt: row.lastRunAt } : {}),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
