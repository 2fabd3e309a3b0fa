import type { PreviousSearchRun, SearchHistory, SearchJobRecord } from '@job-hunter/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { SearchJobEntity } from './entities/search-job.entity';
import { SearchLastRunEntity } from './entities/search-run.entity';
import { assertLength, toIsoTimestamp } from './json-column';
import { retryWhileBusy } from './busy-retry';

/** Rows per statement: far below SQLite's bound-parameter limit (12 columns per row). */
const BATCH = 50;

/** Each saved search's job history and last finished run: what its next run's novelty is told against. */
export class SearchHistoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** What the search knows before its next run; empty for a search that never finished a run. */
  async history(searchId: string): Promise<SearchHistory> {
    const [last, rows] = await Promise.all([
      this.dataSource.getRepository(SearchLastRunEntity).findOneBy({ searchId }),
      this.dataSource
        .getRepository(SearchJobEntity)
        .find({ where: { searchId }, order: { firstRunId: 'ASC', jobKey: 'ASC' } }),
    ]);
    const previousRun: PreviousSearchRun | null = last ? { runId: last.runId, finishedAt: last.finishedAt } : null;
    return { previousRun, jobs: rows.map(({ searchId: _search, ...job }) => job) };
  }

  /**
   * Records one finished run of the search: its shortlist's jobs as it showed them (replacing the
   * search's earlier record of each) and the run as the search's last. Writing the same run again
   * changes nothing, and a run that finished before the search's last recorded one (re-finished
   * late) writes nothing; in one transaction, so the next run reads all of it or none.
   */
  async record(searchId: string, run: PreviousSearchRun, jobs: readonly SearchJobRecord[]): Promise<void> {
    assertLength(searchId, 64, 'Search id');
    assertLength(run.runId, 64, 'Run id');
    const finishedAt = toIsoTimestamp(run.finishedAt, 'finishedAt');
    const rows = [...new Map(jobs.map((j) => [j.jobKey, { ...j, searchId }])).values()]
      // Sorted, so that two runs finishing together lock rows in the same order.
      .sort((a, b) => (a.jobKey < b.jobKey ? -1 : a.jobKey > b.jobKey ? 1 : 0));
    for (const row of rows) assertLength(row.jobKey, 64, 'Job key');
    // It reads before it writes, so SQLite may refuse it at once when another process wrote meanwhile.
    await retryWhileBusy(() =>
      this.dataSource.transaction(async (manager) => {
        const last = await manager.getRepository(SearchLastRunEntity).findOneBy({ searchId });
        if (last && last.runId !== run.runId && last.finishedAt > finishedAt) return;
        for (let i = 0; i < rows.length; i += BATCH) {
          await manager.getRepository(SearchJobEntity).upsert(rows.slice(i, i + BATCH), ['searchId', 'jobKey']);
        }
        await manager
          .getRepository(SearchLastRunEntity)
          .upsert({ searchId, runId: run.runId, finishedAt }, ['searchId']);
      }),
    );
  }

  /** Forgets the search's job history and last run (its runs stay). */
  async delete(searchId: string): Promise<void> {
    await this.dataSource.transaction((manager) => deleteSearchHistory(manager, searchId));
  }
}

/** Deletes the search's job history and last run within `manager`'s transaction. */
export async function deleteSearchHistory(manager: EntityManager, searchId: string): Promise<void> {
  await manager.getRepository(SearchJobEntity).delete({ searchId });
  await manager.getRepository(SearchLastRunEntity).delete({ searchId });
}
