import type { Salary } from '../../models/job';
import { annualise } from '../understanding';
import { fxTable } from './fx-rates';

/*
 * Rough values of currencies in US dollars, dated, from data/fx/rates.json (see data/fx/README.md).
 * Only used to compare a salary with a minimum quoted in another currency, where an error of a few
 * percent does not change the verdict; filters that convert add slack (FX_SLACK) so that no job is
 * dropped on the table's error alone. Currencies the file lists as unpriced (and any it does not
 * know) convert to null: a job paid in one is never dropped on a converted salary, and a minimum
 * written in one filters only same-currency pay.
 */

/** Whether the table has a rate for a currency. */
export function hasFxRate(currency: string): boolean {
  return fxTable().rateOf(currency) !== undefined;
}

/** Whether the rates file leaves a currency without a rate on purpose (its reason is written there). */
export function isUnpricedCurrency(currency: string): boolean {
  return fxTable().unpriced.has(currency.trim().toUpperCase());
}

/** An amount converted, with the date of the older of the two rates used (null when nothing was converted). */
export interface Conversion {
  amount: number;
  fxDate: string | null;
}

/** `amount` in `from` expressed in `to` with the rates' date, or null when either currency has no rate. */
export function convert(amount: number, from: string, to: string): Conversion | null {
  if (from.trim().toUpperCase() === to.trim().toUpperCase()) return { amount, fxDate: null };
  const a = fxTable().rateOf(from);
  const b = fxTable().rateOf(to);
  if (!a || !b) return null;
  const dates = [a.date, b.date].filter((d): d is string => d !== null).sort();
  return { amount: (amount * a.value) / b.value, fxDate: dates[0] ?? null };
}

/** Below this fraction of the minimum a converted salary is too low whatever the real rate. */
export const FX_SLACK = 0.9;

/** `amount` in `from` expressed in `to`, or null when either currency is not in the table. */
export function convertCurrency(amount: number, from: string, to: string): number | null {
  return convert(amount, from, to)?.amount ?? null;
}

function usable(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0;
}

/** The salary's yearly range in its own currency (annual fields first, else annualised amounts). */
export function annualRange(s: Salary): { min: number | null; max: number | null } {
  const min = usable(s.annualMin) ? s.annualMin : usable(s.min) ? annualise(s.min, s.period) : null;
  const max = usable(s.annualMax) ? s.annualMax : usable(s.max) ? annualise(s.max, s.period) : null;
  return { min: usable(min) ? min : null, max: usable(max) ? max : usable(min) ? min : null };
}

/**
 * A salary's yearly range converted into `currency`; null when it has no amount or an unknown currency.
 * `fxDate` is the date of the rates used, null when the salary was already in `currency`.
 */
export function annualRangeIn(
  s: Salary,
  currency: string,
): { min: number | null; max: number; fxDate: string | null } | null {
  const r = annualRange(s);
  if (r.max === null) return null;
  const max = convert(r.max, s.currency, currency);
  if (max === null) return null;
  const min = r.min === null ? null : convertCurrency(r.min, s.currency, currency);
  return { min, max: max.amount, fxDate: max.fxDate };
}
