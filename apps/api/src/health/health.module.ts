import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { DatabaseHealthIndicator } from './database.health';
import { TemporalHealthIndicator } from './temporal.health';

/** /health/live and /health/ready. Needs APP_CONFIG (global); connects to the database itself. */
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [DatabaseHealthIndicator, TemporalHealthIndicator],
})
export class HealthModule {}
