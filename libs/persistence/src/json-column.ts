import { JobHunterError, maskUrlPasswords } from '@job-hunter/domain';

/** Stored timestamps are normalised to `Date#toISOString()` so they sort as text. */
export function toIsoTimestamp(value: string, field: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) {
    throw new JobHunterError('INTERNAL', `${field} must be an ISO-8601 timestamp, got "${value}".`);
  }
  return new Date(time).toISOString();
}

/** Every stored document (checkpoints, run configs and results) goes through here: URL passwords never reach the database. */
export function toJson(value: unknown): string {
  // JSON.stringify(undefined) is undefined: store it as null rather than fail the NOT NULL column.
  return maskUrlPasswords(JSON.stringify(value) ?? 'null');
}

export function fromJson<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new JobHunterError(
      'STORAGE_ERROR',
      `The stored ${what} is not valid JSON; delete the run and start it again.`,
      {
        retryable: false,
      },
    );
  }
}

/** Enforced here so that SQLite (which ignores varchar lengths) fails the same way as PostgreSQL. */
export function assertLength(value: string, max: number, field: string): void {
  if (value.length > max) {
    throw new JobHunterError('INTERNAL', `${field} is longer than ${max} characters: "${value.slice(0, 40)}…".`);
  }
}
