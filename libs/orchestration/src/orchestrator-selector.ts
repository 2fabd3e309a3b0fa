import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import type { OrchestratorKind } from '@job-hunter/domain';
import { CheckpointOrchestrator } from './checkpoint/checkpoint.orchestrator';
import type { Orchestrator } from './orchestrator';
import { AVAILABILITY_DEADLINE_MS } from './temporal/client/temporal-availability';
import { TemporalConnectionError } from './temporal/client/temporal-connection.error';

/** Optional provider: the Temporal orchestrator registers itself under this token when available. */
export const TEMPORAL_ORCHESTRATOR = Symbol('TEMPORAL_ORCHESTRATOR');

/** What the selector needs of the Temporal orchestrator besides running runs. */
export interface ProbedOrchestrator extends Orchestrator {
  isAvailable(deadlineMs?: number): Promise<boolean>;
}

/**
 * Picks the orchestrator for a run: the configured one (JH_ORCHESTRATOR) unless the caller
 * asks for another (`--temporal`). Temporal that cannot be reached falls back to the
 * checkpoint pipeline when JH_TEMPORAL_FALLBACK allows it.
 */
@Injectable()
export class OrchestratorSelector {
  private readonly logger = new Logger('Orchestrator');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly checkpoint: CheckpointOrchestrator,
    @Optional() @Inject(TEMPORAL_ORCHESTRATOR) private readonly temporal?: ProbedOrchestrator,
  ) {}

  /** For a new run: checks that Temporal answers (a short probe) before choosing it. */
  async select(kind: OrchestratorKind = this.config.orchestrator): Promise<Orchestrator> {
    if (kind === 'checkpoint') return this.checkpoint;
    const { address, fallback } = this.config.temporal;
    const reachable = this.temporal ? await this.temporal.isAvailable(AVAILABILITY_DEADLINE_MS) : false;
    if (reachable && this.temporal) return this.temporal;
    const why = this.temporal
      ? `no answer within ${AVAILABILITY_DEADLINE_MS} ms`
      : 'the Temporal orchestrator is not part of this build';
    if (!fallback) throw new TemporalConnectionError(address, why);
    this.logger.warn(
      `Temporal is not reachable at ${address} (${why}); running the checkpoint pipeline instead (JH_TEMPORAL_FALLBACK=true).`,
    );
    return this.checkpoint;
  }

  /**
   * For an existing run: the orchestrator that owns it, without probing (Temporal's own
   * `status` falls back to the database when the server is down).
   */
  owner(kind: OrchestratorKind): Orchestrator {
    return kind === 'temporal' && this.temporal ? this.temporal : this.checkpoint;
  }
}
