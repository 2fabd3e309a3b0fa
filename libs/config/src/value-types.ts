import { accessSync, constants, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type DatabaseConfig,
  isEmailAddress,
  isHostname,
  isHostPort,
  isHttpUrl,
  isSmtpUrl,
  isSpaceFreeName,
  parseBoolean,
  parseDatabaseUrl,
  parseDecimal,
} from './value-checks';

/** A value read from the environment, or what a valid one would have looked like. */
export type Reading<T> = { value: T } | { expected: string };

/** How one setting's text becomes its typed value. */
export interface ValueType<T> {
  /** What a valid value looks like ("a whole number from 0 to 100"): error lines and the docs table say it. */
  readonly expected: string;
  /** Reads a trimmed, non-empty value; relative paths resolve against cwd. */
  read(raw: string, cwd: string): Reading<T>;
}

/** A type whose every problem is told by the same `expected` text; `parse` answers undefined for a bad value. */
function parsed<T>(expected: string, parse: (raw: string, cwd: string) => T | undefined): ValueType<T> {
  return {
    expected,
    read: (raw, cwd) => {
      const value = parse(raw, cwd);
      return value === undefined ? { expected } : { value };
    },
  };
}

/** Any text the check accepts. */
export const text = (expected: string, check: (raw: string) => boolean = () => true): ValueType<string> =>
  parsed(expected, (raw) => (check(raw) ? raw : undefined));

/** One of a few words, in any case. */
export function oneOf<T extends string>(words: readonly T[]): ValueType<T> {
  const expected = `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
  return parsed(expected, (raw) => words.find((w) => w === raw.toLowerCase()));
}

/** A whole number within [min, max]; `noun` names it in messages ("whole number of seconds"). */
export function wholeNumber(min: number, max?: number, noun = 'whole number'): ValueType<number> {
  const range = max === undefined ? `greater than ${min - 1}` : `from ${min} to ${max}`;
  const top = max ?? Number.MAX_SAFE_INTEGER;
  return parsed(`a ${noun} ${range}`, (raw) => {
    const n = parseDecimal(raw);
    return Number.isInteger(n) && n >= min && n <= top ? n : undefined;
  });
}

/** The same reading, turned into another unit or shape (seconds into milliseconds). */
export const converted = <T, U>(type: ValueType<T>, convert: (value: T) => U): ValueType<U> => ({
  expected: type.expected,
  read: (raw, cwd) => {
    const reading = type.read(raw, cwd);
    return 'value' in reading ? { value: convert(reading.value) } : reading;
  },
});

export const dollars: ValueType<number> = parsed('a number of US dollars, 0 or more, e.g. 5', (raw) => {
  const n = parseDecimal(raw);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
});

export const boolean: ValueType<boolean> = parsed('true or false (1/0 and yes/no also work)', parseBoolean);

export const name = (expected = 'a non-empty name without spaces'): ValueType<string> =>
  text(expected, isSpaceFreeName);

/** API keys and tokens: a pasted value with a space or line break in it is surely a mistake. */
export const token: ValueType<string> = text('a single token without spaces or line breaks', isSpaceFreeName);

export const hostPort = text('host:port, e.g. localhost:7233 or my-namespace.tmprl.cloud:7233', isHostPort);
export const hostname = text('a hostname, e.g. my-namespace.tmprl.cloud', isHostname);
export const httpUrl = text('an http(s) URL, e.g. https://api.anthropic.com', isHttpUrl);
export const smtpUrl = text('smtp://user:password@host:587 or smtps://user:password@host:465', isSmtpUrl);
export const email = text('an email address, e.g. jobs@example.com or Job Hunter <jobs@example.com>', isEmailAddress);
// It becomes an HTTP header: control characters would be rejected by Node or allow header injection.
export const headerText = text('printable ASCII text on one line', (raw) => /^[\x20-\x7e\t]+$/.test(raw));

export const databaseUrl: ValueType<DatabaseConfig> = parsed(
  'sqlite:PATH, sqlite::memory: or postgres://user:password@host:5432/dbname',
  parseDatabaseUrl,
);

/** A file that exists and can be read now, as an absolute path: a TLS file missing at boot is a setup mistake. */
export const readableFile: ValueType<string> = readablePath('file');

/** A folder that exists and can be read now, as an absolute path (a snapshot to replay). */
export const readableDir: ValueType<string> = readablePath('directory');

function readablePath(kind: 'file' | 'directory'): ValueType<string> {
  return {
    expected: `a readable ${kind}`,
    read: (raw, cwd) => {
      const path = resolve(cwd, raw);
      const problem = unreadableProblem(path, kind);
      return problem === undefined ? { value: path } : { expected: `a readable ${kind}, but ${path} ${problem}` };
    },
  };
}

function unreadableProblem(path: string, kind: 'file' | 'directory'): string | undefined {
  try {
    const stat = statSync(path);
    if (kind === 'file' ? !stat.isFile() : !stat.isDirectory()) return `is not a ${kind}`;
    accessSync(path, constants.R_OK);
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'does not exist';
    return code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? 'error'})`;
  }
}
