import type { Salary, SalaryPeriod } from '../../models/job';

export { currencyOfCountry } from './geo-currencies';

const HOURS_PER_YEAR = 2080;
const DAYS_PER_YEAR = 260;

/** Yearly equivalent of an amount paid per period (full-time: 2080 hours, 260 days). */
export function annualise(amount: number, period: SalaryPeriod): number {
  switch (period) {
    case 'hour':
      return amount * HOURS_PER_YEAR;
    case 'day':
      return amount * DAYS_PER_YEAR;
    case 'month':
      return amount * 12;
    case 'year':
      return amount;
  }
}

const CURRENCY_SYMBOLS: [RegExp, string][] = [
  [/^(?:US\$|USD|dollars?)$/i, 'USD'],
  [/^(?:CA\$|C\$|CAD)$/i, 'CAD'],
  [/^(?:A\$|AU\$|AUD)$/i, 'AUD'],
  [/^(?:NZ\$|NZD)$/i, 'NZD'],
  [/^(?:S\$|SGD)$/i, 'SGD'],
  [/^(?:HK\$|HKD)$/i, 'HKD'],
  [/^(?:R\$|BRL)$/i, 'BRL'],
  [/^(?:MX\$|MXN)$/i, 'MXN'],
  [/^\$$/, 'USD'],
  [/^(?:€|EUR|euros?)$/i, 'EUR'],
  [/^(?:£|GBP|pounds?)$/i, 'GBP'],
  [/^(?:₹|INR|Rs\.?|rupees?)$/i, 'INR'],
  [/^(?:¥|JPY|yen)$/i, 'JPY'],
  [/^(?:zł|PLN)$/i, 'PLN'],
];
// PHP (a language) and TRY (a word) are left out: too often not money.
const CODE_LIST =
  'USD|EUR|GBP|INR|CAD|AUD|NZD|SGD|HKD|CHF|SEK|NOK|DKK|PLN|JPY|MXN|BRL|ZAR|AED|ILS|CZK|RON|HUF|SAR|QAR|KWD|BHD|OMR|EGP|NGN|KES|KRW|CNY|TWD|THB|MYR|IDR|VND|PKR|BDT|LKR|ARS|CLP|COP|PEN';
const CUR_PRE = `(?:US\\$|CA\\$|C\\$|AU\\$|A\\$|NZ\\$|S\\$|HK\\$|R\\$|MX\\$|\\$|€|£|₹|¥|Rs\\.?(?=\\s?\\d)|\\b(?:${CODE_LIST})\\b)`;
const CUR_POST = `(?:€|£|zł|\\$(?![\\d])|\\b(?:${CODE_LIST}|euros?|dollars?|pounds?|rupees?|yen)\\b)`;
const NUM = '\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d{1,3}(?:[,.\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d+)?';
const MULT =
  '(?:k|K)(?![a-zA-Z])|thousand\\b|LPA\\b|lpa\\b|lakhs?\\b|lacs?\\b|L(?![a-zA-Z])|crores?\\b|cr\\b|Cr\\b|mn\\b|MM?(?![a-zA-Z])|million\\b|bn\\b|B(?![a-zA-Z])|billion\\b';
// "30+ LPA" puts the plus before the unit.
const AMOUNT = new RegExp(
  `(${CUR_PRE})?\\s?(${NUM})(\\s?\\+(?=\\s?(?:${MULT})))?(?:\\s?(${MULT}))?(?:\\s?(${CUR_POST}))?`,
  'g',
);

interface Amount {
  start: number;
  end: number;
  value: number;
  currency?: string;
  mult?: string;
  plus: boolean;
}

function currencyOf(token: string | undefined): string | undefined {
  if (!token) return undefined;
  const t = token.trim();
  if (new RegExp(`^(?:${CODE_LIST})$`).test(t)) return t;
  return CURRENCY_SYMBOLS.find(([re]) => re.test(t))?.[1];
}

function parseNumber(s: string): number {
  const compact = s.replace(/[\u00a0\u202f ]/g, '');
  if (/^\d{1,2}(?:,\d{2})+,\d{3}$/.test(compact)) return Number(compact.replace(/,/g, '')); // 25,00,000
  if (/^\d{1,3}(?:[,.]\d{3})+$/.test(compact)) return Number(compact.replace(/[,.]/g, ''));
  const m = /^(\d{1,3}(?:[,.]\d{3})+)([.,])(\d{1,2})$/.exec(compact);
  if (m?.[1] && m[3]) return Number(`${m[1].replace(/[,.]/g, '')}.${m[3]}`);
  return Number(compact.replace(',', '.'));
}

function multiplier(mult: string | undefined): number | null {
  if (!mult) return 1;
  const m = mult.toLowerCase();
  if (m === 'k' || m === 'thousand') return 1e3;
  if (/^(?:lpa|lakhs?|lacs?|l)$/.test(m)) return 1e5;
  if (/^(?:crores?|cr)$/.test(m)) return 1e7;
  if (/^(?:mm?|million|mn)$/.test(m)) return 1e6;
  return null; // billions are funding and revenue, not pay
}

function findAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const [whole, pre, num, plus, mult, post] = m;
    if (!num || /\d[\d.,]*$/.test(text.slice(Math.max(0, (m.index ?? 0) - 1), m.index ?? 0))) continue;
    const value = parseNumber(num);
    if (!Number.isFinite(value)) continue;
    // "$130k CAD": the code after the amount says which dollar a bare "$" is.
    const currency = pre?.trim() === '$' && post ? (currencyOf(post) ?? 'USD') : (currencyOf(pre) ?? currencyOf(post));
    out.push({
      start: m.index ?? 0,
      end: (m.index ?? 0) + whole.trimEnd().length,
      value,
      currency,
      mult,
      plus: !!plus,
    });
  }
  return out;
}

const RANGE_GAP = /^\s*(?:-|–|—|to|and|up\s+to|bis)\s*$/i;
const PERIODS: [RegExp, SalaryPeriod][] = [
  [/^\s*(?:\/\s*|per\s+|an?\s+|each\s+)?(?:hour|hr)\b|^\s*hourly\b|^\s*ph\b/i, 'hour'],
  [/^\s*(?:\/\s*|per\s+|a\s+)?day\b|^\s*daily\b/i, 'day'],
  [
    /^\s*(?:\/\s*|per\s+|a\s+)?(?:month|mo|mth|m[eê]s)(?![a-z])|^\s*(?:monthly|mensuel|mensal|monatlich|par\s+mois|al\s+mes|por\s+m[eê]s|pro\s+monat|per\s+maand|maandelijks|al\s+mese|mensili|miesi[eę]cznie|per\s+m[åa]nad|i\s+m[åa]neden)(?![a-z])|^\s*p\.?m\.?(?=\s|$)/i,
    'month',
  ],
  [
    /^\s*(?:\/\s*|per\s+|a\s+|an\s+)?(?:year|yr|annum)\b|^\s*(?:annually|annual|yearly|annuel|anual|al\s+a[ñn]o|por\s+a[ñn]o|pro\s+jahr|j[äa]hrlich|per\s+jaar|all'anno|annui|rocznie|per\s+[åa]r|om\s+[åa]ret|p\.?\s?a\.?)(?=[\s,;).]|$)/i,
    'year',
  ],
];
// "day rate £280", "hourly rate of $45", "monthly salary 3.000 €": the period written before the amount.
const PERIOD_BEFORE: [RegExp, SalaryPeriod][] = [
  [/\b(?:hourly|per\s+hour)\s+(?:rate|pay|wage)\b[^\d\n]{0,20}$/i, 'hour'],
  [/\b(?:day|daily)\s+rate\b[^\d\n]{0,20}$/i, 'day'],
  [/\bmonthly\s+(?:salary|pay|rate|income|stipend)\b[^\d\n]{0,20}$/i, 'month'],
];

// Words between an amount and its period: "3 200 € net per month", "28k AED/month tax free", "55 000 $ minimum per year".
const PERIOD_FILLER = new RegExp(
  `^\\s*(?:\\(?\\s*(?:gross|net|brutto|netto|bruto|brut|base|fixed|salary|ote|ctc|tc|tax[\\s-]free|minimum|min|or\\s+more|\\+|${CODE_LIST})(?![a-z])\\s*\\)?\\s*)+`,
  'i',
);

function periodAfter(text: string): SalaryPeriod | undefined {
  const after = text.slice(0, 40).replace(PERIOD_FILLER, ' ');
  return PERIODS.find(([re]) => re.test(after))?.[1];
}

const AT_LEAST_BEFORE =
  /\b(?:from|starting\s+(?:at|from)|at\s+least|min(?:imum)?|above|over|more\s+than|not\s+(?:under|below|less\s+than))\s*$/i;
const AT_LEAST_AFTER = /^\s*(?:\+|min(?:imum)?\b|or\s+(?:more|above|higher)\b|and\s+(?:up|above)\b)/i;
const PAY_BEFORE =
  /\b(?:salary|pay|comp(?:ensation)?|tc|total\s+comp(?:ensation)?|base|ctc|package|income|earn(?:ing)?s?|stipend|rate|floor)\b[^\d\n]{0,25}$/i;
const PAY_AFTER =
  /^\s*\+?\s*(?:tc|total\s+comp(?:ensation)?|base|salary|comp(?:ensation)?|ctc|ote|per\s+(?:year|annum)|a\s+year|\/\s*(?:yr|year)|annual(?:ly)?|yearly|p\.?a\.?)(?![a-z])/i;
const NOT_PAY_AFTER =
  /^\s*\+?\s*(?:years?|yrs?|yoe|months?|weeks?|days?|people|persons|employees|engineers|reports|users|customers|members|stars|followers|%|percent|match(?:ing)?|plan|contributions?)\b/i;

/**
 * Whether an amount that names no currency is still pay: "salary 90,000+", "300k TC", "120,000 per year",
 * or thousands with an at-least form ("90k+", "min 120k"). Years, headcounts and ranks ("5+ years", "top 10")
 * are not.
 */
function inPayContext(text: string, a: Amount, mult: string | undefined, end: number, bareThousands: boolean): boolean {
  const before = text.slice(Math.max(0, a.start - 30), a.start);
  const after = text.slice(end, end + 30);
  // A plain number under 10,000 with no period is a year or a count ("since 2019"), not a yearly salary.
  if (NOT_PAY_AFTER.test(after) || (!mult && a.value < 10000 && !periodAfter(after))) return false;
  const atLeast = a.plus || AT_LEAST_BEFORE.test(before) || AT_LEAST_AFTER.test(after);
  const thousands = multiplier(mult) === 1e3;
  return (
    PAY_BEFORE.test(before) ||
    PAY_AFTER.test(after) ||
    (thousands && (atLeast || bareThousands || !!periodAfter(after)))
  );
}

/**
 * A salary from free text ("$150k–$180k", "€70.000 – €90.000", "₹30-45 LPA", "1.2 crore", "$60/hour"),
 * or null. Needs a currency or an Indian pay unit, so years, headcounts and funding ("$50M raised") are ignored;
 * with `assumedCurrency` (where the person wants to work) an amount in a clear pay context needs none.
 */
export function parseSalaryText(
  text: string,
  assumedCurrency?: string,
  opts: { bareThousandsArePay?: boolean } = {},
): Salary | null {
  const amounts = findAmounts(text);
  for (let i = 0; i < amounts.length; i++) {
    const first = amounts[i];
    if (!first) continue;
    let second = amounts[i + 1];
    if (second && !RANGE_GAP.test(text.slice(first.end, second.start))) second = undefined;
    const mult = first.mult ?? second?.mult;
    const end = second?.end ?? first.end;
    const assumed =
      assumedCurrency && inPayContext(text, first, mult, end, !!opts.bareThousandsArePay) ? assumedCurrency : undefined;
    const currency =
      first.currency ?? second?.currency ?? (mult && multiplier(mult) !== 1e3 ? 'INR' : undefined) ?? assumed;
    if (!currency) continue;
    const m1 = multiplier(first.mult ?? (second && first.value < second.value ? second.mult : undefined));
    const m2 = second ? multiplier(second.mult ?? first.mult) : m1;
    if (m1 === null || m2 === null) continue;
    const low = first.value * m1;
    const high = second ? second.value * m2 : low;
    if (low <= 0 || high < low) continue;
    const isLpa = /lpa/i.test(mult ?? '');
    const before = text.slice(Math.max(0, first.start - 20), first.start);
    const lead = text.slice(Math.max(0, first.start - 40), first.start);
    const written = periodAfter(text.slice(end)) ?? PERIOD_BEFORE.find(([re]) => re.test(lead))?.[1];
    // Millions are pay only with a period written ("8M yen a year"); otherwise funding or revenue.
    if (m1 === 1e6 && !written) continue;
    const period = isLpa ? 'year' : (written ?? (high <= 500 ? 'hour' : 'year'));
    const plus = first.plus || /^\s*\+/.test(text.slice(end));
    const upTo = /\b(?:up\s+to|max(?:imum)?|under)\s*$/i.test(before) && !/\bnot\s+under\s*$/i.test(before);
    const from = plus || AT_LEAST_BEFORE.test(before);
    const min = upTo && !second ? null : low;
    const max = from && !second ? null : high;
    const annualMin = min === null ? null : annualise(min, period);
    const annualMax = max === null ? null : annualise(max, period);
    if ((annualMax ?? annualMin ?? 0) < 1000) continue;
    return { min, max, currency, period, annualMin, annualMax, raw: text.slice(first.start, end).trim() };
  }
  return null;
}
