import type { Logger } from 'typeorm';

const quiet = (): void => undefined;

/**
 * TypeORM prints some messages whatever `logging` says ("Migration … failed" when two processes
 * migrate one SQLite file at once and the loser retries), and prints them on stdout, which carries
 * the CLI's `--json` result. Failures reach us as thrown errors, so its own lines are dropped.
 */
export const SILENT_TYPEORM_LOGGER: Logger = {
  logQuery: quiet,
  logQueryError: quiet,
  logQuerySlow: quiet,
  logSchemaBuild: quiet,
  logMigration: quiet,
  log: quiet,
};
