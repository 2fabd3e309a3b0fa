import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AppConfigModule, type AppConfig } from '@job-hunter/config';
import { BearerTokenGuard } from './auth/bearer-token.guard';
import { ApiExceptionFilter } from './errors/api-exception.filter';
import { apiValidationPipe } from './errors/validation';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { ShutdownLog } from './lifecycle/shutdown-log';
import { MetricsModule } from './metrics/metrics.module';
import { RunsModule } from './runs/runs.module';
import { SearchesModule } from './searches/searches.module';
import { UnderstandApiModule } from './understand/understand.module';
import { WebModule } from './web/web.module';

@Module({})
export class AppModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: AppModule,
      // No database module: the database is reached on demand by the readiness check, so the API
      // starts (and stays live) while it is down.
      imports: [
        AppConfigModule.forRoot(config),
        HealthModule,
        MetricsModule,
        UnderstandApiModule,
        JobsModule,
        RunsModule,
        SearchesModule,
        WebModule.forRoot(),
      ],
      // On every route of every module: the token (unless @Public()), the DTO checks, the one error shape.
      providers: [
        { provide: APP_GUARD, useClass: BearerTokenGuard },
        { provide: APP_PIPE, useFactory: apiValidationPipe },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        ShutdownLog,
      ],
    };
  }
}
