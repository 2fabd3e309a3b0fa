import type { DataSource, Repository } from 'typeorm';
import { In } from 'typeorm';
import { ShortlistedJobEntity } from './entities/shortlisted-job.entity';
import { assertLength, toIsoTimestamp } from './json-column';

/** Rows per statement: far below SQLite's bound-parameter limit (3 columns per row). */
const BATCH = 300;

/** Which run first shortlisted each job (by jobKey): what makes a job new in one run only. */
export class ShortlistedJobRepository {
  private readonly rows: Repository<ShortlistedJobEntity>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(ShortlistedJobEntity);
  }

  /** Records a finished run's shortlist; a job an earlier run shortlisted keeps that run (so does a re-finished run). */
  async record(runId: string, jobKeys: readonly string[], finishedAt: string): Promise<void> {
    assertLength(runId, 64, 'Run id');
    const firstAt = toIsoTimestamp(finishedAt, 'finishedAt');
    // Sorted, so that two runs finishing together lock rows in the same order.
    const rows = [...new Set(jobKeys)].sort().map((jobKey) => ({ jobKey, firstRunId: runId, firstAt }));
    for (let i = 0; i < rows.length; i += BATCH) {
      await this.rows
        .createQueryBuilder()
        .insert()
        .values(rows.slice(i, i + BATCH))
        .orIgnore()
        .execute();
    }
  }

  /** The first run that shortlisted each of the given jobs, by jobKey; jobs never shortlisted are left out. */
  async firstRuns(jobKeys: readonly string[]): Promise<Map<string, string>> {
    const keys = [...new Set(jobKeys)];
    const firstRuns = new Map<string, string>();
    for (let i = 0; i < keys.length; i += BATCH) {
      for (const row of await this.rows.findBy({ jobKey: In(keys.slice(i, i + BATCH)) })) {
        firstRuns.set(row.jobKey, row.firstRunId);
      }
    }
    return firstRuns;
  }
}
