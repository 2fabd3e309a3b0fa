import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { JobHunterError, type OrchestratorKind } from '@job-hunter/domain';
import { CheckpointOrchestrator } from './checkpoint/checkpoint.orchestrator';
import type { Orchestrator } from './orchestrator';

/** Optional provider: the Temporal orchestrator registers itself under this token when available. */
export const TEMPORAL_ORCHESTRATOR = Symbol('TEMPORAL_ORCHESTRATOR');

/**
 * Picks the orchestrator for a run: the configured one (JH_ORCHESTRATOR) unless the caller
 * asks for another (`--temporal`). Temporal that cannot be used falls back to the checkpoint
 * pipeline when JH_TEMPORAL_FALLBACK allows it.
 */
@Injectable()
export class OrchestratorSelector {
  private readonly logger = new Logger('Orchestrator');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly checkpoint: CheckpointOrchestrator,
    @Optional() @Inject(TEMPORAL_ORCHESTRATOR) private readonly temporal?: Orchestrator,
  ) {}

  get(kind: OrchestratorKind = this.config.orchestrator): Orchestrator {
    if (kind === 'checkpoint') return this.checkpoint;
    if (this.temporal) return this.temporal;
    const why = 'the Temporal orchestrator is not available in this build';
    if (!this.config.temporal.fallback) {
      throw new JobHunterError(
        'TEMPORAL_UNAVAILABLE',
        `Cannot use Temporal at ${this.config.temporal.address}: ${why}.`,
      );
    }
    this.logger.warn(`${why}; running the checkpoint pipeline instead (JH_TEMPORAL_FALLBACK=true).`);
    return this.checkpoint;
  }
}
