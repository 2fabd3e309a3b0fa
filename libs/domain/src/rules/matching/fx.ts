import type { Salary } from '../../models/job';
import { annualise } from '../understanding';

/**
 * Rough value of one unit of each currency in US dollars (mid-2025 averages, rounded).
 * Only used to compare a salary with a minimum quoted in another currency, where an
 * error of a few percent does not change the verdict; filters that convert add slack
 * (FX_SLACK) so that no job is dropped on the table's error alone.
 */
const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.1,
  GBP: 1.3,
  CHF: 1.15,
  INR: 0.012,
  CAD: 0.73,
  AUD: 0.66,
  NZD: 0.6,
  SGD: 0.76,
  HKD: 0.128,
  JPY: 0.0068,
  CNY: 0.14,
  KRW: 0.00073,
  SEK: 0.095,
  NOK: 0.095,
  DKK: 0.147,
  PLN: 0.26,
  CZK: 0.044,
  HUF: 0.0028,
  RON: 0.22,
  ILS: 0.28,
  AED: 0.272,
  BRL: 0.18,
  MXN: 0.053,
  ZAR: 0.055,
  PHP: 0.0175,
  MYR: 0.22,
  IDR: 0.000062,
  VND: 0.00004,
  THB: 0.029,
  PKR: 0.0036,
  BDT: 0.0083,
  LKR: 0.0033,
  NGN: 0.00065,
  KES: 0.0077,
  EGP: 0.02,
  TRY: 0.026,
  ARS: 0.00085,
  COP: 0.00025,
  CLP: 0.00105,
  ISK: 0.0079,
  BGN: 0.56,
  RSD: 0.0094,
  BAM: 0.56,
  MKD: 0.018,
  ALL: 0.0115,
  MDL: 0.058,
  UAH: 0.024,
  GEL: 0.37,
  AMD: 0.0026,
  AZN: 0.59,
  KZT: 0.0019,
  UZS: 0.00008,
  SAR: 0.267,
  QAR: 0.275,
  KWD: 3.27,
  BHD: 2.65,
  OMR: 2.6,
  JOD: 1.41,
  MAD: 0.108,
  TND: 0.33,
  DZD: 0.0076,
  GHS: 0.085,
  UGX: 0.00028,
  TZS: 0.00038,
  RWF: 0.0007,
  ETB: 0.0074,
  MUR: 0.022,
  XOF: 0.00168,
  XAF: 0.00168,
  BWP: 0.073,
  NAD: 0.055,
  TWD: 0.033,
  MOP: 0.124,
  BND: 0.76,
  NPR: 0.0073,
  KHR: 0.00025,
  MNT: 0.00028,
  FJD: 0.44,
  PEN: 0.275,
  UYU: 0.025,
  BOB: 0.145,
  PYG: 0.000126,
  CRC: 0.002,
  GTQ: 0.13,
  HNL: 0.038,
  NIO: 0.027,
  DOP: 0.016,
  JMD: 0.0063,
  TTD: 0.147,
  PAB: 1,
};

/**
 * Pay currencies (from the world table) left without a rate on purpose: official and market rates
 * part (VES, IRR, LBP, SYP…), the currency is too new or rarely quoted (ZWG, SLE, XCG…), or salaries
 * there are posted in dollars or euros. `convertCurrency` returns null for them, so a job paid in one
 * is never dropped on a converted salary, and a minimum written in one filters only same-currency pay.
 */
export const UNPRICED_CURRENCIES: ReadonlySet<string> = new Set(
  (
    'AFN AOA AWG BBD BIF BMD BSD BTN BYN BZD CDF CUP CVE DJF ERN FKP GIP GMD GNF GYD HTG IQD IRR ' +
    'KGS KMF KPW KYD LAK LBP LRD LSL LYD MGA MMK MRU MVR MWK MZN PGK RUB SBD SCR SDG SHP SLE SOS SRD ' +
    'SSP STN SYP SZL TJS TMT TOP VES VUV WST XCD XCG XPF YER ZMW ZWG'
  ).split(' '),
);

/** Whether the table has a rate for a currency. */
export function hasFxRate(currency: string): boolean {
  return USD_PER_UNIT[currency.trim().toUpperCase()] !== undefined;
}

/** Below this fraction of the minimum a converted salary is too low whatever the real rate. */
export const FX_SLACK = 0.9;

/** `amount` in `from` expressed in `to`, or null when either currency is not in the table. */
export function convertCurrency(amount: number, from: string, to: string): number | null {
  const f = from.trim().toUpperCase();
  const t = to.trim().toUpperCase();
  if (f === t) return amount;
  const a = USD_PER_UNIT[f];
  const b = USD_PER_UNIT[t];
  return a === undefined || b === undefined ? null : (amount * a) / b;
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

/** A salary's yearly range converted into `currency`; null when it has no amount or an unknown currency. */
export function annualRangeIn(
  s: Salary,
  currency: string,
): { min: number | null; max: number; converted: boolean } | null {
  const r = annualRange(s);
  if (r.max === null) return null;
  const max = convertCurrency(r.max, s.currency, currency);
  if (max === null) return null;
  const min = r.min === null ? null : convertCurrency(r.min, s.currency, currency);
  return { min, max, converted: s.currency.trim().toUpperCase() !== currency.trim().toUpperCase() };
}
