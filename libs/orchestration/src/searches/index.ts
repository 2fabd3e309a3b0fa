export * from './cron-expression';
export * from './search-schedule';
export * from './search-run-config';
export * from './search-intake';
