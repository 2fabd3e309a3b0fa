import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { TracingFlush } from './tracing-flush';

/** GET /metrics in the Prometheus text format, and the flush of batched spans at shutdown. */
@Module({ controllers: [MetricsController], providers: [TracingFlush] })
export class MetricsModule {}
