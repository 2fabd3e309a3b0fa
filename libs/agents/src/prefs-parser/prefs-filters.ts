import { canonicalIndustry, findPlacesInText, INDUSTRY_TERMS } from '@job-hunter/domain';
import { excludedCompaniesFrom } from './prefs-companies';
import { corrected } from './prefs-corrections';
import { isNegated, negatedSpans, type Span } from './prefs-negation';
import { levelOf } from './prefs-phrases';

const NEG =
  "(?:not|no|never|avoid|avoiding|exclude|excluding|except|skip|nothing(?:\\s+(?:at|from|in))?|don'?t\\s+want|not\\s+interested\\s+in)";

export function strictRecencyFrom(text: string): boolean {
  return /\b(?:strict(?:ly)?|only\s+dated|dated\s+(?:jobs|postings)\s+only|drop\s+undated|exclude\s+undated|no\s+undated|must\s+have\s+a\s+(?:posting\s+)?date)\b/i.test(
    text,
  );
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
// "not ready for senior roles" refuses a level, not a title.
const NOT_A_TITLE =
  /\b(?:remote|hybrid|on-?site|office|contract|part-time|full-time|temp|temporary|freelance|shifts?|nights?|weekends?|travel\w*|the|a|an|my|ready|yet|to|for|in|at|with)\b|\d/;

/** The titles a refused phrase names ("sales or marketing" → sales, marketing): no level, industry, place or work model. */
export function titlesIn(phrase: string): string[] {
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

/**
 * "no crypto/web3", "avoid gambling", "nothing in defense", "no recruitment agencies": industries the text
 * refuses. A word inside a refused company's name ("Bol Retail Group") names that company, not its industry.
 */
export function excludedIndustriesFrom(
  text: string,
  negated: readonly Span[] = negatedSpans(text),
  companies: readonly string[] = excludedCompaniesFrom(text, negated),
): string[] {
  const inName = (at: number) =>
    companies.some((c) => {
      for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) if (at >= i && at < i + c.length) return true;
      return false;
    });
  const out: string[] = [];
  const words = Object.entries(INDUSTRY_TERMS)
    .flatMap(([name, terms]) => [name, ...terms])
    .sort((a, b) => b.length - a.length);
  const wordRe = new RegExp(`\\b(?:${words.map((w) => w.replace(/[&]/g, '\\&')).join('|')})\\b`, 'gi');
  let prevEnd = -1;
  for (const m of text.matchAll(wordRe)) {
    // "firearms retailers", "crypto exchanges": the first word names the industry, the second the kind of firm.
    const modified = prevEnd >= 0 && /^\s+$/.test(text.slice(prevEnd, m.index));
    prevEnd = m.index + m[0].length;
    const industry = isNegated(negated, m.index) && !inName(m.index) && !modified ? canonicalIndustry(m[0]) : null;
    if (industry && !out.includes(industry)) out.push(industry);
  }
  return out;
}

// The common non-English names too ("Teilzeit", "temps plein", "tiempo parcial"): notes mix languages.
const EMPLOYMENT: [string, RegExp][] = [
  [
    'full-time',
    /\b(?:full[\s-]?time|permanent|fte|ft(?=\s+(?:only|roles?|jobs?|positions?)\b)|vollzeit|temps\s+plein|tiempo\s+completo|jornada\s+completa)\b/i,
  ],
  ['part-time', /\b(?:part[\s-]?time|teilzeit|temps\s+partiel|tiempo\s+parcial|media\s+jornada)\b/i],
  ['contract', /\b(?:contract(?:or)?|freelance|consulting\s+gigs?|fixed[\s-]term|locum)\b/i],
  ['internship', /\binternships?\b/i],
  ['temporary', /\b(?:temporary|temp)\b/i],
];

/**
 * "full-time only", "contract", "no contract": wanted employment types, empty for any. A type is refused
 * when every mention of it is inside a refusal ("no extras or temp work") or right after a negation.
 */
export function employmentTypesFrom(text: string, negated: readonly Span[] = negatedSpans(text)): string[] {
  const wanted: string[] = [];
  const unwanted: string[] = [];
  // "never again\nContract or permanent": a negation refuses the type right after it on its own line only.
  const refusedRight = new RegExp(`\\b${NEG}[ \\t]+(?:\\w+[ \\t]+)?$`, 'i');
  // "Part-time, around 30 hours — actually, make that full-time": a corrected type gives way.
  const all = EMPLOYMENT.flatMap(([type, re]) =>
    [...text.matchAll(new RegExp(re.source, 'gi'))].map((m) => ({ type, at: m.index })),
  );
  const kept = corrected(text, all);
  for (const [type] of EMPLOYMENT) {
    const mentions = kept.filter((m) => m.type === type).map((m) => ({ index: m.at }));
    if (mentions.length === 0) continue;
    const refused = (at: number) => isNegated(negated, at) || refusedRight.test(text.slice(Math.max(0, at - 20), at));
    (mentions.every((m) => refused(m.index)) ? unwanted : wanted).push(type);
  }
  if (wanted.length > 0) return wanted;
  // "no internships" alone rules out nothing a job search would otherwise show; other refusals leave the rest.
  if (unwanted.some((t) => t !== 'internship')) {
    return EMPLOYMENT.map(([t]) => t).filter((t) => !unwanted.includes(t) && t !== 'internship');
  }
  return [];
}
