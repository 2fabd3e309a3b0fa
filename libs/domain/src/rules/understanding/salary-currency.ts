import { currencyOfCountry, payCurrencies } from './geo-currencies';
import { findPlacesInText } from './place-mentions';

/**
 * How pay texts write currencies, and which currency a sign means. A sign shared by several
 * currencies ("kr", "¥", "$", "Rs", "pesos") is settled by the text: an ISO code written next to the
 * amount ("210 kr/tim (SEK)"), else the currency of the place the reader assumes, else a country the
 * text names, else the sign's first currency — except "R", which is rand only with that context.
 */
interface CurrencySign {
  /** Regex source, matched case-sensitively unless `i` is set. */
  source: string;
  currencies: readonly string[];
  /** Read only when the text or the assumed place points to one of `currencies`. */
  needsContext?: boolean;
  i?: boolean;
}

const DOLLARS = [
  'USD',
  'CAD',
  'AUD',
  'NZD',
  'SGD',
  'HKD',
  'MXN',
  'TWD',
  'ARS',
  'CLP',
  'COP',
  'UYU',
  'DOP',
  'JMD',
  'TTD',
  'FJD',
  'BND',
  'NAD',
];
const PESOS = ['MXN', 'COP', 'CLP', 'ARS', 'PHP', 'UYU', 'DOP'];
const RUPEES = ['INR', 'PKR', 'LKR', 'NPR'];
const KRONOR = ['SEK', 'NOK', 'DKK', 'ISK'];
const YEN_YUAN = ['JPY', 'CNY'];

const ONE = (code: string) => [code];
// A sign written after a number must not run into a word ("45 Ft" but not "45 Ftp").
const END = '(?![\\p{L}])';

/** Signs written before the amount. Longest first: "NZ$" before "$". */
const PRE_SIGNS: CurrencySign[] = [
  { source: 'US\\$', currencies: ONE('USD') },
  { source: 'NT\\$', currencies: ONE('TWD') },
  { source: '(?:CA|C)\\$', currencies: ONE('CAD') },
  { source: '(?:AU|A)\\$', currencies: ONE('AUD') },
  { source: 'NZ\\$', currencies: ONE('NZD') },
  { source: 'S\\$', currencies: ONE('SGD') },
  { source: 'HK\\$', currencies: ONE('HKD') },
  { source: 'R\\$', currencies: ONE('BRL') },
  { source: 'MX\\$', currencies: ONE('MXN') },
  { source: 'E£', currencies: ONE('EGP') },
  { source: 'GH₵', currencies: ONE('GHS') },
  { source: '\\$', currencies: DOLLARS },
  { source: 'Rs\\.?(?=\\s?\\d)', currencies: RUPEES },
  { source: 'RM(?=\\s?\\d)', currencies: ONE('MYR') },
  { source: 'Rp\\.?(?=\\s?\\d)', currencies: ONE('IDR') },
  { source: 'Fr\\.(?=\\s?\\d)', currencies: ONE('CHF') },
  { source: 'R(?=\\s?\\d)', currencies: ONE('ZAR'), needsContext: true },
  { source: 'kr\\.?(?=\\s?\\d)', currencies: KRONOR, i: true },
];

/** Signs written before or after the amount. */
const SIGNS: CurrencySign[] = [
  { source: '€', currencies: ONE('EUR') },
  { source: '£', currencies: ONE('GBP') },
  { source: '₹', currencies: ONE('INR') },
  { source: '¥|￥', currencies: YEN_YUAN },
  { source: '元|RMB', currencies: ONE('CNY') },
  { source: '₩', currencies: ONE('KRW') },
  { source: '₫', currencies: ONE('VND') },
  { source: '₪', currencies: ONE('ILS') },
  { source: '₺', currencies: ONE('TRY') },
  { source: '₦', currencies: ONE('NGN') },
  { source: '₱', currencies: ONE('PHP') },
  { source: '₽', currencies: ONE('RUB') },
  { source: '฿', currencies: ONE('THB') },
  { source: '₴', currencies: ONE('UAH') },
  { source: '₸', currencies: ONE('KZT') },
  { source: '₡', currencies: ONE('CRC') },
  { source: '₲', currencies: ONE('PYG') },
];

/** Signs and words written after the amount. */
const POST_SIGNS: CurrencySign[] = [
  { source: `\\$${'(?![\\d])'}`, currencies: DOLLARS },
  { source: `kr\\.?${END}|:-(?!\\w)`, currencies: KRONOR, i: true },
  { source: `zł${END}|złotych${END}|zlotys?${END}`, currencies: ONE('PLN'), i: true },
  { source: `Kč${END}|korun${END}`, currencies: ONE('CZK'), i: true },
  { source: `Ft${END}|forint${END}`, currencies: ONE('HUF'), i: true },
  { source: `lei${END}`, currencies: ONE('RON'), i: true },
  { source: `Fr\\.${END}|francs?${END}`, currencies: ONE('CHF') },
  { source: `euros?${END}`, currencies: ONE('EUR'), i: true },
  { source: `pounds?${END}`, currencies: ONE('GBP'), i: true },
  { source: `dollars?${END}`, currencies: DOLLARS, i: true },
  { source: `rupees?${END}`, currencies: RUPEES, i: true },
  { source: `yen${END}`, currencies: ONE('JPY'), i: true },
  { source: `yuan${END}`, currencies: ONE('CNY'), i: true },
  { source: `won${END}`, currencies: ONE('KRW'), i: true },
  { source: `baht${END}`, currencies: ONE('THB'), i: true },
  { source: `ringgit${END}`, currencies: ONE('MYR'), i: true },
  { source: `rupiah${END}`, currencies: ONE('IDR'), i: true },
  { source: `pesos?${END}`, currencies: PESOS, i: true },
  { source: `reais${END}|reales${END}`, currencies: ONE('BRL'), i: true },
  { source: `rand${END}`, currencies: ONE('ZAR'), i: true },
  { source: `naira${END}`, currencies: ONE('NGN'), i: true },
  { source: `dirhams?${END}`, currencies: ['AED', 'MAD'], i: true },
  { source: `riyals?${END}`, currencies: ['SAR', 'QAR', 'OMR'], i: true },
  { source: `shekels?${END}`, currencies: ONE('ILS'), i: true },
  { source: `lira${END}`, currencies: ONE('TRY'), i: true },
  { source: `kronor${END}|kronur${END}|krónur${END}`, currencies: ['SEK', 'ISK'], i: true },
  { source: `kroner${END}|kronen${END}`, currencies: ['NOK', 'DKK'], i: true },
];

/** ISO codes that are everyday words or names first ("PHP 8", "TOP 10", "AMD 7950X", "ALL 3"). */
const WORD_CODES = new Set([
  'ALL',
  'TOP',
  'CUP',
  'MOP',
  'BAM',
  'SOS',
  'GEL',
  'MAD',
  'PHP',
  'TRY',
  'AMD',
  'BOB',
  'ERN',
  'LAK',
]);
// Codes that people write though no country in the table pays in them first.
const EXTRA_CODES = ['EUR', 'USD', 'KWD', 'BHD', 'OMR', 'CHF', 'BGN'];

export interface CurrencyPatterns {
  /** Regex source of a sign or code before an amount. */
  pre: string;
  /** Regex source of a sign, code or word after an amount. */
  post: string;
  /** The ISO codes read in text. */
  codes: ReadonlySet<string>;
}

let patterns: CurrencyPatterns | undefined;

const alternation = (signs: CurrencySign[]) => signs.map((s) => (s.i ? caseless(s.source) : s.source)).join('|');

/** A case-insensitive copy of a source for a regex that is otherwise case-sensitive (codes must be capitals). */
function caseless(source: string): string {
  return source.replace(/\\.|\[[^\]]*\]|\p{L}/gu, (t) =>
    t.length === 1 && t.toLowerCase() !== t.toUpperCase() ? `[${t.toLowerCase()}${t.toUpperCase()}]` : t,
  );
}

/** The currency signs, words and codes as regex sources (built once: the codes come from the world table). */
export function currencyPatterns(): CurrencyPatterns {
  if (patterns) return patterns;
  const codes = new Set([...payCurrencies(), ...EXTRA_CODES].filter((c) => !WORD_CODES.has(c)));
  const codeAlt = [...codes].sort().join('|');
  patterns = {
    pre: `(?:${alternation(PRE_SIGNS)}|${alternation(SIGNS)}|\\b(?:${codeAlt})\\b)`,
    post: `(?:${alternation(SIGNS)}|${alternation(POST_SIGNS)}|\\b(?:${codeAlt})\\b)`,
    codes,
  };
  return patterns;
}

/** Every currency the reader can yield: the ISO codes it reads and the currencies of its signs and words. */
export function readableCurrencies(): string[] {
  const signs = [...PRE_SIGNS, ...SIGNS, ...POST_SIGNS].flatMap((s) => s.currencies);
  return [...new Set([...currencyPatterns().codes, ...signs])].sort();
}

const signByToken = new Map<string, CurrencySign | undefined>();

/** The sign a written token is (remembered: a text repeats a handful of tokens, and each test is a new regex). */
function signOf(token: string): CurrencySign | undefined {
  if (signByToken.has(token)) return signByToken.get(token);
  // Signs read only before a digit ("R45", "Rp 15") are tested as if one followed.
  const matches = (s: CurrencySign) => new RegExp(`^(?:${s.source})(?=\\s?1$)`, s.i ? 'iu' : 'u').test(`${token} 1`);
  const sign = PRE_SIGNS.find(matches) ?? SIGNS.find(matches) ?? POST_SIGNS.find(matches);
  signByToken.set(token, sign);
  return sign;
}

export interface CurrencyContext {
  /** The whole text the amount is in. */
  text: string;
  /** Where the amount ends in `text`: an ISO code just after it names the currency ("kr/tim (SEK)"). */
  end: number;
  /** The currency of the place the reader assumes (where the person wants to work). */
  assumed?: string;
}

/** A currency, or one the places a text names settle when it is asked for (see `currencyOfSignLazily`). */
export type LazyCurrency = string | (() => string) | undefined;

/** The currency itself, settled now if it was left to the text's places. */
export function settledCurrency(currency: string | (() => string)): string;
export function settledCurrency(currency: LazyCurrency): string | undefined;
export function settledCurrency(currency: LazyCurrency): string | undefined {
  return typeof currency === 'function' ? currency() : currency;
}

/** The currency a written sign, word or code means in its text, or undefined when it cannot tell. */
export function currencyOfSign(token: string | undefined, ctx: CurrencyContext): string | undefined {
  return settledCurrency(currencyOfSignLazily(token, ctx));
}

/**
 * `currencyOfSign`, except that a shared sign ("$", "kr") that only the places the text names can settle
 * comes back as a function that settles it: finding those places scans the whole text, which a reader
 * that drops the amount ("$50M raised") need not pay for. A sign that may stay unread ("R" with nothing
 * South African) is settled at once, since whether it has a currency at all depends on the places.
 */
export function currencyOfSignLazily(token: string | undefined, ctx: CurrencyContext): LazyCurrency {
  const t = token?.trim();
  if (!t) return undefined;
  if (currencyPatterns().codes.has(t.toUpperCase()) && /^[A-Z]{3}$/i.test(t)) return t.toUpperCase();
  const sign = signOf(t);
  if (!sign) return undefined;
  const { currencies } = sign;
  if (currencies.length === 1 && !sign.needsContext) return currencies[0];
  const near = ctx.text.slice(ctx.end, ctx.end + 30);
  const written = [...near.matchAll(/\b[A-Z]{3}\b/g)].map((m) => m[0]).find((c) => currencies.includes(c));
  if (written) return written;
  if (ctx.assumed && currencies.includes(ctx.assumed)) return ctx.assumed;
  // Only one candidate named: "offices in London, Toronto and New York" leaves "$" to its first reading.
  const byPlaces = (): string | undefined => {
    const named = [...namedCurrencies(ctx.text)].filter((c) => currencies.includes(c));
    return named.length === 1 ? named[0] : undefined;
  };
  if (sign.needsContext) return byPlaces();
  const first = currencies[0] ?? '';
  return () => byPlaces() ?? first;
}

// A posting's amounts are read one after another in the same text: its places are found once.
let lastNamed: { text: string; currencies: Set<string> } | undefined;

/** The pay currencies of the countries (and cities' countries) a text names. */
function namedCurrencies(text: string): Set<string> {
  if (lastNamed?.text !== text) {
    const currencies = findPlacesInText(text)
      .map((m) => (m.place.country ? currencyOfCountry(m.place.country) : undefined))
      .filter((c): c is string => !!c);
    lastNamed = { text, currencies: new Set(currencies) };
  }
  return lastNamed.currencies;
}
