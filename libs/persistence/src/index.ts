export {
  RunEntity,
  CheckpointEntity,
  BoardResponseEntity,
  JobSightingEntity,
  BoardScrapeEntity,
  CompanyProbeEntity,
  LlmResponseEntity,
  RunInputEntity,
  JobMarkEntity,
  ShortlistedJobEntity,
  SearchJobEntity,
  SearchLastRunEntity,
  SavedSearchEntity,
  ENTITIES,
} from './entities';
export { MIGRATIONS } from './migrations';
export type { DataSourceOverrides } from './data-source';
export {
  createDataSourceOptions,
  createDataSource,
  initializeDataSource,
  openDataSource,
  runMigrations,
  sqliteFilePath,
} from './data-source';
export { migrateDataSource } from './migration-runner';
export { redactUrl } from './redact-url';
export type { NewRun, RunSummary, StoredRun } from './run.repository';
export { RunRepository } from './run.repository';
export { CheckpointRepository } from './checkpoint.repository';
export type { RunInput, RunInputKind } from './run-input.repository';
export { RunInputRepository, runInput } from './run-input.repository';
export type { StoredBoardResponse } from './board-response-cache.repository';
export { BoardResponseCacheRepository } from './board-response-cache.repository';
export type { JobSighting, JobSightingKey, ScrapedBoard, SeenJob } from './job-sighting.repository';
export { JobSightingRepository, sightingKey } from './job-sighting.repository';
export type { StoredCompanyProbe } from './company-probe.repository';
export { CompanyProbeRepository } from './company-probe.repository';
export type { StoredLlmResponse } from './llm-response-cache.repository';
export { LlmResponseCacheRepository, LLM_RESPONSE_CACHE } from './llm-response-cache.repository';
export { HostLeaseRepository } from './host-lease.repository';
export type { JobMarkPage, StoredJobMark } from './job-mark.repository';
export { JobMarkRepository, isMarkCursor } from './job-mark.repository';
export { ShortlistedJobRepository } from './shortlisted-job.repository';
export { SearchHistoryRepository } from './search-history.repository';
export type {
  NewSavedSearch,
  SavedSearch,
  SavedSearchOptions,
  SearchRunRecord,
  SearchSchedule,
} from './saved-search.repository';
export { SEARCH_LOCK_MS, SEARCH_LOCK_RENEW_MS, SavedSearchRepository } from './saved-search.repository';
export { keepSearchLock, takeSearchLock } from './search-lock-renewal';
export { PersistenceModule } from './persistence.module';
