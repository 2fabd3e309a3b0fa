import { isIPv4, isIPv6 } from 'node:net';
import { resolve } from 'node:path';
// The one check from validator itself: class-validator's barrel would load all its decorators
// (libphonenumber and the rest, ~0.2 s of CPU) into every CLI, worker and API start.
import isEmail from 'validator/lib/isEmail';

const HOST_LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/i;

/** A DNS name (single-label names such as `localhost` or a compose service are fine) or an IPv4 address. */
export function isHostname(value: string): boolean {
  if (value.length === 0 || value.length > 253) return false;
  const labels = value.split('.');
  // All-numeric dotted names are meant as IPv4 addresses, so they must be valid ones.
  if (labels.every((l) => /^\d+$/.test(l))) return isIPv4(value);
  return labels.every((l) => HOST_LABEL.test(l));
}

/** `host:port` with a hostname, an IPv4 address or a bracketed IPv6 address, and a port 1–65535. */
export function isHostPort(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = /^(\[[^\]]+\]|[^:[\]]+):(\d{1,5})$/.exec(value);
  if (!match) return false;
  const host = match[1] ?? '';
  const port = Number(match[2]);
  const hostOk = host.startsWith('[') ? isIPv6(host.slice(1, -1)) : isHostname(host);
  return hostOk && port >= 1 && port <= 65535;
}

/** A non-empty name without whitespace (namespaces, task queues, model ids). */
export function isSpaceFreeName(value: unknown): boolean {
  return typeof value === 'string' && /^\S+$/.test(value);
}

/** true/false/1/0/yes/no in any case; undefined for anything else. */
export function parseBoolean(value: string): boolean | undefined {
  const lower = value.toLowerCase();
  if (['true', '1', 'yes'].includes(lower)) return true;
  if (['false', '0', 'no'].includes(lower)) return false;
  return undefined;
}

/** A plain decimal number (no hex, exponent or trailing junk, which `Number()` would accept); NaN otherwise. */
export function parseDecimal(value: string): number {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
}

function parseUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function hasProtocolAndHost(value: unknown, protocols: readonly string[]): boolean {
  const url = parseUrl(value);
  return url !== undefined && protocols.includes(url.protocol) && url.hostname !== '';
}

export const isHttpUrl = (value: unknown): boolean => hasProtocolAndHost(value, ['http:', 'https:']);
export const isSmtpUrl = (value: unknown): boolean => hasProtocolAndHost(value, ['smtp:', 'smtps:']);

/** A sender's address, bare or with a display name ("Job Hunter <jobs@example.com>"); local domains are fine. */
export const isEmailAddress = (value: unknown): boolean =>
  typeof value === 'string' && isEmail(value, { allow_display_name: true, require_tld: false });

/** Where runs are stored. The one setting whose value is not a plain text or number. */
export interface DatabaseConfig {
  /** 'sqlite' with a file path, or 'postgres' with a URL. */
  type: 'sqlite' | 'postgres';
  /** sqlite: file path; postgres: the URL (may hold a password: never log it). */
  url: string;
  sqlitePath?: string;
}

/** `sqlite:PATH` (relative paths resolved against cwd), `sqlite::memory:` or a postgres URL; undefined when invalid. */
export function parseDatabaseUrl(value: string, cwd: string): DatabaseConfig | undefined {
  if (/^sqlite:/i.test(value)) {
    let path = value.slice('sqlite:'.length);
    // Also accept the URL-ish spelling sqlite:///abs/path or sqlite://./rel/path.
    if (path.startsWith('//')) path = path.slice(2);
    if (path.trim() === '') return undefined;
    const sqlitePath = path === ':memory:' ? path : resolve(cwd, path);
    return { type: 'sqlite', url: sqlitePath, sqlitePath };
  }
  return hasProtocolAndHost(value, ['postgres:', 'postgresql:']) ? { type: 'postgres', url: value } : undefined;
}

/** The password of a URL, in its encoded and decoded forms (both may show up in text). */
export function urlPasswords(value: string | undefined): string[] {
  const password = parseUrl(value)?.password;
  if (!password) return [];
  let decoded = password;
  try {
    decoded = decodeURIComponent(password);
  } catch {
    // keep the encoded form only
  }
  return [...new Set([password, decoded])];
}
