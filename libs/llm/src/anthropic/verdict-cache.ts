import { Logger } from '@nestjs/common';
import { errorMessage } from '@job-hunter/domain';
import { scoreCacheKey, type ScoreCacheStore, type StoredScore } from './score-cache';
import { parseVerdict, type LlmJobVerdict } from './score-reply.validator';
import type { PromptJob } from './scoring-prompt';
import { SCORING_PROMPT_VERSION } from './scoring-rubric';

/** A job to score with its response-cache key. */
export interface KeyedJob {
  key: string;
  prompt: PromptJob;
}

/**
 * Validated answers in the response cache, for one model and one profile. A cache that cannot be
 * read or written costs money, never the run: the engine carries on without it.
 */
export class VerdictCache {
  private readonly logger = new Logger('AnthropicScoringEngine');

  constructor(
    private readonly store: ScoreCacheStore,
    private readonly model: string,
    private readonly profileHash: string,
  ) {}

  keyed(prompt: PromptJob): KeyedJob {
    const parts = { model: this.model, promptVersion: SCORING_PROMPT_VERSION, profileHash: this.profileHash };
    return { key: scoreCacheKey({ ...parts, jobHash: prompt.contentHash }), prompt };
  }

  /** Cached answers by key; each is validated again against its posting, so a damaged row is a miss. */
  async read(jobs: readonly KeyedJob[]): Promise<Map<string, LlmJobVerdict>> {
    const out = new Map<string, LlmJobVerdict>();
    if (jobs.length === 0) return out;
    try {
      const rows = await this.store.findMany([...new Set(jobs.map((j) => j.key))]);
      const byKey = new Map(rows.map((r) => [r.key, r.result]));
      for (const j of jobs) {
        const row = byKey.get(j.key);
        const verdict = row === undefined ? undefined : parseVerdict(safeJson(row), j.prompt.text).verdict;
        if (verdict) out.set(j.key, verdict);
      }
    } catch (error) {
      this.logger.warn(`The LLM response cache could not be read (${errorMessage(error)}); scoring without it.`);
    }
    return out;
  }

  async write(answers: ReadonlyArray<KeyedJob & { verdict: LlmJobVerdict }>): Promise<void> {
    if (answers.length === 0) return;
    const createdAt = new Date().toISOString();
    const entries: StoredScore[] = answers.map((a) => ({
      key: a.key,
      model: this.model,
      promptVersion: SCORING_PROMPT_VERSION,
      profileHash: this.profileHash,
      jobHash: a.prompt.contentHash,
      result: JSON.stringify(a.verdict),
      createdAt,
    }));
    try {
      await this.store.putMany(entries);
    } catch (error) {
      this.logger.warn(
        `The LLM response cache could not be written (${errorMessage(error)}); a re-run will pay again.`,
      );
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
