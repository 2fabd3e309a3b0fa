import { corrected, CORRECTION_CUE } from './prefs-corrections';
import { annualise, type MinimumSalary, parseSalaryText, type Salary } from '@job-hunter/domain';

// Currencies written with a bare "$" where they are paid: "$140k" from someone looking in Melbourne is AUD.
const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN']);

const CLAUSE_END = new RegExp(`\\.(?=\\s|$)|[;\\n]|,\\s+(?=[a-z])|(?=${CORRECTION_CUE.source})`, 'gi');
// Pay the person has now, not pay they ask for.
const CURRENT_PAY =
  /\b(?:current(?:ly)?|present(?:ly)?|right\s+now|at\s+the\s+moment|today|i\s+(?:make|earn)|i'm\s+(?:on|making|earning)|now)\b/i;
const WANTED_PAY =
  /\b(?:expect\w*|want\w*|looking\s+for|min(?:imum)?|at\s+least|target\w*|asking|need|hop(?:e|ing)|aim\w*|seek\w*|would\s+like)\b/i;

// A pay period written out: "/month", "a year", "per hour", "monthly", "p.a.", "LPA".
const PERIOD =
  /\/\s*(?:h|hr|hour|d|day|wk|week|mo|month|yr|year|annum)\b|\b(?:per|a|an|each|every)\s+(?:hour|day|week|month|year|annum)\b|\b(?:hourly|daily|weekly|monthly|yearly|annual(?:ly)?|p\.?a\.?|pm|lpa|per\s+annum)\b/i;

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
  const found: { salary: Salary; at: number; current: boolean; clause: string }[] = [];
  for (const { clause, at } of payClauses(text)) {
    const salary = parseSalaryText(clause, currency, { bareThousandsArePay: true });
    if (salary) found.push({ salary, at, clause, current: CURRENT_PAY.test(clause) && !WANTED_PAY.test(clause) });
  }
  // "Current CTC 28 LPA, expecting min 35 LPA": what the person earns now is not what they ask for.
  const asked = found.some((f) => !f.current) ? found.filter((f) => !f.current) : found;
  // "Min 2 200 € net/month — no, make it 2 600 €": a corrected figure gives way to the correction.
  const chosen = corrected(text, asked)[0];
  if (!chosen) return null;
  // "S$8,500/month… actually make that S$9,000": a correction that names no period keeps the corrected one's.
  const replaced = asked.filter((f) => f.at < chosen.at).pop();
  const salary =
    replaced && !PERIOD.test(chosen.clause) && PERIOD.test(replaced.clause)
      ? { ...chosen.salary, period: replaced.salary.period }
      : chosen.salary;
  const local = currency && salary.currency === 'USD' && DOLLARS.has(currency) && bareDollar(salary.raw ?? '');
  return minimumFromSalary(local ? { ...salary, currency } : salary);
}

/** The text's clauses with their offsets: sentences, ", lower-case" breaks, and a correction cue starting a new one. */
function payClauses(text: string): { clause: string; at: number }[] {
  const out: { clause: string; at: number }[] = [];
  let at = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    out.push({ clause: text.slice(at, m.index), at });
    at = m.index + m[0].length;
  }
  out.push({ clause: text.slice(at), at });
  return out;
}
