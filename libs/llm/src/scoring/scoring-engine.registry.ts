import { Inject, Injectable } from '@nestjs/common';
import { JobHunterError, type EngineKind } from '@job-hunter/domain';
import { SCORING_ENGINES, type ScoringEngine } from './scoring-engine.types';

export interface ResolvedEngine {
  engine: ScoringEngine;
  /** Set when another engine than the one asked for will score, saying why. */
  notice?: string;
}

/** Picks a scoring engine by kind; falls back to the offline engine when the asked one is not available. */
@Injectable()
export class ScoringEngineRegistry {
  private readonly byKind = new Map<EngineKind, ScoringEngine>();

  constructor(@Inject(SCORING_ENGINES) engines: ScoringEngine[]) {
    for (const e of engines) if (!this.byKind.has(e.kind)) this.byKind.set(e.kind, e);
  }

  kinds(): EngineKind[] {
    return [...this.byKind.keys()];
  }

  resolve(kind: EngineKind): ResolvedEngine {
    const engine = this.byKind.get(kind);
    if (engine) return { engine };
    const offline = this.byKind.get('heuristic');
    if (!offline) {
      throw new JobHunterError(
        'INTERNAL',
        `No "${kind}" scoring engine and no offline engine are registered; import LlmModule.`,
      );
    }
    return {
      engine: offline,
      notice: `The "${kind}" scoring engine is not available in this build; jobs were scored with the offline heuristic engine instead.`,
    };
  }

  get(kind: EngineKind): ScoringEngine {
    return this.resolve(kind).engine;
  }
}
