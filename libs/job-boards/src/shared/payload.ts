import { JobHunterError } from '@job-hunter/domain';

/** The postings of a board's answer; entries that are not objects are counted, never silently dropped. */
export interface Postings<T> {
  items: T[];
  invalid: number;
}

/** Checks the top-level shape of a board's answer before the mapper trusts its vendor types. */
export function expectObjectWithArray<T>(body: unknown, key: string, url: string): Postings<T> {
  const value =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)[key]
      : undefined;
  if (!Array.isArray(value)) throw malformed(url, `an object with a "${key}" list`);
  return split<T>(value);
}

export function expectArray<T>(body: unknown, url: string): Postings<T> {
  if (!Array.isArray(body)) throw malformed(url, 'a list');
  return split<T>(body);
}

function split<T>(values: unknown[]): Postings<T> {
  const items = values.filter((v) => typeof v === 'object' && v !== null && !Array.isArray(v)) as T[];
  return { items, invalid: values.length - items.length };
}

function malformed(url: string, expected: string): JobHunterError {
  const where = url.replace(/\?.*$/, '');
  return new JobHunterError(
    'BOARD_MALFORMED',
    `${where} did not answer ${expected}; the board's API may have changed.`,
  );
}
