import { sha256 } from './scoring-prompt';

/** One validated per-job answer, stored so that a re-run over an unchanged job pays nothing. */
export interface StoredScore {
  key: string;
  model: string;
  promptVersion: string;
  profileHash: string;
  jobHash: string;
  /** The validated LlmJobVerdict as JSON. */
  result: string;
  /** ISO-8601. */
  createdAt: string;
}

/**
 * Where validated answers are kept. The persistence library's LlmResponseCacheRepository
 * satisfies it structurally (the database cache); MemoryScoreCache serves when there is none.
 */
export interface ScoreCacheStore {
  findMany(keys: readonly string[]): Promise<Array<Pick<StoredScore, 'key' | 'result'>>>;
  putMany(entries: readonly StoredScore[]): Promise<void>;
}

/**
 * The token the database cache is provided under. A registered symbol (Symbol.for), so that the
 * persistence library provides it without importing this one: adapters never import each other.
 * Persistence's LLM_RESPONSE_CACHE is the same symbol (an integration test checks it).
 */
export const SCORE_CACHE_STORE: unique symbol = Symbol.for('job-hunter.llm-response-cache');

export interface ScoreCacheKeyParts {
  model: string;
  promptVersion: string;
  profileHash: string;
  jobHash: string;
}

/** Any change to the model, the prompt, the profile and preferences, or the job's text is a new key. */
export function scoreCacheKey(parts: ScoreCacheKeyParts): string {
  return sha256([parts.model, parts.promptVersion, parts.profileHash, parts.jobHash].join('\n'));
}

/** In-process cache: a re-run in the same process is free even without a database. */
export class MemoryScoreCache implements ScoreCacheStore {
  private readonly entries = new Map<string, StoredScore>();

  async findMany(keys: readonly string[]): Promise<StoredScore[]> {
    return keys.flatMap((k) => {
      const e = this.entries.get(k);
      return e ? [e] : [];
    });
  }

  async putMany(entries: readonly StoredScore[]): Promise<void> {
    for (const e of entries) this.entries.set(e.key, e);
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  get size(): number {
    return this.entries.size;
  }
}
