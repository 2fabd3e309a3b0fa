import { Controller, Get, Inject, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { Public } from '../auth/public.decorator';
import { DatabaseHealthIndicator } from './database.health';
import { HealthResultFilter } from './health-result.filter';
import { TemporalHealthIndicator } from './temporal.health';

/** Kubernetes probes: liveness says the process answers; readiness says its dependencies do. Open to all. */
@Public()
@ApiTags('health')
@UseFilters(HealthResultFilter)
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
