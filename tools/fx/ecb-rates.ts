import { fxRatesProblems, type FxRatesFile, type FxRateSet } from '@job-hunter/domain';

export const ECB_DAILY_URL = 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml';

/** The ECB's euro reference rates of one day: `perEuro[C]` units of C for one euro. */
export interface EcbRates {
  date: string;
  perEuro: Record<string, number>;
}

/**
 * Reads the ECB daily reference-rate XML (`<Cube time='…'>` holding `<Cube currency='…' rate='…'/>`).
 * Its shape is fixed and flat, so attributes are read directly rather than with an XML library.
 */
export function parseEcbXml(xml: string): EcbRates {
  const times = [...xml.matchAll(/<Cube\s+time=['"](\d{4}-\d{2}-\d{2})['"]/g)].map((m) => m[1]);
  if (times.length !== 1 || !times[0]) {
    throw new Error(`expected one dated <Cube time='YYYY-MM-DD'> in the ECB XML, found ${times.length}`);
  }
  const perEuro: Record<string, number> = {};
  for (const m of xml.matchAll(/<Cube\s+currency=['"]([A-Z]{3})['"]\s+rate=['"]([^'"]+)['"]\s*\/>/g)) {
    const [, code = '', raw = ''] = m;
    const rate = Number(raw);
    if (!Number.isFinite(rate) || rate <= 0)
      throw new Error(`the ECB rate of ${code} is not a positive number: ${raw}`);
    perEuro[code] = rate;
  }
  if (!perEuro['USD']) throw new Error('the ECB XML has no USD rate, so nothing can be put in US dollars');
  return { date: times[0], perEuro };
}

const significant = (n: number): number => Number(n.toPrecision(6));

/** The ECB rates as US dollars for one unit of each currency (the euro included), the file's convention. */
export function usdPerUnit(ecb: EcbRates): Record<string, number> {
  const usdPerEuro = ecb.perEuro['USD'] ?? NaN;
  const out: Record<string, number> = { EUR: significant(usdPerEuro) };
  for (const [code, perEuro] of Object.entries(ecb.perEuro)) {
    if (code !== 'USD') out[code] = significant(usdPerEuro / perEuro);
  }
  return out;
}

export interface Refresh {
  file: FxRatesFile;
  /** Currencies whose rate now comes from the ECB. */
  updated: string[];
  /** Currencies the ECB quotes that the file does not price (nothing reads them, or they are unpriced on purpose). */
  skipped: string[];
}

const sorted = (rates: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(rates).sort(([a], [b]) => a.localeCompare(b)));

/**
 * The rates file with the ECB's rates as its newest set. Only currencies the file already prices are
 * replaced (the currency tables decide which currencies matter; a spec checks them against each other);
 * the rest keep their older, dated rates, and sets left empty are dropped.
 */
export function applyEcbRates(file: FxRatesFile, ecb: EcbRates): Refresh {
  if (file.base !== 'USD') throw new Error(`the rates file's base is ${file.base}; this refresh writes USD rates`);
  const priced = new Set(file.sets.flatMap((s) => Object.keys(s.rates)));
  const fresh = usdPerUnit(ecb);
  const rates = sorted(Object.fromEntries(Object.entries(fresh).filter(([code]) => priced.has(code))));
  const updated = Object.keys(rates);
  // A stale saved file must not replace newer rates with older ones.
  const newer = file.sets.filter((s) => s.date > ecb.date && Object.keys(s.rates).some((c) => c in rates));
  if (newer.length) throw new Error(`the ECB rates of ${ecb.date} are older than the set of ${newer[0]?.date}`);
  const newest: FxRateSet = {
    date: ecb.date,
    source: `European Central Bank euro reference rates of ${ecb.date} (${ECB_DAILY_URL}), as US dollars per unit`,
    rates,
  };
  const older = file.sets
    .map((s) => ({ ...s, rates: Object.fromEntries(Object.entries(s.rates).filter(([code]) => !(code in rates))) }))
    .filter((s) => Object.keys(s.rates).length > 0);
  const next: FxRatesFile = { ...file, sets: updated.length ? [newest, ...older] : older };
  const problems = fxRatesProblems(next);
  if (problems.length) throw new Error(`the refreshed rates would be invalid: ${problems.join('; ')}`);
  return { file: next, updated, skipped: Object.keys(fresh).filter((c) => !priced.has(c)) };
}
