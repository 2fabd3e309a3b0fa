import type { Salary, SalaryPeriod } from '../../models/job';

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  INR: '₹',
  JPY: '¥',
  CNY: 'CN¥',
  CAD: 'CA$',
  AUD: 'A$',
  NZD: 'NZ$',
  SGD: 'S$',
  HKD: 'HK$',
  BRL: 'R$',
  MXN: 'MX$',
  KRW: '₩',
  ILS: '₪',
  PLN: 'zł ',
};

const PERIOD_LABELS: Readonly<Record<SalaryPeriod, string>> = {
  hour: 'hour',
  day: 'day',
  month: 'month',
  year: 'year',
};

const LAKH = 100_000;

function trimNumber(n: number, decimals: number): string {
  return n.toFixed(decimals).replace(/\.?0+$/, '');
}

/** 150000 → "150k", 1200000 → "1.2M", 45.5 → "45.5". */
function compact(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1_000_000) return `${trimNumber(n / 1_000_000, 2)}M`;
  if (abs >= 1_000) return `${trimNumber(n / 1_000, 1)}k`;
  return trimNumber(n, 2);
}

function prefix(currency: string): string {
  const code = currency.trim().toUpperCase();
  return CURRENCY_SYMBOLS[code] ?? (code ? `${code} ` : '');
}

function usable(n: number | null): n is number {
  return n !== null && Number.isFinite(n) && n > 0;
}

/** Indian salaries are quoted in lakhs per annum ("LPA") by everyone who reads them. */
function formatLakhs(min: number | null, max: number | null): string {
  const lakhs = (n: number): string => trimNumber(n / LAKH, 1);
  if (usable(min) && usable(max) && min !== max) return `₹${lakhs(min)}–${lakhs(max)} LPA`;
  if (usable(min) && usable(max)) return `₹${lakhs(min)} LPA`;
  if (usable(min)) return `₹${lakhs(min)}+ LPA`;
  if (usable(max)) return `up to ₹${lakhs(max)} LPA`;
  return '';
}

/**
 * A short human label for a salary, e.g. "₹45–60 LPA", "$150k–$180k / year", "€70k+ / year".
 * Returns '' when the salary has no usable amount.
 */
export function formatSalary(s: Salary): string {
  const min = usable(s.min) ? s.min : null;
  const max = usable(s.max) ? s.max : null;
  if (s.currency.trim().toUpperCase() === 'INR' && s.period === 'year') return formatLakhs(min, max);
  const sym = prefix(s.currency);
  const money = (n: number): string => `${sym}${compact(n)}`;
  const per = ` / ${PERIOD_LABELS[s.period] ?? s.period}`;
  if (min !== null && max !== null && min !== max) return `${money(min)}–${money(max)}${per}`;
  if (min !== null) return `${money(min)}${max === null ? '+' : ''}${per}`;
  if (max !== null) return `up to ${money(max)}${per}`;
  return '';
}
