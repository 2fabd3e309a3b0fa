import { Logger } from '@nestjs/common';
import {
  emptyCost,
  errorMessage,
  JobHunterError,
  type CandidateProfile,
  type CostSummary,
  type EngineKind,
  type Reading,
  type SearchPreferences,
} from '@job-hunter/domain';
import { BudgetedLlmClient } from '../client/budgeted-llm.client';
import type { CostLedger, LlmClient, LlmReply, LlmRequest } from '../client/llm-client.types';
import { LlmInvalidOutputError } from '../client/llm-invalid-output.error';
import { costOfReply } from '../cost/cost-ledger';
import type { ScoreCacheStore } from '../anthropic/score-cache';
import { mergeProfile } from './profile-merge';
import { askForReading } from './reading-exchange';
import { readingFromAnswer } from './reading-answer';
import { readingRequest } from './reading-prompt';
import { withClaudeReading, withRulesReading, type RefinedPreferences } from './refined-preferences';
import { UnderstandingAnswerCache } from './understanding-answer-cache';
import { profileRequest } from './understanding-prompt';
import { isRecord } from './understanding-values';

export interface LlmUnderstandingDeps {
  client: LlmClient;
  /** A fresh ledger when the caller brings none (its budget is JH_MAX_COST_PER_RUN_USD). */
  newLedger: () => CostLedger;
  /** The database's LLM response cache, so that answers outlive the process (in memory only without it). */
  store?: ScoreCacheStore;
}

/** What the parser agents pass: Claude refines only for a run on the 'anthropic' engine that may pay. */
export interface UnderstandingOptions {
  engine?: EngineKind;
  dryRun?: boolean;
  ledger?: CostLedger;
}

export function wantsLlmUnderstanding(opts: UnderstandingOptions | undefined): boolean {
  return opts?.engine === 'anthropic' && !opts.dryRun;
}

export interface Refined<T> {
  value: T;
  cost: CostSummary;
  /** Set when Claude's answer was not used: the rules' result stands. */
  error?: JobHunterError;
  fromCache: boolean;
}

export type RefinedProfile = Omit<Refined<CandidateProfile>, 'value'> & { profile: CandidateProfile };

/**
 * Resume and preferences understanding with Claude on top of the rules: one forced-tool call each
 * (the preferences' answer gets one repair when it does not fit its schema), merged into the rules'
 * result (see profile-merge and reading-merge). Answers are cached by model, prompt version and the exact
 * text sent (in memory, and in the database when there is one: see UnderstandingAnswerCache), so asking again is free. Any
 * failure (budget, model error, invalid output) keeps the rules' result and reports the error.
 */
export class LlmUnderstanding {
  private readonly logger = new Logger(LlmUnderstanding.name);
  /** Resume answers, and Claude's validated readings of preference texts with the warnings that came with them. */
  private readonly cache: UnderstandingAnswerCache;

  constructor(private readonly deps: LlmUnderstandingDeps) {
    this.cache = new UnderstandingAnswerCache(deps.store);
  }

  get model(): string {
    return this.deps.client.model;
  }

  /** Answers held in the cache (for tests and logs). */
  get cachedAnswers(): number {
    return this.cache.size;
  }

  async refineProfile(profile: CandidateProfile, resumeText: string, ledger?: CostLedger): Promise<RefinedProfile> {
    if (!resumeText.trim()) return { profile, cost: emptyCost(), fromCache: false };
    const { value, ...rest } = await this.refine(profileRequest(resumeText), ledger, profile, (answer) =>
      mergeProfile(profile, answer, resumeText),
    );
    return { profile: value, ...rest };
  }

  /**
   * Claude's reading of the preferences (the contract's reading, through a schema-checked tool call
   * with one repair), merged with the rules' as reading-merge explains, with every field the two
   * disagree on. Any failure keeps the rules' preferences and says why, in `error` and `warnings`.
   */
  async refinePreferences(
    prefs: SearchPreferences,
    text: string,
    profile: CandidateProfile,
    ledger?: CostLedger,
  ): Promise<RefinedPreferences> {
    if (!text.trim()) return withRulesReading(prefs, emptyCost(), []);
    const request = readingRequest(text, profile);
    const model = ledger?.model ?? this.model;
    const key = this.cache.keyOf(request, model);
    const cached = storedReading(await this.cache.get(key), text);
    if (cached) return { ...withClaudeReading(prefs, cached.reading, emptyCost(), cached.warnings), fromCache: true };
    const client = new BudgetedLlmClient(this.deps.client, ledger ?? this.deps.newLedger());
    const asked = await askForReading(client, request, text);
    if (!asked.reading) {
      const error = asked.error ?? new JobHunterError('LLM_INVALID_OUTPUT', 'Claude gave no reading.');
      this.logger.warn(`${request.purpose}: ${error.message} Using the rules' reading.`);
      const why = `Claude's reading was not used: ${error.message} The rules' reading stands.`;
      return { ...withRulesReading(prefs, asked.cost, [...asked.warnings, why]), error };
    }
    await this.cache.put(key, request, model, { reading: asked.reading, warnings: asked.warnings });
    return withClaudeReading(prefs, asked.reading, asked.cost, asked.warnings);
  }

  private async refine<T>(
    request: LlmRequest,
    ledger: CostLedger | undefined,
    rules: T,
    merge: (answer: Record<string, unknown>) => T,
  ): Promise<Refined<T>> {
    // By the model the run asks (its ledger names it), so a run with another model asks again.
    const model = ledger?.model ?? this.model;
    const key = this.cache.keyOf(request, model);
    const cached = await this.cache.get(key);
    if (isRecord(cached)) return { value: merge(cached), cost: emptyCost(), fromCache: true };
    const client = new BudgetedLlmClient(this.deps.client, ledger ?? this.deps.newLedger());
    let reply: LlmReply;
    try {
      reply = await client.complete(request);
    } catch (error) {
      const failure =
        error instanceof JobHunterError
          ? error
          : new JobHunterError('LLM_ERROR', `The Claude call failed: ${errorMessage(error)}`, { cause: error });
      // An unusable answer was still paid for.
      const cost = error instanceof LlmInvalidOutputError ? costOfReply(error.reply) : emptyCost();
      return this.fallBack(request, rules, cost, failure);
    }
    if (!isRecord(reply.json)) {
      const invalid = new JobHunterError(
        'LLM_INVALID_OUTPUT',
        `Claude's "${request.purpose}" answer was not the JSON object asked for; the rules' reading stands.`,
      );
      return this.fallBack(request, rules, costOfReply(reply), invalid);
    }
    await this.cache.put(key, request, model, reply.json);
    return { value: merge(reply.json), cost: costOfReply(reply), fromCache: false };
  }

  private fallBack<T>(request: LlmRequest, rules: T, cost: CostSummary, error: JobHunterError): Refined<T> {
    this.logger.warn(`${request.purpose}: ${error.message} Using the rules' reading.`);
    return { value: rules, cost, error, fromCache: false };
  }
}

/** A reading from the cache, validated again against the text (a damaged row is a miss). */
function storedReading(stored: unknown, text: string): { reading: Reading; warnings: string[] } | undefined {
  if (!isRecord(stored) || !Array.isArray(stored.warnings)) return undefined;
  const reading = readingFromAnswer(stored.reading, text).reading;
  return reading ? { reading, warnings: stored.warnings.filter((w): w is string => typeof w === 'string') } : undefined;
}
