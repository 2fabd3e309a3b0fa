import { annualise, type MinimumSalary, parseSalaryText, type Salary } from '@job-hunter/domain';

// Currencies written with a bare "$" where they are paid: "$140k" from someone looking in Melbourne is AUD.
const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN']);

export function minimumFromSalary(salary: Salary): MinimumSalary | null {
  const amount = salary.min ?? salary.max;
  if (amount === null) return null;
  return { amount, currency: salary.currency, period: salary.period, annual: annualise(amount, salary.period) };
}

/** Whether the pay was written with a bare "$" (or "dollars") that does not say which dollar. */
function bareDollar(raw: string): boolean {
  return /(?:^|[^A-Z])\$|dollars?/i.test(raw) && !/US\$|\bUSD\b|\bUS\s+dollars?\b/i.test(raw);
}

/**
 * "at least 45 LPA", "min $150k", "€80k+", "£70,000 a year", "65k": the first salary in a clause about pay.
 * `currency` (where the person wants to work) prices pay written without one ("90k+", "300k TC", a bare
 * "65k" — in a preferences text a number of thousands is pay) and says which dollar a bare "$" is.
 */
export function minSalaryFrom(text: string, currency?: string): MinimumSalary | null {
  for (const clause of text.split(/\.(?=\s|$)|[;\n]|,\s+(?=[a-z])/i)) {
    const salary = parseSalaryText(clause, currency, { bareThousandsArePay: true });
    if (!salary) continue;
    const local = currency && salary.currency === 'USD' && DOLLARS.has(currency) && bareDollar(salary.raw ?? '');
    return minimumFromSalary(local ? { ...salary, currency } : salary);
  }
  return null;
}
