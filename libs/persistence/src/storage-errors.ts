import { JobHunterError, errorMessage } from '@job-hunter/domain';
import type { DataSourceOptions } from 'typeorm';
import { redactSecretsIn, redactUrl } from './redact-url';

/**
 * Errors from the database layer, made safe to print: the URL's password never reaches
 * the message, and the raw driver error is not attached as `cause` (it travels into
 * logs and Temporal failures).
 */
export function connectionError(options: DataSourceOptions, error: unknown): JobHunterError {
  const target = describeTarget(options);
  const code = driverCode(error);
  return new JobHunterError(
    'STORAGE_ERROR',
    `Cannot open the ${target.label}: ${scrub(options, error)}${code ? ` (${code})` : ''}. ${target.advice}`,
    { retryable: isRetryableConnectionError(options, code) },
  );
}

export function migrationError(options: DataSourceOptions, error: unknown): JobHunterError {
  const target = describeTarget(options);
  return new JobHunterError(
    'STORAGE_ERROR',
    `Database migrations failed on the ${target.label}: ${scrub(options, error)}. ` +
      'Check that the database user may create tables, or run the migrate script and read its output.',
    { retryable: isBusy(error) },
  );
}

/** SQLite reports lock contention as SQLITE_BUSY (possibly wrapped by TypeORM). */
export function isBusy(error: unknown): boolean {
  return driverCode(error)?.startsWith('SQLITE_BUSY') ?? false;
}

function describeTarget(options: DataSourceOptions): { label: string; advice: string } {
  if (options.type === 'postgres') {
    return {
      label: `PostgreSQL database at ${redactUrl(options.url ?? '(no URL)')}`,
      advice:
        'Check JH_DATABASE_URL (host, port, database name, user and password) and that the server is running and reachable.',
    };
  }
  return {
    label: `SQLite database at ${String(options.database)}`,
    advice: 'Check JH_DATABASE_URL (sqlite:PATH) and that its folder exists or can be created and is writable.',
  };
}

function scrub(options: DataSourceOptions, error: unknown): string {
  const message = errorMessage(error).replace(/^Error: /, '');
  return options.type === 'postgres' && options.url ? redactSecretsIn(message, options.url) : message;
}

function driverCode(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } } | null | undefined;
  const code = candidate?.driverError?.code ?? candidate?.code;
  return typeof code === 'string' ? code : undefined;
}

const PERMANENT_PG_CODES = new Set(['28P01', '28000', '3D000', '42501']);

function isRetryableConnectionError(options: DataSourceOptions, code: string | undefined): boolean {
  if (options.type === 'postgres') return !(code && PERMANENT_PG_CODES.has(code));
  return code?.startsWith('SQLITE_BUSY') ?? false;
}
