import { configFromProcess } from '@job-hunter/config';
import { errorMessage, isJobHunterError } from '@job-hunter/domain';
import { runMigrations } from './data-source';
import { redactUrl } from './redact-url';

/** `migrate`: applies pending database migrations and says which (stderr: stdout stays clean). */
async function main(): Promise<number> {
  const { database } = configFromProcess();
  const target = database.type === 'postgres' ? redactUrl(database.url) : (database.sqlitePath ?? database.url);
  const applied = await runMigrations(database);
  process.stderr.write(
    applied.length === 0
      ? `Database ${target} is up to date.\n`
      : `Applied ${applied.length} migration(s) to ${target}:\n${applied.map((name) => `  ${name}\n`).join('')}`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`migrate: ${errorMessage(error)}\n`);
    process.exitCode = isJobHunterError(error) && error.isUserError ? 2 : 1;
  },
);
