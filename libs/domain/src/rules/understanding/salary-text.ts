import type { Salary, SalaryPeriod } from '../../models/job';
import { currencyOfSignLazily, currencyPatterns, settledCurrency, type LazyCurrency } from './salary-currency';

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

const NUM = "\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d{1,3}(?:[,.'’\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d+)?";
// Thousands, lakhs, crores, millions ("juta" in Indonesian and Malay, "Mio." in German, "mil" — see `multiplier`).
const MULT =
  '(?:k|K)(?![\\p{L}])|thousand\\b|Tsd\\.?(?![\\p{L}])|LPA\\b|lpa\\b|lakhs?\\b|lacs?\\b|L(?![\\p{L}])|crores?\\b|cr\\b|Cr\\b|mn\\b|MM?(?![\\p{L}])|Mio\\.?(?![\\p{L}])|million\\b|juta\\b|jt\\b|mil\\b|bn\\b|B(?![\\p{L}])|billion\\b';

let amountRegex: RegExp | undefined;

// "30+ LPA" puts the plus before the unit. Built on first use: the currency codes come from the world table.
function amountPattern(): RegExp {
  const { pre, post } = currencyPatterns();
  amountRegex ??= new RegExp(
    `(${pre})?\\s?(${NUM})(\\s?\\+(?=\\s?(?:${MULT})))?(?:\\s?(${MULT}))?(?:\\s?(${post}))?`,
    'gu',
  );
  return amountRegex;
}

interface Amount {
  start: number;
  end: number;
  value: number;
  currency: LazyCurrency;
  mult?: string;
  plus: boolean;
}

function parseNumber(s: string): number {
  const compact = s.replace(/[\u00a0\u202f ]/g, '').replace(/(\d)['’](?=\d{3})/g, '$1');
  if (/^\d{1,2}(?:,\d{2})+,\d{3}$/.test(compact)) return Number(compact.replace(/,/g, '')); // 25,00,000
  if (/^\d{1,3}(?:[,.]\d{3})+$/.test(compact)) return Number(compact.replace(/[,.]/g, ''));
  const m = /^(\d{1,3}(?:[,.]\d{3})+)([.,])(\d{1,2})$/.exec(compact);
  if (m?.[1] && m[3]) return Number(`${m[1].replace(/[,.]/g, '')}.${m[3]}`);
  return Number(compact.replace(',', '.'));
}

// Where "mil" is English slang for a million; in Spanish and Portuguese ("15 mil reais", "45 mil pesos") it is a thousand.
const MIL_IS_MILLION = new Set(['USD', 'GBP', 'CAD', 'AUD', 'NZD', 'INR', 'SGD', 'HKD', 'NGN', 'ZAR', 'KES', 'GHS']);

/** `currency` is asked only for "mil", whose meaning depends on it (asking may scan the text for places). */
function multiplier(mult: string | undefined, currency?: () => string | undefined): number | null {
  if (!mult) return 1;
  const m = mult.toLowerCase().replace(/\.$/, '');
  if (m === 'k' || m === 'thousand' || m === 'tsd') return 1e3;
  if (/^(?:lpa|lakhs?|lacs?|l)$/.test(m)) return 1e5;
  if (/^(?:crores?|cr)$/.test(m)) return 1e7;
  if (/^(?:mm?|million|mn|mio|juta|jt)$/.test(m)) return 1e6;
  if (m === 'mil') {
    const code = currency?.();
    return code && !MIL_IS_MILLION.has(code) ? 1e3 : 1e6;
  }
  return null; // billions are funding and revenue, not pay
}

/** The currency a unit alone implies: lakhs and crores are Indian, "juta" Indonesian. */
function currencyOfUnit(mult: string | undefined): string | undefined {
  if (!mult) return undefined;
  if (/^(?:lpa|lakhs?|lacs?|l|crores?|cr)$/i.test(mult)) return 'INR';
  if (/^(?:juta|jt)$/i.test(mult)) return 'IDR';
  return undefined;
}

const DIGIT = /\d/g;
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * Where the next amount may start at or after `from`, or -1 when no digit is left: an amount is a number
 * after at most a sign or code, which holds no digit or space, and one character of space. So none starts
 * before the word that runs into the next digit, and the long currency regex is not tried at every
 * character of a text with a few numbers.
 */
function nextAmountFrom(text: string, from: number): number {
  DIGIT.lastIndex = from;
  if (!DIGIT.test(text)) return -1;
  let start = Math.max(from, DIGIT.lastIndex - 2);
  while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
  return start;
}

function findAmounts(text: string, assumed: string | undefined): Amount[] {
  const out: Amount[] = [];
  const pattern = amountPattern();
  for (let from = nextAmountFrom(text, 0); from >= 0;) {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (!m) break;
    from = nextAmountFrom(text, pattern.lastIndex);
    const [whole, pre, num, plus, mult, post] = m;
    if (!num || /\d[\d.,]*$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    const value = parseNumber(num);
    if (!Number.isFinite(value)) continue;
    const end = m.index + whole.trimEnd().length;
    // "$130k CAD", "kr 45 000 (SEK)": a code after the amount says which dollar or crown a shared sign is.
    const postStart = post ? end - post.trim().length : end;
    const currency =
      currencyOfSignLazily(pre, { text, end: postStart, assumed }) ??
      currencyOfSignLazily(post, { text, end, assumed });
    // A sign that needs context and found none ("R45" with nothing South African) is not priced by a guess.
    if (pre?.trim() && !post && !currency) continue;
    out.push({ start: m.index, end, value, currency, mult, plus: !!plus });
  }
  return out;
}

const RANGE_GAP = /^\s*(?:-|–|—|to|and|up\s+to|bis)\s*$/i;
const PERIODS: [RegExp, SalaryPeriod][] = [
  [/^\s*(?:\/\s*|per\s+|an?\s+|each\s+)?(?:hours?|hrs?)\b|^\s*hourly\b|^\s*ph\b/i, 'hour'],
  [/^\s*(?:\/\s*|per\s+|a\s+)?days?\b|^\s*daily\b/i, 'day'],
  [
    /^\s*(?:\/\s*|per\s+|a\s+)?(?:months?|mos?|mths?|m[eê]s)(?![a-z])|^\s*(?:monthly|mensuel|mensal|monatlich|par\s+mois|al\s+mes|por\s+m[eê]s|pro\s+monat|per\s+maand|maandelijks|al\s+mese|mensili|miesi[eę]cznie|per\s+m[åa]nad|i\s+m[åa]neden)(?![a-z])|^\s*p\.?m\.?(?=\s|$)/i,
    'month',
  ],
  [
    /^\s*(?:\/\s*|per\s+|a\s+|an\s+)?(?:years?|yrs?|annum)\b|^\s*(?:annually|annual|yearly|annuel|anual|al\s+a[ñn]o|por\s+a[ñn]o|pro\s+jahr|j[äa]hrlich|per\s+jaar|all'anno|annui|rocznie|per\s+[åa]r|om\s+[åa]ret|p\.?\s?a\.?)(?=[\s,;).]|$)/i,
    'year',
  ],
];
// The same periods in the words of other markets, always after "/" or a preposition ("kr/tim", "per måned",
// "juta/bulan", "par an", "pro Stunde", "por hora", "per uur", "per jam"): alone, many are everyday words.
const PERIOD_PREFIX = "(?:\\/|per|pro|par|por|al|i|im|om|en|a|an|la|pe|za|each|every|l')\\s*";
const PERIOD_WORDS: [string, SalaryPeriod][] = [
  [
    'tim(?:me|men)?|time(?:n)?|stunde|std|h|heure|hora|uur|jam|ora|oră|godz(?:in[ęa])?|óra|hod(?:inu)?|giờ|saat',
    'hour',
  ],
  ['dag(?:en)?|tag|jour|d[ií]a|hari|giorno|dzie[nń]', 'day'],
  [
    'm[aå]ned(?:en)?|m[aå]nad(?:en)?|m[aå]n|mnd|md|monat|mois|maand|bulan|bln|mese|miesi[aą]c|mes|mês|lun[ăa]|měsíc|hó|tháng|ay',
    'month',
  ],
  ['[aå]r(?:et)?|jahr|jaar|an|ann[ée]e|a[ñn]o|tahun|thn|anno|rok|év|năm|yıl', 'year'],
];
const LOCAL_PERIODS: [RegExp, SalaryPeriod][] = [
  ...PERIOD_WORDS.map(([words, period]): [RegExp, SalaryPeriod] => [
    new RegExp(`^\\s*${PERIOD_PREFIX}(?:${words})(?![\\p{L}])`, 'iu'),
    period,
  ]),
  [/^\s*(?:stündlich|timvis|óránként|saatlik|hodinov[ěé])(?![\p{L}])/iu, 'hour'],
  [/^\s*day\s+rate(?![\p{L}])/iu, 'day'],
  [
    /^\s*(?:sebulan|perbulan|bulanan|månadsvis|månedlig|maanden?lijks|měsíčně|havonta|havi|lunar|aylık)(?![\p{L}])/iu,
    'month',
  ],
  [/^\s*(?:setahun|pertahun|tahunan|årlig(?:en)?|per\s+annum|pa|ročně|évente|évi|anual|yıllık)(?![\p{L}])/iu, 'year'],
];
// "day rate £280", "hourly rate of $45", "monthly salary 3.000 €": the period written before the amount.
const PERIOD_BEFORE: [RegExp, SalaryPeriod][] = [
  [/\b(?:hourly|per\s+hour)\s+(?:rate|pay|wage)\b[^\d\n]{0,20}$/i, 'hour'],
  [/\b(?:day|daily)\s+rate\b[^\d\n]{0,20}$/i, 'day'],
  [/\bmonthly\s+(?:salary|pay|rate|income|stipend)\b[^\d\n]{0,20}$/i, 'month'],
  [
    /(?:m[åa]nadsl[öo]n|m[åa]nedsl[øo]nn|monatsgehalt|maandsalaris|gaji\s+(?:bulanan|per\s+bulan)|salario\s+mensual|sal[áa]rio\s+mensal)[^\d\n]{0,20}$/iu,
    'month',
  ],
  [
    /(?:[åa]rsl[öø]n[n]?|jahresgehalt|jaarsalaris|salario\s+anual|sal[áa]rio\s+anual|gaji\s+tahunan)[^\d\n]{0,20}$/iu,
    'year',
  ],
  [/(?:timl[öø]n[n]?|stundenlohn|uurloon)[^\d\n]{0,20}$/iu, 'hour'],
];

// Words between an amount and its period: "3 200 € net per month", "28k AED/month tax free", "55 000 $ minimum per year".
let fillerRegex: RegExp | undefined;

function periodFiller(): RegExp {
  fillerRegex ??= new RegExp(
    `^\\s*(?:\\(?\\s*(?:gross|net|brutto|netto|bruto|brut|base|fixed|salary|ote|ctc|tc|tax[\\s-]free|minimum|min|or\\s+more|\\+|${[...currencyPatterns().codes].join('|')})(?![a-z])\\s*\\)?\\s*)+`,
    'i',
  );
  return fillerRegex;
}

function periodAfter(text: string): SalaryPeriod | undefined {
  const after = text.slice(0, 40).replace(periodFiller(), ' ');
  return (PERIODS.find(([re]) => re.test(after)) ?? LOCAL_PERIODS.find(([re]) => re.test(after)))?.[1];
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
  const amounts = findAmounts(text, assumedCurrency);
  for (let i = 0; i < amounts.length; i++) {
    const first = amounts[i];
    if (!first) continue;
    let second = amounts[i + 1];
    if (second && !RANGE_GAP.test(text.slice(first.end, second.start))) second = undefined;
    const mult = first.mult ?? second?.mult;
    const end = second?.end ?? first.end;
    const assumed =
      assumedCurrency && inPayContext(text, first, mult, end, !!opts.bareThousandsArePay) ? assumedCurrency : undefined;
    const currency = first.currency ?? second?.currency ?? currencyOfUnit(mult) ?? assumed;
    if (!currency) continue;
    // A "$" the text's places settle is settled only for the amount kept (or a "mil" that depends on it).
    const code = () => settledCurrency(currency);
    const m1 = multiplier(first.mult ?? (second && first.value < second.value ? second.mult : undefined), code);
    const m2 = second ? multiplier(second.mult ?? first.mult, code) : m1;
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
    return { min, max, currency: code(), period, annualMin, annualMax, raw: text.slice(first.start, end).trim() };
  }
  return null;
}
