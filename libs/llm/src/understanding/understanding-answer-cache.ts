import { Logger } from '@nestjs/common';
import { errorMessage } from '@job-hunter/domain';
import type { LlmRequest } from '../client/llm-client.types';
import type { ScoreCacheStore } from '../anthropic/score-cache';
import { sha256 } from '../anthropic/scoring-prompt';
import { UNDERSTANDING_PROMPT_VERSION } from './understanding-prompt';

/**
 * Claude's understanding answers by key: in memory, and in the database's LLM response cache when
 * there is one (the scoring cache's table: the row's profileHash is the hash of the purpose, its
 * jobHash that of the text sent), so that a run in another process, e.g. each `search run --due`,
 * pays nothing for a resume or preferences text already read. As with scoring, a store that cannot be
 * read or written costs money, never the run.
 */
export class UnderstandingAnswerCache {
  private readonly logger = new Logger('LlmUnderstanding');
  private readonly memory = new Map<string, unknown>();

  constructor(private readonly store?: ScoreCacheStore) {}

  get size(): number {
    return this.memory.size;
  }

  /** The key of a request's answer under a model: any change to the model, the prompts or the text is a new key. */
  keyOf(request: LlmRequest, model: string): string {
    return sha256([model, UNDERSTANDING_PROMPT_VERSION, request.purpose, sha256(request.user)].join('\n'));
  }

  /** The stored answer (parsed JSON), or undefined; the caller validates it again. */
  async get(key: string): Promise<unknown> {
    if (this.memory.has(key)) return this.memory.get(key);
    if (!this.store) return undefined;
    try {
      const row = (await this.store.findMany([key])).find((r) => r.key === key);
      if (!row) return undefined;
      const value: unknown = JSON.parse(row.result);
      this.memory.set(key, value);
      return value;
    } catch (error) {
      this.logger.warn(`The LLM response cache could not be read (${errorMessage(error)}); asking Claude.`);
      return undefined;
    }
  }

  async put(key: string, request: LlmRequest, model: string, value: unknown): Promise<void> {
    this.memory.set(key, value);
    if (!this.store) return;
    try {
      await this.store.putMany([
        {
          key,
          model,
          promptVersion: UNDERSTANDING_PROMPT_VERSION,
          profileHash: sha256(request.purpose),
          jobHash: sha256(request.user),
          result: JSON.stringify(value),
          createdAt: new Date().toISOString(),
        },
      ]);
    } catch (error) {
      this.logger.warn(
        `The LLM response cache could not be written (${errorMessage(error)}); a re-run will pay again.`,
      );
    }
  }
}
