import type { Salary, SalaryPeriod } from '@job-hunter/domain';

/** Yearly multipliers, assuming a 40-hour week and 260 working days. */
const PER_YEAR: Record<SalaryPeriod, number> = { hour: 2080, day: 260, month: 12, year: 1 };

/** No currency pays a year's work with fewer units than this. */
const MIN_PLAUSIBLE_YEARLY = 1000;

export function annualise(amount: number | null, period: SalaryPeriod): number | null {
  return amount === null ? null : Math.round(amount * PER_YEAR[period]);
}

/** A structured range from a board → domain Salary; null when it carries no amount or no currency. */
export function structuredSalary(
  min: number | null | undefined,
  max: number | null | undefined,
  currency: string | null | undefined,
  period: SalaryPeriod,
  raw: string,
): Salary | undefined {
  const lo = finite(min);
  const hi = finite(max);
  const code = currency?.trim().toUpperCase();
  if ((lo === null && hi === null) || !code) return undefined;
  const [a, b] = lo !== null && hi !== null && lo > hi ? [hi, lo] : [lo, hi];
  // Boards hold entry mistakes such as "$150 per year" for an hourly intern; a wrong yearly
  // figure would make salary filters drop the job, so such a range is left out.
  if (period === 'year' && (b ?? a ?? 0) < MIN_PLAUSIBLE_YEARLY) return undefined;
  return {
    min: a,
    max: b,
    currency: code,
    period,
    annualMin: annualise(a, period),
    annualMax: annualise(b, period),
    raw,
  };
}

function finite(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
}
