import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '@job-hunter/config';
import type { AppConfig } from '@job-hunter/config';
import { isJobHunterError } from '@job-hunter/domain';
import { DataSource } from 'typeorm';
import type { DataSourceOptions } from 'typeorm';
import { BoardResponseCacheRepository } from './board-response-cache.repository';
import { CheckpointRepository } from './checkpoint.repository';
import { CompanyProbeRepository } from './company-probe.repository';
import { createDataSourceOptions, initializeDataSource } from './data-source';
import { JobMarkRepository } from './job-mark.repository';
import { JobSightingRepository } from './job-sighting.repository';
import { LLM_RESPONSE_CACHE, LlmResponseCacheRepository } from './llm-response-cache.repository';
import { RunRepository } from './run.repository';
import { RunInputRepository } from './run-input.repository';
import { SavedSearchRepository } from './saved-search.repository';
import { ShortlistedJobRepository } from './shortlisted-job.repository';
import { SearchHistoryRepository } from './search-history.repository';

/**
 * The database for the Nest apps. The DataSource stays injectable (terminus's
 * TypeOrmHealthIndicator pings it); repositories are built from it by factories, so
 * they need no decorator metadata.
 */
@Module({})
export class PersistenceModule {
  static forRoot(): DynamicModule {
    return {
      module: PersistenceModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...createDataSourceOptions(config.database),
            // A database that is starting up deserves a few tries; a wrong password does not.
            retryAttempts: 3,
            retryDelay: 1000,
            toRetry: (error: unknown) => isJobHunterError(error) && error.retryable,
          }),
          dataSourceFactory: async (options?: DataSourceOptions) => {
            if (!options) throw new Error('PersistenceModule: TypeORM gave no DataSource options.');
            return initializeDataSource(new DataSource(options));
          },
        }),
      ],
      providers: [
        { provide: RunRepository, useFactory: (ds: DataSource) => new RunRepository(ds), inject: [DataSource] },
        {
          provide: CheckpointRepository,
          useFactory: (ds: DataSource) => new CheckpointRepository(ds),
          inject: [DataSource],
        },
        {
          provide: RunInputRepository,
          useFactory: (ds: DataSource) => new RunInputRepository(ds),
          inject: [DataSource],
        },
        {
          provide: BoardResponseCacheRepository,
          useFactory: (ds: DataSource) => new BoardResponseCacheRepository(ds),
          inject: [DataSource],
        },
        {
          provide: CompanyProbeRepository,
          useFactory: (ds: DataSource) => new CompanyProbeRepository(ds),
          inject: [DataSource],
        },
        {
          provide: JobSightingRepository,
          useFactory: (ds: DataSource) => new JobSightingRepository(ds),
          inject: [DataSource],
        },
        {
          provide: LlmResponseCacheRepository,
          useFactory: (ds: DataSource) => new LlmResponseCacheRepository(ds),
          inject: [DataSource],
        },
        {
          provide: ShortlistedJobRepository,
          useFactory: (ds: DataSource) => new ShortlistedJobRepository(ds),
          inject: [DataSource],
        },
        {
          provide: JobMarkRepository,
          useFactory: (ds: DataSource) => new JobMarkRepository(ds),
          inject: [DataSource],
        },
        {
          provide: SavedSearchRepository,
          useFactory: (ds: DataSource) => new SavedSearchRepository(ds),
          inject: [DataSource],
        },
        {
          provide: SearchHistoryRepository,
          useFactory: (ds: DataSource) => new SearchHistoryRepository(ds),
          inject: [DataSource],
        },
        // The llm library's scoring engine finds its response cache under this token.
        { provide: LLM_RESPONSE_CACHE, useExisting: LlmResponseCacheRepository },
      ],
      exports: [
        RunRepository,
        CheckpointRepository,
        RunInputRepository,
        BoardResponseCacheRepository,
        JobSightingRepository,
        CompanyProbeRepository,
        LlmResponseCacheRepository,
        LLM_RESPONSE_CACHE,
        ShortlistedJobRepository,
        JobMarkRepository,
        SavedSearchRepository,
        SearchHistoryRepository,
      ],
    };
  }
}
