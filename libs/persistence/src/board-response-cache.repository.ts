import type { DataSource, Repository } from 'typeorm';
import { LessThan, MoreThanOrEqual } from 'typeorm';
import { BoardResponseEntity } from './entities/board-response.entity';
import { assertLength, toIsoTimestamp } from './json-column';

/** One cached job-board answer; the shape job-boards' `ResponseCacheStore` port reads and writes. */
export interface StoredBoardResponse {
  key: string;
  method: string;
  url: string;
  status: number;
  contentType: string | null;
  body: string;
  /** ISO-8601. */
  fetchedAt: string;
}

/**
 * The job-board response cache in the database, so the CLI and Temporal workers on other
 * machines reuse each other's answers. It satisfies job-boards' `ResponseCacheStore` port
 * structurally (adapters do not import each other); the jobs-scraper agent plugs it in.
 */
export class BoardResponseCacheRepository {
  private readonly rows: Repository<BoardResponseEntity>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(BoardResponseEntity);
  }

  async getFresh(key: string, freshSince: string): Promise<StoredBoardResponse | null> {
    const row = await this.rows.findOneBy({
      key,
      fetchedAt: MoreThanOrEqual(toIsoTimestamp(freshSince, 'freshSince')),
    });
    return row ? { ...row } : null;
  }

  async put(entry: StoredBoardResponse): Promise<void> {
    assertLength(entry.key, 64, 'Cache key');
    assertLength(entry.method, 8, 'HTTP method');
    await this.rows.upsert(
      {
        ...entry,
        contentType: entry.contentType?.slice(0, 255) ?? null,
        fetchedAt: toIsoTimestamp(entry.fetchedAt, 'fetchedAt'),
      },
      { conflictPaths: ['key'], skipUpdateIfNoValuesChanged: false },
    );
  }

  async deleteOlderThan(before: string): Promise<number> {
    const outcome = await this.rows.delete({ fetchedAt: LessThan(toIsoTimestamp(before, 'before')) });
    return outcome.affected ?? 0;
  }

  async count(): Promise<number> {
    return this.rows.count();
  }
}
