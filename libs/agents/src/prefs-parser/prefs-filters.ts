import { canonicalIndustry, canonicalSkill, findPlacesInText, INDUSTRY_TERMS } from '@job-hunter/domain';
import { isNegated, negatedSpans, type Span } from './prefs-negation';
import { levelOf } from './prefs-phrases';

const NEG =
  "(?:not|no|never|avoid|avoiding|exclude|excluding|except|skip|nothing(?:\\s+(?:at|from|in))?|don'?t\\s+want|not\\s+interested\\s+in)";

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, six: 6, twelve: 12 };
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

/** "posted in the last 60 days", "past 2 weeks", "last month", "no older than 30 days". */
export function maxAgeFrom(text: string): number | null {
  const m =
    /\b(?:last|past|within|no\s+older\s+than|less\s+than|under|newer\s+than|max(?:imum)?)\s+(\d+|an?|one|two|three|four|six|twelve)?\s*(day|week|month|year)s?\b/i.exec(
      text,
    );
  if (!m?.[2]) return /\bthis\s+week\b/i.test(text) ? 7 : null;
  const n = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
  return Number.isFinite(n) ? n * (UNIT_DAYS[m[2].toLowerCase()] ?? 1) : null;
}

export function strictRecencyFrom(text: string): boolean {
  return /\b(?:strict(?:ly)?|only\s+dated|dated\s+(?:jobs|postings)\s+only|drop\s+undated|exclude\s+undated|no\s+undated|must\s+have\s+a\s+(?:posting\s+)?date)\b/i.test(
    text,
  );
}

// The company rule is case-sensitive (names are capitalised), so its negations accept either first-letter case.
const NEG_ANY_CASE = NEG.replace(/(^\(\?:|\|)([a-z])/g, (_m, p: string, c: string) => `${p}[${c}${c.toUpperCase()}]`);
const WORD = "[A-Z][\\w&'’+-]*(?:\\.(?=\\w)[\\w&'’+-]*)*";
const NAME = `${WORD}(?:\\s+(?:${WORD}|of|&))*`;

function notACompany(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    !!levelOf(lower) ||
    !!canonicalIndustry(lower) ||
    !!canonicalSkill(name) ||
    findPlacesInText(name).length > 0 ||
    /^(?:remote|hybrid|onsite|on-site|i|we|the|any|roles?|jobs?|big|faang|manager|management|sales|contract|relocation|agencies)$/i.test(
      lower,
    )
  );
}

const NAMES = `(${NAME}(?:\\s*(?:,|\\bor\\b|\\band\\b|\\/|&)\\s*${NAME})*)`;

/**
 * "not Google or Meta", "avoid Acme", "exclude: Foo, Bar", "not looking at service companies like TCS or
 * Infosys": capitalised names after a negation, or given as examples inside a negated clause.
 */
export function excludedCompaniesFrom(text: string, negated: readonly Span[] = negatedSpans(text)): string[] {
  const out: string[] = [];
  const listed = new RegExp(
    `\\b${NEG_ANY_CASE}\\s*(?:companies|employers)?\\s*(?:like|such\\s+as|at|from|with|:)?\\s*${NAMES}`,
    'g',
  );
  const labelled = /\b(?:companies|employers)\s+to\s+avoid\s*[:-]\s*([^.;\n]+)/gi;
  const examples = [
    ...text.matchAll(new RegExp(`\\b(?:like|such\\s+as|including|e\\.g\\.?)\\s*:?\\s*${NAMES}`, 'g')),
  ].filter((m) => isNegated(negated, m.index));
  for (const matches of [text.matchAll(listed), text.matchAll(labelled), examples]) {
    for (const m of matches) {
      for (const raw of (m[1] ?? '').split(/\s*(?:,|\bor\b|\band\b|\/)\s*/)) {
        const name = raw.trim();
        if (name && !notACompany(name) && !out.includes(name)) out.push(name);
      }
    }
  }
  return out;
}

// Titles of people-management roles say "Manager" or "Management".
const TITLE_ALIASES: Record<string, string[]> = {
  management: ['manager', 'management'],
  'people management': ['manager', 'management'],
  managers: ['manager'],
  people: ['manager'],
};
// "not looking for management roles", "not open to sales jobs": the verb between the negation and the title.
const WISH_VERB = '(?:(?:looking|searching|applying|interested)\\s+(?:for|at|in|to)|open\\s+to|considering|doing)\\s+';
const NOT_A_TITLE = /\b(?:remote|hybrid|on-?site|office|contract|part-time|full-time|the|a|an|my)\b|\d/;

function titlesIn(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/\s*(?:\/|\bor\b|\band\b|,)\s*/)
    .filter((p) => p && !NOT_A_TITLE.test(p) && !levelOf(p) && !canonicalIndustry(p) && !findPlacesInText(p).length)
    .flatMap((p) => TITLE_ALIASES[p] ?? [p]);
}

/** "no manager roles", "not looking for management roles", "avoid QA jobs", "nothing in sales". */
export function excludedTitlesFrom(text: string): string[] {
  const withNoun = new RegExp(
    `\\b${NEG}\\s+(?:${WISH_VERB})?(?:any\\s+)?([a-z][\\w/ -]{1,30}?)\\s+(?:roles?|positions?|jobs?|titles?|work)\\b`,
    'gi',
  );
  // "nothing in sales or marketing": a short list that ends its clause.
  const nothingIn = /\bnothing\s+in\s+([a-z][\w/ -]{1,40}?)\s*(?=[,.;:!?\n)]|$)/gi;
  const phrases = [...text.matchAll(withNoun), ...text.matchAll(nothingIn)].map((m) => m[1] ?? '');
  return [...new Set(phrases.flatMap(titlesIn))];
}

/** "no crypto/web3", "avoid gambling", "nothing in defense", "no recruitment agencies": industries the text refuses. */
export function excludedIndustriesFrom(text: string, negated: readonly Span[] = negatedSpans(text)): string[] {
  const out: string[] = [];
  const words = Object.entries(INDUSTRY_TERMS)
    .flatMap(([name, terms]) => [name, ...terms])
    .sort((a, b) => b.length - a.length);
  const wordRe = new RegExp(`\\b(?:${words.map((w) => w.replace(/[&]/g, '\\&')).join('|')})\\b`, 'gi');
  for (const m of text.matchAll(wordRe)) {
    const industry = isNegated(negated, m.index) ? canonicalIndustry(m[0]) : null;
    if (industry && !out.includes(industry)) out.push(industry);
  }
  return out;
}

export function needsVisaFrom(text: string): boolean {
  if (
    /\b(?:don'?t|do\s+not|won'?t|will\s+not|no)\s+(?:need|require)\w*\s+(?:a\s+|any\s+)?(?:visa|sponsorship|work\s+permit)/i.test(
      text,
    )
  ) {
    return false;
  }
  return /\b(?:need|needs|require|requires|requiring|will\s+need)\b[^.;\n]{0,30}\b(?:visa|sponsorship|work\s+permit|h-?1b)\b|\bvisa\s+sponsorship\s+(?:needed|required)\b/i.test(
    text,
  );
}

const EMPLOYMENT: [string, RegExp][] = [
  ['full-time', /\b(?:full[\s-]?time|permanent|fte)\b/i],
  ['part-time', /\bpart[\s-]?time\b/i],
  ['contract', /\b(?:contract(?:or)?|freelance|consulting\s+gigs?)\b/i],
  ['internship', /\binternships?\b/i],
  ['temporary', /\b(?:temporary|temp)\b/i],
];

/** "full-time only", "contract", "no contract": wanted employment types, empty for any. */
export function employmentTypesFrom(text: string): string[] {
  const wanted: string[] = [];
  const unwanted: string[] = [];
  for (const [type, re] of EMPLOYMENT) {
    const m = re.exec(text);
    if (!m) continue;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    (new RegExp(`\\b${NEG}\\s+(?:\\w+\\s+)?$`, 'i').test(before) ? unwanted : wanted).push(type);
  }
  if (wanted.length > 0) return wanted;
  if (unwanted.length > 0) return EMPLOYMENT.map(([t]) => t).filter((t) => !unwanted.includes(t) && t !== 'internship');
  return [];
}
