export * from './cron-expression';
export * from './search-schedule';
export * from './search-run-config';
export * from './search-intake';
export * from './search-schedule-sync';
export * from './temporal-schedule-sync';
export * from './saved-search-actions';
