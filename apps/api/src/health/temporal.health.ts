import { Inject, Injectable, Optional } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { APP_CONFIG, type AppConfig, type TemporalConfig } from '@job-hunter/config';
import { isTemporalAvailable } from '@job-hunter/orchestration';

/** Readiness must answer fast even when Temporal is down. */
export const TEMPORAL_HEALTH_DEADLINE_MS = 2000;

export type TemporalProbe = (cfg: TemporalConfig, deadlineMs: number) => Promise<boolean>;
/** Overridable in tests; defaults to a real connect-and-close probe. */
export const TEMPORAL_PROBE = Symbol('TEMPORAL_PROBE');

/**
 * Temporal reachability for /health/ready. Probes on each call (no connection at boot, so
 * the API starts whether or not Temporal is up). Unreachable with JH_TEMPORAL_FALLBACK on
 * is still ready: runs go to the checkpoint pipeline, and the result says so.
 */
@Injectable()
export class TemporalHealthIndicator {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly indicators: HealthIndicatorService,
    @Optional() @Inject(TEMPORAL_PROBE) private readonly probe: TemporalProbe = isTemporalAvailable,
  ) {}

  async check(key = 'temporal'): Promise<HealthIndicatorResult> {
    const { address, namespace, fallback } = this.config.temporal;
    const indicator = this.indicators.check(key);
    let reachable: boolean;
    try {
      reachable = await this.probe(this.config.temporal, TEMPORAL_HEALTH_DEADLINE_MS);
    } catch {
      // Only configuration errors get here (an unreadable TLS file); their text may name paths, never secrets.
      return indicator.down({ address, namespace, reachable: false, message: 'Temporal TLS settings are unusable' });
    }
    if (reachable) return indicator.up({ address, namespace, reachable });
    if (fallback) return indicator.up({ address, namespace, reachable, fallback: 'checkpoint' });
    return indicator.down({ address, namespace, reachable, message: `Temporal is not reachable at ${address}` });
  }
}
