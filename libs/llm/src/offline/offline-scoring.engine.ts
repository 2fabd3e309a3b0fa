import { Injectable } from '@nestjs/common';
import {
  emptyCost,
  errorMessage,
  scoreJobOffline,
  type CandidateProfile,
  type NormalisedJob,
  type RunError,
  type ScoredJob,
  type SearchPreferences,
} from '@job-hunter/domain';
import type { ScoringContext, ScoringEngine, ScoringOutcome } from '../scoring/scoring-engine.types';

/** Scores with the explainable heuristic in the domain rules: no network, no key, no cost. */
@Injectable()
export class OfflineScoringEngine implements ScoringEngine {
  readonly kind = 'heuristic' as const;

  async score(
    jobs: NormalisedJob[],
    profile: CandidateProfile,
    prefs: SearchPreferences,
    ctx: ScoringContext,
  ): Promise<ScoringOutcome> {
    const scored: ScoredJob[] = [];
    const errors: RunError[] = [];
    for (const job of jobs) {
      ctx.signal?.throwIfAborted();
      try {
        const { score, fit } = scoreJobOffline(job, profile, prefs, ctx.now);
        scored.push({ job, score, fit, engine: this.kind });
      } catch (e) {
        // One malformed job must not sink the batch; it is reported and left out.
        errors.push({
          stage: 'scoreJobs',
          code: 'INTERNAL',
          message: `Could not score "${job.title}": ${errorMessage(e)}`,
          company: job.company,
        });
      }
    }
    return { scored, cost: emptyCost(), errors };
  }
}
