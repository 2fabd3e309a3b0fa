import type { DataSource, Repository } from 'typeorm';
import { In, LessThan } from 'typeorm';
import { LlmResponseEntity } from './entities/llm-response.entity';
import { assertLength, toIsoTimestamp } from './json-column';

/** One cached LLM answer; the shape the llm library's `ScoreCacheStore` port reads and writes. */
export interface StoredLlmResponse {
  key: string;
  model: string;
  promptVersion: string;
  profileHash: string;
  jobHash: string;
  /** The validated answer as JSON. */
  result: string;
  /** ISO-8601. */
  createdAt: string;
}

/**
 * The token the llm library injects its response cache under: a registered symbol, the same as
 * llm's SCORE_CACHE_STORE, so neither adapter imports the other.
 */
export const LLM_RESPONSE_CACHE: unique symbol = Symbol.for('job-hunter.llm-response-cache');

/** Keys per statement: far below SQLite's and PostgreSQL's bound-parameter limits. */
const BATCH = 200;

/**
 * The LLM response cache in the database, shared by the CLI and every worker. It satisfies the
 * llm library's `ScoreCacheStore` port structurally.
 */
export class LlmResponseCacheRepository {
  private readonly rows: Repository<LlmResponseEntity>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(LlmResponseEntity);
  }

  /** The cached answers among `keys` (missing keys are left out, order not kept). */
  async findMany(keys: readonly string[]): Promise<StoredLlmResponse[]> {
    const unique = [...new Set(keys)];
    const found: StoredLlmResponse[] = [];
    for (let i = 0; i < unique.length; i += BATCH) {
      for (const row of await this.rows.findBy({ key: In(unique.slice(i, i + BATCH)) })) found.push({ ...row });
    }
    return found;
  }

  /** Inserts or replaces; the same key written twice keeps the later answer. */
  async putMany(entries: readonly StoredLlmResponse[]): Promise<void> {
    // One statement may not touch a row twice (PostgreSQL refuses): the last entry for a key wins.
    const unique = [...new Map(entries.map((e) => [e.key, e])).values()];
    const rows = unique.map((e) => {
      assertLength(e.key, 64, 'Cache key');
      assertLength(e.model, 100, 'Model id');
      assertLength(e.promptVersion, 32, 'Prompt version');
      assertLength(e.profileHash, 64, 'Profile hash');
      assertLength(e.jobHash, 64, 'Job hash');
      return { ...e, createdAt: toIsoTimestamp(e.createdAt, 'createdAt') };
    });
    for (let i = 0; i < rows.length; i += BATCH) {
      await this.rows.upsert(rows.slice(i, i + BATCH), { conflictPaths: ['key'], skipUpdateIfNoValuesChanged: false });
    }
  }

  async deleteOlderThan(before: string): Promise<number> {
    const outcome = await this.rows.delete({ createdAt: LessThan(toIsoTimestamp(before, 'before')) });
    return outcome.affected ?? 0;
  }

  async count(): Promise<number> {
    return this.rows.count();
  }
}
