import { Injectable } from '@nestjs/common';
import { compareScored, type CandidateProfile, type NormalisedJob, type SearchPreferences } from '@job-hunter/domain';
import { ScoringEngineRegistry } from '@job-hunter/llm';
import type { ScoreOptions, ScoreResult } from './jobs-scorer.types';

/** Scores processed jobs with the engine the run asked for (or the offline fallback), best first. */
@Injectable()
export class JobsScorerAgent {
  constructor(private readonly engines: ScoringEngineRegistry) {}

  async score(
    jobs: NormalisedJob[],
    profile: CandidateProfile,
    prefs: SearchPreferences,
    opts: ScoreOptions,
  ): Promise<ScoreResult> {
    const { engine, notice } = this.engines.resolve(opts.engine);
    const outcome = await engine.score(jobs, profile, prefs, { now: opts.now, signal: opts.signal });
    return {
      ...outcome,
      scored: [...outcome.scored].sort(compareScored),
      engine: engine.kind,
      ...(notice ? { notice } : {}),
    };
  }
}
