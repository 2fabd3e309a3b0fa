import { Module, type DynamicModule } from '@nestjs/common';
import { AppConfigModule, type AppConfig } from '@job-hunter/config';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';

@Module({})
export class AppModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: AppModule,
      // No database module: the database is reached on demand by the readiness check, so the API
      // starts (and stays live) while it is down.
      imports: [AppConfigModule.forRoot(config), HealthModule, MetricsModule],
    };
  }
}
