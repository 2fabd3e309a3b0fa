import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAbove } from '../../find-above';

/** One dated batch of rates: `rates[C]` is the value of one C in the file's base currency. */
export interface FxRateSet {
  date: string;
  source: string;
  rates: Record<string, number>;
}

/** data/fx/rates.json: dated rate sets (disjoint, newest first) and the currencies left unpriced, by reason. */
export interface FxRatesFile {
  base: string;
  meaning?: string;
  sets: FxRateSet[];
  unpriced: Record<string, string[]>;
}

/** A currency's value in the base currency and the date of that rate (null for the base itself). */
export interface FxRate {
  value: number;
  date: string | null;
}

export interface FxTable {
  base: string;
  rateOf(currency: string): FxRate | undefined;
  priced: readonly string[];
  unpriced: ReadonlySet<string>;
}

export const FX_RATES_RELATIVE_PATH = join('data', 'fx', 'rates.json');

const CODE = /^[A-Z]{3}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The problems of a rates file, empty when it is sound: codes are ISO-shaped, rates positive, dates
 * YYYY-MM-DD, each currency priced once or unpriced once. Shared by the loader and the refresh script.
 */
export function fxRatesProblems(file: unknown): string[] {
  if (!isRecord(file)) return ['the file is not a JSON object'];
  const problems: string[] = [];
  if (typeof file['base'] !== 'string' || !CODE.test(file['base'])) problems.push('"base" must be an ISO 4217 code');
  const seen = new Map<string, string>();
  const claim = (code: string, where: string): void => {
    if (!CODE.test(code)) problems.push(`${where}: "${code}" is not an ISO 4217 code`);
    else if (code === file['base']) problems.push(`${where}: the base ${code} needs no rate`);
    else if (seen.has(code)) problems.push(`${code} is in both ${seen.get(code)} and ${where}`);
    seen.set(code, where);
  };
  const sets = Array.isArray(file['sets']) ? file['sets'] : null;
  if (!sets?.length) problems.push('"sets" must be a non-empty array');
  sets?.forEach((set: unknown, i) => {
    const where = `sets[${i}]`;
    if (!isRecord(set) || !isRecord(set['rates'])) return void problems.push(`${where} needs "rates"`);
    if (typeof set['date'] !== 'string' || !DATE.test(set['date'])) problems.push(`${where}.date must be YYYY-MM-DD`);
    if (typeof set['source'] !== 'string' || !set['source']) problems.push(`${where}.source must say where it is from`);
    for (const [code, value] of Object.entries(set['rates'])) {
      claim(code, where);
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
        problems.push(`${where}.rates.${code} must be a positive number`);
      }
    }
  });
  const unpriced = file['unpriced'];
  if (!isRecord(unpriced)) problems.push('"unpriced" must map a reason to its currencies');
  else {
    for (const [reason, codes] of Object.entries(unpriced)) {
      if (!Array.isArray(codes)) problems.push(`unpriced "${reason}" must be an array of codes`);
      else for (const code of codes) claim(String(code), `unpriced "${reason}"`);
    }
  }
  return problems;
}

/** The lookup table of a sound rates file (throws naming the file's problems otherwise). */
export function fxTableFrom(file: unknown, origin = 'the FX rates file'): FxTable {
  const problems = fxRatesProblems(file);
  if (problems.length) throw new Error(`${origin} is invalid: ${problems.join('; ')}`);
  const f = file as FxRatesFile;
  const rates = new Map<string, FxRate>([[f.base, { value: 1, date: null }]]);
  for (const set of f.sets) {
    for (const [code, value] of Object.entries(set.rates)) rates.set(code, { value, date: set.date });
  }
  return {
    base: f.base,
    rateOf: (currency) => rates.get(currency.trim().toUpperCase()),
    priced: [...rates.keys()].sort(),
    unpriced: new Set(Object.values(f.unpriced).flat()),
  };
}

let table: FxTable | undefined;

/** data/fx/rates.json, found above this module so it resolves from sources and from dist/; read once. */
export function fxTable(): FxTable {
  if (table) return table;
  const path = findAbove(FX_RATES_RELATIVE_PATH, __dirname);
  if (!path) throw new Error(`${FX_RATES_RELATIVE_PATH} was not found above ${__dirname}; the install is incomplete`);
  table = fxTableFrom(JSON.parse(readFileSync(path, 'utf8')), path);
  return table;
}
