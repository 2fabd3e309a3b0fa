import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import {
  compareScored,
  preShortlist,
  type CandidateProfile,
  type NormalisedJob,
  type SearchPreferences,
} from '@job-hunter/domain';
import {
  ScoringEngineRegistry,
  type LlmScoringContext,
  type ScoringEngine,
  type ScoringOutcome,
} from '@job-hunter/llm';
import { markBeyondShortlist, preShortlistNotice } from './beyond-shortlist';
import type { PreShortlistSummary, ScoreOptions, ScoreResult } from './jobs-scorer.types';

/**
 * Scores processed jobs with the engine the run asked for (or the offline fallback), best first.
 * A paid engine sees only the JH_TOP_K_SEMANTIC jobs most similar to the person (the
 * pre-shortlist); the rest keep the offline engine's score, marked as such, so nothing is lost.
 */
@Injectable()
export class JobsScorerAgent {
  constructor(
    private readonly engines: ScoringEngineRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async score(
    jobs: NormalisedJob[],
    profile: CandidateProfile,
    prefs: SearchPreferences,
    opts: ScoreOptions,
  ): Promise<ScoreResult> {
    const { engine, notice } = this.engines.resolve(opts.engine);
    const k = opts.topK ?? this.config.llm.topKSemantic;
    const split = engine.kind !== 'heuristic' && jobs.length > k;
    const outcome: ScoringOutcome & { notice?: string; preShortlist?: PreShortlistSummary } = split
      ? await this.scoreSplit(engine, jobs, profile, prefs, opts, k)
      : await engine.score(jobs, profile, prefs, engineContext(opts));
    const notices = [notice, outcome.notice].filter((n): n is string => !!n);
    return {
      ...outcome,
      scored: [...outcome.scored].sort(compareScored),
      engine: engine.kind,
      ...(notices.length ? { notice: notices.join(' ') } : {}),
    };
  }

  private async scoreSplit(
    engine: ScoringEngine,
    jobs: NormalisedJob[],
    profile: CandidateProfile,
    prefs: SearchPreferences,
    opts: ScoreOptions,
    k: number,
  ): Promise<ScoringOutcome & { notice: string; preShortlist: PreShortlistSummary }> {
    const ctx = engineContext(opts);
    const cut = preShortlist(jobs, profile, prefs, k, opts.now);
    const paid: ScoringOutcome & { notice?: string } = await engine.score(cut.top, profile, prefs, ctx);
    const cheap = await this.engines.get('heuristic').score(cut.rest, profile, prefs, ctx);
    const summary: PreShortlistSummary = {
      k,
      candidates: jobs.length,
      sentToEngine: cut.top.length,
      scoredOffline: cut.rest.length,
    };
    const rank = new Map([...cut.top, ...cut.rest].map((j, i) => [j.id, i + 1]));
    const own = preShortlistNotice(summary, engine.kind);
    return {
      ...paid,
      scored: [...paid.scored, ...markBeyondShortlist(cheap.scored, rank, summary, engine.kind)],
      errors: [...paid.errors, ...cheap.errors],
      notice: paid.notice ? `${paid.notice} ${own}` : own,
      preShortlist: summary,
    };
  }
}

function engineContext(opts: ScoreOptions): LlmScoringContext {
  return { now: opts.now, signal: opts.signal, ...(opts.ledger ? { ledger: opts.ledger } : {}) };
}
