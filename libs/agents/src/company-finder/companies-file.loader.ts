import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ATS_KINDS, JobHunterError } from '@job-hunter/domain';
import type { AtsKind, Company } from '@job-hunter/domain';

/** How many entry problems one error message lists before it stops. */
const MAX_REPORTED = 5;

/**
 * Reads and validates a companies file (contract §3): a JSON or YAML list, or
 * `{ companies: [...] }`. Any problem throws INVALID_INPUT naming the file, and for a
 * bad entry its 1-based number, name and field.
 */
export function loadCompaniesFile(path: string): Company[] {
  const label = basename(path);
  if (!existsSync(path)) {
    throw new JobHunterError(
      'INVALID_INPUT',
      `Companies file not found: ${path}. Check the path, or leave --companies out to use the built-in registry.`,
    );
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new JobHunterError('INVALID_INPUT', `${label}: cannot read the companies file (${(e as Error).message}).`, {
      cause: e,
    });
  }
  return companiesOf(path, text);
}

/** A companies file's contents read by the format its name says (e.g. as stored with a run). */
export function companiesOf(path: string, text: string): Company[] {
  return parseCompanies(text, basename(path), extname(path).toLowerCase() === '.json' ? 'json' : 'yaml');
}

/** The pure part of loadCompaniesFile: parse `text` and validate every entry. */
export function parseCompanies(text: string, label: string, format: 'json' | 'yaml'): Company[] {
  let root: unknown;
  try {
    root = format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    const what = format === 'json' ? 'JSON' : 'YAML';
    throw new JobHunterError(
      'INVALID_INPUT',
      `${label}: not valid ${what} (${(e as Error).message.split('\n')[0]}). Fix the syntax and try again.`,
      { cause: e },
    );
  }
  const list = isRecord(root) && Array.isArray(root['companies']) ? root['companies'] : root;
  if (!Array.isArray(list)) {
    throw new JobHunterError(
      'INVALID_INPUT',
      `${label}: expected a list of companies (or an object with a "companies" list), each with a name and a careersUrl.`,
    );
  }
  if (list.length === 0) {
    throw new JobHunterError(
      'INVALID_INPUT',
      `${label}: the list of companies is empty; add at least one company with a name and a careersUrl.`,
    );
  }
  const problems: string[] = [];
  const companies: Company[] = [];
  list.forEach((entry: unknown, i) => {
    const result = toCompany(entry);
    if (typeof result === 'string') problems.push(`entry ${i + 1}${entryName(entry)}: ${result}`);
    else companies.push(result);
  });
  if (problems.length > 0) {
    const more = problems.length > MAX_REPORTED ? ` (and ${problems.length - MAX_REPORTED} more)` : '';
    throw new JobHunterError('INVALID_INPUT', `${label}: ${problems.slice(0, MAX_REPORTED).join('; ')}${more}.`);
  }
  return companies;
}

/** A Company, or the first problem with the entry. */
function toCompany(entry: unknown): Company | string {
  if (!isRecord(entry)) return 'expected an object with "name" and "careersUrl"';
  const { name, careersUrl, ats, board } = entry;
  if (typeof name !== 'string' || name.trim() === '') return '"name" is required and must be text';
  if (careersUrl === undefined || careersUrl === null || careersUrl === '') return '"careersUrl" is required';
  if (typeof careersUrl !== 'string' || !isHttpUrl(careersUrl.trim()))
    return `careersUrl ${JSON.stringify(careersUrl)} must be an http(s) URL`;
  const company: Company = { name: name.trim(), careersUrl: careersUrl.trim() };
  if (ats !== undefined && ats !== null) {
    if (typeof ats !== 'string' || !(ATS_KINDS as readonly string[]).includes(ats.trim().toLowerCase())) {
      return `ats ${JSON.stringify(ats)} must be one of ${ATS_KINDS.join(', ')}`;
    }
    company.ats = ats.trim().toLowerCase() as AtsKind;
  }
  if (board !== undefined && board !== null) {
    if (typeof board !== 'string' && typeof board !== 'number') return `board ${JSON.stringify(board)} must be text`;
    company.board = String(board).trim();
  }
  for (const field of ['regions', 'industries'] as const) {
    const value = entry[field];
    if (value === undefined || value === null) continue;
    const list = toStringList(value);
    if (!list) return `${field} must be a list of text values`;
    company[field] = field === 'regions' ? list.map((r) => r.toUpperCase()) : list.map((s) => s.toLowerCase());
  }
  return company;
}

function toStringList(value: unknown): string[] | null {
  if (typeof value === 'string')
    return value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return null;
  return (value as string[]).map((s) => s.trim()).filter(Boolean);
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function entryName(entry: unknown): string {
  return isRecord(entry) && typeof entry['name'] === 'string' && entry['name'].trim()
    ? ` (${entry['name'].trim()})`
    : '';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
