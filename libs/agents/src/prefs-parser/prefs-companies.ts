import {
  canonicalIndustry,
  canonicalSkill,
  findPlacesInText,
  roleAbbreviation,
  roleNeedsQualifier,
  roleNounOf,
} from '@job-hunter/domain';
import { negatedSpans, type Span } from './prefs-negation';
import { levelOf } from './prefs-phrases';

// "St. Brennan", "Mt. Sinai": a title's full stop stays inside the name.
// "S.A.", "B.V.": a legal form's last full stop stays inside the name.
const WORD =
  "[A-Z][\\w&'+-]*(?:\\.(?=\\w)[\\w&'+-]*)*(?:(?<=\\b(?:St|Mt|Ft|Dr))\\.(?=\\s+[A-Z])|(?<=\\b(?:[A-Z]\\.)(?:[A-Za-z]\\.)*[A-Z])\\.)?";
// A name runs over capitalised words, "&", "of" and "and" between two of them ("Harlow & Venn", "Bank of X"),
// and "de" before a legal form ("S.A. de C.V.").
const NAME = new RegExp(`${WORD}(?:\\s+(?:&\\s+|of\\s+|de\\s+(?=(?:[A-Z]\\.){2}))?${WORD})*`, 'g');
// "Harrow, Keating & Lisle LLP": partners' names listed before "&" and a legal form are one firm.
const FIRM_OF_PARTNERS =
  /\s&\s.*\b(?:LLP|LLC|PLLC|Ltd|PLC|Inc|GmbH|AG|KG|S\.A\.|B\.V\.|N\.V\.|Pty|Partners|Associates)\.?$/;
// Capitalised words that are grammar or courtesy, not names.
const NOT_NAMES = new Set(
  `i i'm i'd i've i'll we the a an any all please thanks thank also and or but so not no never skip exclude excluding
  avoid don't hi hello remote hybrid onsite on-site roles role jobs job big faang maang manager management sales contract
  relocation agencies companies company startups startup firms mncs bpos four tech
  monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays saturday saturdays sunday
  sundays january february march april may june july august september october november december christmas easter
  english french german spanish italian portuguese dutch polish russian chinese mandarin cantonese japanese korean
  hindi arabic turkish swedish norwegian danish finnish greek hebrew indian american british canadian australian
  european african asian brazilian mexican irish scottish`
    .split(/\s+/)
    .filter(Boolean),
);
// Words after a name that make it a modifier ("SC or DV clearance", "Monday starts"), not an employer;
// "the Harcourt-Bell Holdings group" names the employer with its group.
const AFTER_A_NAME =
  /^(?:\s*[,.;:!?()\u2014\u2013]|\s+-|\s*$|\s+(?:again|please|pls|either|too|anymore|ever|after|since|because|as|in|at|for|from|with|or|and|nor|then|so|both|already|if|this|last|roles?|jobs?|positions?|openings?|offers?|group|family|brands?|subsidiaries)\b)/i;
// "Salesforce-heavy", "Google-style": a capitalised word made into an adjective.
const ADJECTIVE_SUFFIX = /-(?:heavy|based|focused|centric|driven|like|style|related|adjacent|first|only|owned)$/i;
// "I left Tallyhive in 2022", "my ex-employer Acme": a company the person has left, which they do not want back.
const LEFT = new RegExp(
  `\\b(?:I\\s+(?:just\\s+)?left|ex-employers?:?|former\\s+employers?:?)\\s+(${NAME.source})`,
  'g',
);

function isRole(word: string): boolean {
  const noun = roleNounOf(word);
  return !!noun && !roleNeedsQualifier(noun);
}

function notACompany(name: string): boolean {
  const lower = name.toLowerCase();
  const words = lower.split(/\s+/);
  return (
    NOT_NAMES.has(lower) ||
    words.every((w) => NOT_NAMES.has(w) || !!levelOf(w)) ||
    !!levelOf(lower) ||
    !!canonicalIndustry(lower) ||
    !!canonicalSkill(name) ||
    !!roleNounOf(lower) ||
    // "Engineering Manager roles": a phrase ending in a role noun is a role ("Smith & Associates" stays a name).
    isRole(words[words.length - 1] ?? '') ||
    !!roleAbbreviation(name) ||
    ADJECTIVE_SUFFIX.test(name) ||
    // "BPOs", "MNCs": an upper-case plural names a kind of employer, not one.
    /^[A-Z]{2,}s$/.test(name) ||
    findPlacesInText(name).some((p) => p.length === name.length)
  );
}

/**
 * Companies the person rules out, as written: capitalised names inside a refusal ("not Google or Meta",
 * "Please leave out Finora and Kapitel Bank", "don't show me anything at Harlow & Venn", "Not interested in
 * any school run by Oakfield Learning Trust", "I'd rather not work at Glissade"), or a former employer
 * ("I left Tallyhive in 2022, so skip them"). Places, industries, skills, levels and roles are never names.
 */
export function excludedCompaniesFrom(text: string, negated: readonly Span[] = negatedSpans(text)): string[] {
  const out: string[] = [];
  const add = (name: string) => {
    const n = name.trim().replace(/^(?:The|A|An)\s+/, '');
    if (n && !notACompany(n) && !out.includes(n)) out.push(n);
  };
  // "Travel is not an option": a capitalised word before a refusal is as often a noun as a name.
  for (const span of negated.filter((s) => !s.subject)) {
    const clause = text.slice(span.start, span.end);
    // Names joined by "or", "and" or commas form a run that a modifier after its last name disqualifies.
    let run: string[] = [];
    let commas = true;
    const flush = () => {
      const last = run[run.length - 1] ?? '';
      const partners =
        run.length > 1 && commas && FIRM_OF_PARTNERS.test(last) && run.slice(0, -1).every((n) => !/\s/.test(n));
      (partners ? [run.join(', ')] : run).forEach(add);
    };
    for (const m of clause.matchAll(NAME)) {
      // "70 LPA", "5 PQE": a capitalised word after a number is its unit.
      if (/\d\s*$/.test(text.slice(0, span.start + m.index))) continue;
      // The refusal's first word ("Skip", "Excluding") is capitalised because it starts the sentence.
      const name = m.index === 0 ? m[0].replace(/^\S+\s*/, '') : m[0];
      if (!name) continue;
      run.push(name);
      const after = clause.slice(m.index + m[0].length);
      if (/^\s*(?:,|or\b|and\b|\/|&)\s*(?:\p{Lu})/u.test(after)) {
        commas &&= /^\s*,/.test(after);
        continue;
      }
      if (AFTER_A_NAME.test(after) || span.start + m.index + m[0].length >= span.end) flush();
      run = [];
      commas = true;
    }
  }
  for (const m of text.matchAll(LEFT)) add(m[1] ?? '');
  return out;
}
