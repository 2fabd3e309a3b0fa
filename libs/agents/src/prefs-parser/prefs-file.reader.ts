import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import {
  annualise,
  errorMessage,
  JobHunterError,
  type MinimumSalary,
  nearestWord,
  normalisePlace,
  parseSalaryText,
  type RemoteMode,
  type SalaryPeriod,
  type SearchPreferences,
  SENIORITIES,
  type Seniority,
} from '@job-hunter/domain';
import { parse as parseYaml } from 'yaml';
import { minimumFromSalary } from './prefs-salary';

export type PrefsFile =
  { kind: 'text'; text: string } | { kind: 'fields'; fields: Partial<SearchPreferences>; text?: string };

const MODES: readonly RemoteMode[] = ['remote', 'hybrid', 'onsite'];

/** Every key a prefs file may hold: the SearchPreferences fields it maps, and freeform `text`. */
export const PREFS_FILE_KEYS = [
  'roles',
  'seniorityMin',
  'seniorityMax',
  'locations',
  'workModels',
  'remoteScopes',
  'minSalary',
  'maxAgeDays',
  'strictRecency',
  'excludedCompanies',
  'excludedTitles',
  'excludedIndustries',
  'needsVisaSponsorship',
  'employmentTypes',
  'skills',
  'text',
] as const;
const PERIODS: readonly SalaryPeriod[] = ['hour', 'day', 'month', 'year'];

function invalid(file: string, why: string): JobHunterError {
  return new JobHunterError('INVALID_INPUT', `Preferences file ${file}: ${why}.`);
}

/**
 * A misspelt key would be dropped silently and its wish ignored (a typo in `locations` let the
 * resume's city stand in), so any key outside PREFS_FILE_KEYS stops the run, with the likely fix.
 */
function rejectUnknownKeys(file: string, d: Record<string, unknown>): void {
  const unknown = Object.keys(d).filter((k) => !(PREFS_FILE_KEYS as readonly string[]).includes(k));
  if (unknown.length === 0) return;
  const hints = unknown.map((key) => {
    const near = nearestWord(key, PREFS_FILE_KEYS);
    return near ? `unknown key '${key}' — did you mean '${near}'?` : `unknown key '${key}'`;
  });
  throw invalid(file, `${hints.join('; ')} (the keys are ${PREFS_FILE_KEYS.join(', ')})`);
}

function strings(file: string, key: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((v) => typeof v === 'string' || typeof v === 'number')) {
    throw invalid(file, `"${key}" must be a string or a list of strings`);
  }
  return list.map((v) => String(v).trim()).filter(Boolean);
}

function seniority(file: string, key: string, value: unknown): Seniority | null {
  if (value === undefined || value === null || value === '') return null;
  const v = String(value).toLowerCase().trim();
  if ((SENIORITIES as readonly string[]).includes(v)) return v as Seniority;
  throw invalid(file, `"${key}" must be one of ${SENIORITIES.join(', ')} (got "${String(value)}")`);
}

function minSalary(file: string, value: unknown): MinimumSalary | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string' || typeof value === 'number') {
    const salary = parseSalaryText(String(value));
    const min = salary && minimumFromSalary(salary);
    if (!min)
      throw invalid(file, `"minSalary" "${String(value)}" is not a salary (write e.g. "45 LPA", "$150k", "€80,000")`);
    return min;
  }
  const o = value as Record<string, unknown>;
  const amount = Number(o['amount']);
  const currency = typeof o['currency'] === 'string' ? o['currency'].toUpperCase() : '';
  const period = (o['period'] ?? 'year') as SalaryPeriod;
  if (!Number.isFinite(amount) || amount <= 0 || !/^[A-Z]{3}$/.test(currency) || !PERIODS.includes(period)) {
    throw invalid(file, '"minSalary" needs {amount: number, currency: "USD"|"EUR"|…, period: hour|day|month|year}');
  }
  return { amount, currency, period, annual: annualise(amount, period) };
}

/** Maps an explicit prefs object (SearchPreferences field names, all optional) to fields. */
export function fieldsFromObject(file: string, data: unknown): Partial<SearchPreferences> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw invalid(file, 'expected a mapping of fields');
  const d = data as Record<string, unknown>;
  rejectUnknownKeys(file, d);
  const out: Partial<SearchPreferences> = {};
  const list = (key: keyof SearchPreferences) => strings(file, key, d[key]);
  if ('roles' in d) out.roles = list('roles');
  if ('seniorityMin' in d) out.seniorityMin = seniority(file, 'seniorityMin', d['seniorityMin']);
  if ('seniorityMax' in d) out.seniorityMax = seniority(file, 'seniorityMax', d['seniorityMax']);
  if ('locations' in d) out.locations = list('locations').map(normalisePlace);
  if ('workModels' in d) {
    const models = list('workModels').map((m) => m.toLowerCase().replace(/[\s-]/g, ''));
    const bad = models.find((m) => !MODES.includes(m as RemoteMode));
    if (bad) throw invalid(file, `"workModels" values must be remote, hybrid or onsite (got "${bad}")`);
    out.workModels = models as RemoteMode[];
  }
  if ('remoteScopes' in d) out.remoteScopes = list('remoteScopes').map((s) => s.toUpperCase());
  if ('minSalary' in d) out.minSalary = minSalary(file, d['minSalary']);
  if ('maxAgeDays' in d && d['maxAgeDays'] !== null) {
    const n = Number(d['maxAgeDays']);
    if (!Number.isInteger(n) || n <= 0) throw invalid(file, '"maxAgeDays" must be a positive whole number');
    out.maxAgeDays = n;
  }
  if ('strictRecency' in d) out.strictRecency = d['strictRecency'] === true;
  if ('excludedCompanies' in d) out.excludedCompanies = list('excludedCompanies');
  if ('excludedTitles' in d) out.excludedTitles = list('excludedTitles').map((t) => t.toLowerCase());
  if ('excludedIndustries' in d) out.excludedIndustries = list('excludedIndustries').map((t) => t.toLowerCase());
  if ('needsVisaSponsorship' in d) out.needsVisaSponsorship = d['needsVisaSponsorship'] === true;
  if ('employmentTypes' in d) out.employmentTypes = list('employmentTypes').map((t) => t.toLowerCase());
  if ('skills' in d) out.skills = list('skills');
  return out;
}

/** Reads a prefs file: .yaml/.yml/.json hold explicit fields (plus optional freeform `text`), .txt/.md are freeform. */
export async function readPrefsFile(file: string): Promise<PrefsFile> {
  extensionOf(file);
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (e) {
    throw new JobHunterError(
      'INVALID_INPUT',
      `Preferences file ${file} cannot be read (${errorMessage(e)}); check the path.`,
      {
        cause: e,
      },
    );
  }
  return prefsFileOf(file, content);
}

function extensionOf(file: string): string {
  const ext = extname(file).toLowerCase();
  if (!['.yaml', '.yml', '.json', '.txt', '.md', '.markdown', '.text'].includes(ext)) {
    throw invalid(file, 'use a .yaml, .yml, .json, .txt or .md file');
  }
  return ext;
}

/** A prefs file's contents read by the format its name says (e.g. as stored with a run); failures as readPrefsFile's. */
export function prefsFileOf(file: string, content: string): PrefsFile {
  const ext = extensionOf(file);
  if (ext === '.txt' || ext === '.md' || ext === '.markdown' || ext === '.text') return { kind: 'text', text: content };
  let data: unknown;
  try {
    data = ext === '.json' ? JSON.parse(content) : parseYaml(content);
  } catch (e) {
    throw invalid(file, `it is not valid ${ext === '.json' ? 'JSON' : 'YAML'} (${errorMessage(e)})`);
  }
  const text = data && typeof data === 'object' ? (data as Record<string, unknown>)['text'] : undefined;
  return { kind: 'fields', fields: fieldsFromObject(file, data), ...(typeof text === 'string' ? { text } : {}) };
}
