import type { JobMark, JobMarkState } from '@job-hunter/domain';
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
