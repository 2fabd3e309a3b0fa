import { costSince, type CandidateProfile, type NormalisedJob, type SearchPreferences } from '@job-hunter/domain';
import type { CostLedger, LlmClient } from '../client/llm-client.types';
import type { ScoringContext, ScoringEngine, ScoringOutcome } from '../scoring/scoring-engine.types';
import { scoreBatch, type BatchCall } from './batch-scorer';
import { MemoryScoreCache, type ScoreCacheStore } from './score-cache';
import { toScoredJob } from './score-guard';
import { buildScoringPrompt, preparePromptJob } from './scoring-prompt';
import { ScoringRunState, isBudget } from './scoring-run-state';
import { VerdictCache, type KeyedJob } from './verdict-cache';

export interface AnthropicScoringOptions {
  /** Jobs per call (default 10): fewer calls repeat the profile prefix less often. */
  batchSize?: number;
  /** Calls in flight after the first (default 4); the first goes alone so that it writes the prompt cache. */
  concurrency?: number;
}

export interface AnthropicScoringDeps {
  client: LlmClient;
  /** Scores every job too: the fallback, and the evidence cap on the model's score. */
  offline: ScoringEngine;
  /** A fresh ledger for a run that brings none (its budget is JH_MAX_COST_PER_RUN_USD). */
  newLedger: () => CostLedger;
  cache?: ScoreCacheStore;
  options?: AnthropicScoringOptions;
}

/** A run may share one ledger across its paid stages, so the budget covers them all. */
export interface LlmScoringContext extends ScoringContext {
  ledger?: CostLedger;
}

export interface AnthropicScoringStats {
  /** Paid calls made (repairs included). */
  calls: number;
  fromCache: number;
  fromModel: number;
  /** Jobs scored offline (budget spent, invalid output, model errors). */
  offline: number;
}

export type AnthropicScoringOutcome = ScoringOutcome & { notice?: string; stats: AnthropicScoringStats };

const DEFAULT_BATCH = 10;
const DEFAULT_CONCURRENCY = 4;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Scores jobs with Claude: batched, schema-validated answers with quoted evidence, the profile
 * as a cached prompt prefix, a response cache so unchanged jobs are never paid twice, the run's
 * budget checked before every call, and the offline engine behind every job that Claude could
 * not score. See score-guard for how the model's score is bounded by the evidence.
 */
export class AnthropicScoringEngine implements ScoringEngine {
  readonly kind = 'anthropic' as const;
  private readonly cache: ScoreCacheStore;
  private readonly batchSize: number;
  private readonly concurrency: number;

  constructor(private readonly deps: AnthropicScoringDeps) {
    this.cache = deps.cache ?? new MemoryScoreCache();
    this.batchSize = Math.max(1, deps.options?.batchSize ?? DEFAULT_BATCH);
    this.concurrency = Math.max(1, deps.options?.concurrency ?? DEFAULT_CONCURRENCY);
  }

  get model(): string {
    return this.deps.client.model;
  }

  async score(
    jobs: NormalisedJob[],
    profile: CandidateProfile,
    prefs: SearchPreferences,
    ctx: LlmScoringContext,
  ): Promise<AnthropicScoringOutcome> {
    const base = await this.deps.offline.score(jobs, profile, prefs, ctx);
    const prompt = buildScoringPrompt(profile, prefs);
    const ledger = ctx.ledger ?? this.deps.newLedger();
    // Cached answers are the run's model's: the ledger names it when the run chose one.
    const cache = new VerdictCache(this.cache, ledger.model ?? this.deps.client.model, prompt.profileHash);
    const keyed = base.scored.map((s) => cache.keyed(preparePromptJob(s.job)));
    const before = ledger.summary();
    const state = new ScoringRunState(ledger);

    // By cache key: two jobs with the same text are asked about once and share the answer.
    const verdicts = await cache.read(keyed);
    state.fromCache = keyed.filter((k) => verdicts.has(k.key)).length;
    const misses = [...new Map(keyed.filter((k) => !verdicts.has(k.key)).map((k) => [k.key, k])).values()];
    const call: BatchCall = {
      client: this.deps.client,
      ledger,
      system: prompt.system,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      onCall: () => state.calls++,
    };
    const runBatch = async (batch: KeyedJob[]): Promise<void> => {
      const prompts = batch.map((k, i) => ({ ...k.prompt, localId: `j${i + 1}` }));
      if (state.stopped) return state.skip(prompts);
      try {
        const result = await scoreBatch(call, prompts);
        state.noteBatch(prompts, result);
        const answered = batch.flatMap((k) => {
          const verdict = result.verdicts.get(k.prompt.job.id);
          return verdict ? [{ ...k, verdict }] : [];
        });
        for (const a of answered) verdicts.set(a.key, a.verdict);
        await cache.write(answered);
      } catch (error) {
        if (ctx.signal?.aborted) throw error;
        // A batch whose worst case does not fit in what is left of the budget goes as two halves.
        if (isBudget(error) && batch.length > 1 && !ledger.exhausted) {
          const half = Math.ceil(batch.length / 2);
          await runBatch(batch.slice(0, half));
          return runBatch(batch.slice(half));
        }
        state.noteFailedCall(prompts, error);
      }
    };
    const [first, ...rest] = chunk(misses, this.batchSize);
    if (first) await runBatch(first);
    await runPool(rest, this.concurrency, runBatch);

    const scored = base.scored.map((s, i) => {
      const k = keyed[i];
      const verdict = verdicts.get(k?.key ?? '');
      return verdict ? toScoredJob(s.job, verdict, s, k?.prompt.addressedToModel) : s;
    });
    const byClaude = scored.filter((s) => s.engine === 'anthropic').length;
    const offline = scored.length - byClaude;
    const notice = state.notice(byClaude, offline);
    return {
      scored,
      cost: costSince(ledger.summary(), before),
      errors: [...base.errors, ...state.errors()],
      ...(notice ? { notice } : {}),
      stats: { calls: state.calls, fromCache: state.fromCache, fromModel: byClaude - state.fromCache, offline },
    };
  }
}

async function runPool<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
