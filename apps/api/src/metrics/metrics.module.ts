import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';

/** GET /metrics in the Prometheus text format. */
@Module({ controllers: [MetricsController] })
export class MetricsModule {}
