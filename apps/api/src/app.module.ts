import { Module, type DynamicModule } from '@nestjs/common';
import { AppConfigModule, type AppConfig } from '@job-hunter/config';
import { PersistenceModule } from '@job-hunter/persistence';
import { HealthModule } from './health/health.module';

@Module({})
export class AppModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [AppConfigModule.forRoot(config), PersistenceModule.forRoot(), HealthModule],
    };
  }
}
