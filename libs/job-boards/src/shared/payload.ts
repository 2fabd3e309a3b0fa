import { JobHunterError } from '@job-hunter/domain';
import { text } from './html';

/** An object with fields (not null, not a list): what a parsed answer's records must be before they are read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value's fields when it is a record (see isRecord), else null. */
export function asRecord(value: unknown): Record<string, unknown> | null {
  return isRecord(value) ? value : null;
}

/** `value[key]` when the value is a record, else undefined. */
export function fieldOf(value: unknown, key: string): unknown {
  return asRecord(value)?.[key];
}

/** A text leaf of a parsed answer: strings trimmed (blank is undefined), finite numbers as written, anything else undefined. */
export function leafText(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  return typeof value === 'string' ? text(value) : undefined;
}

/** BOARD_MALFORMED for a feed document that is not what `board` (e.g. "Personio") sends: `${where} ${what}; …`. */
export function feedMalformed(board: string, where: string, what: string): JobHunterError {
  return new JobHunterError(
    'BOARD_MALFORMED',
    `${where} ${what}; ${board}'s job feed may have changed or the careers URL is wrong.`,
  );
}

/** The postings of a board's answer; entries that are not objects are counted, never silently dropped. */
export interface Postings<T> {
  items: T[];
  invalid: number;
}

/** Checks the top-level shape of a board's answer before the mapper trusts its vendor types. */
export function expectObjectWithArray<T>(body: unknown, key: string, url: string): Postings<T> {
  const value = asRecord(body)?.[key];
  if (!Array.isArray(value)) throw malformed(url, `an object with a "${key}" list`);
  return split<T>(value);
}

export function expectArray<T>(body: unknown, url: string): Postings<T> {
  if (!Array.isArray(body)) throw malformed(url, 'a list');
  return split<T>(body);
}

function split<T>(values: unknown[]): Postings<T> {
  const items = values.filter(isRecord) as T[];
  return { items, invalid: values.length - items.length };
}

function malformed(url: string, expected: string): JobHunterError {
  const where = url.replace(/\?.*$/, '');
  return new JobHunterError(
    'BOARD_MALFORMED',
    `${where} did not answer ${expected}; the board's API may have changed.`,
  );
}
