import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { DatabaseHealthIndicator } from './database.health';
import { TemporalHealthIndicator } from './temporal.health';

/** Kubernetes probes: liveness says the process answers; readiness says its dependencies do. */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly health: HealthCheckService,
    private readonly db: DatabaseHealthIndicator,
    private readonly temporal: TemporalHealthIndicator,
  ) {}

  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    const checks = [() => this.db.check('database')];
    // Temporal matters only to an instance that runs its job hunts there.
    if (this.config.orchestrator === 'temporal') checks.push(() => this.temporal.check('temporal'));
    return this.health.check(checks);
  }
}
