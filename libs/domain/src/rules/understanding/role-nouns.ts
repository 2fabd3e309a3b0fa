/**
 * The nouns that name a job role ("nurse", "data engineers", "backend dev"), shared by the
 * preference and resume readers so that both understand the same roles in every field.
 */

import { canonicalIndustry } from './industries';
import { OCCUPATION_HEADS, OCCUPATION_NOUNS } from './role-nouns.generated';

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

// Each names a role on its own: "nurse", "teacher in Dublin", "data engineers".
const STANDALONE = `engineer developer programmer scientist analyst manager designer architect researcher
  administrator marketer recruiter tester strategist technologist founder cofounder co-founder president
  nurse midwife paramedic physician doctor surgeon dentist pharmacist therapist physiotherapist psychologist
  psychiatrist counselor counsellor caregiver veterinarian optometrist hygienist radiographer dietitian nutritionist
  teacher lecturer professor tutor instructor trainer librarian educator
  accountant auditor controller bookkeeper underwriter actuary economist banker trader treasurer
  lawyer attorney solicitor barrister paralegal notary
  electrician plumber mechanic carpenter welder machinist driver courier pilot dispatcher inspector surveyor estimator
  chef cook baker barista cashier clerk receptionist secretary
  editor journalist reporter copywriter producer photographer videographer translator interpreter
  planner buyer merchandiser salesperson supervisor foreman superintendent`;

// Each names a role only after a qualifier ("tech lead", "sales agent", "account executive",
// "legal counsel"): alone it is a level, an everyday word or too vague to search for.
const QUALIFIED = `lead owner specialist consultant writer technician assistant agent associate representative
  coordinator officer director head vp executive intern operator worker counsel partner coach practitioner
  generalist operative leader`;

// Short and alternate spellings, mapped to the noun they stand for.
const ALTERNATES: Readonly<Record<string, string>> = {
  dev: 'developer',
  eng: 'engineer',
  mgr: 'manager',
  rep: 'representative',
  physio: 'physiotherapist',
  physios: 'physiotherapist',
};

// Kinds of work that are fields or everyday words, no worker ("no marketing roles", "no trading firms");
// industries ("bank", "banking") are read elsewhere.
const AGENT_FORMS_NOT = new Set(words('trading marketing building planning producing'));

// Clipped nouns that end a role phrase after a qualifier ("pharmacy tech", "maintenance techs"); before
// another noun they are a field ("tech lead"), and after an industry prefix an industry ("big tech", "fintech").
const CLIPPED: Readonly<Record<string, string>> = { tech: 'technician', techs: 'technician' };
const INDUSTRY_PREFIXES = new Set(
  words('big fin ed health med clean climate ad mar legal prop insur reg agri food deep'),
);

// Clipped qualifiers, spelt out in a role: "chem eng" → chemical engineer, "mech engineer", "admin assistant".
const QUALIFIER_ALTERNATES: Readonly<Record<string, string>> = {
  chem: 'chemical',
  mech: 'mechanical',
  elec: 'electrical',
  civ: 'civil',
  admin: 'administrative',
  ops: 'operations',
  acct: 'accounting',
  mktg: 'marketing',
  biz: 'business',
  pharma: 'pharmaceutical',
};

// Abbreviations that are whole roles; the upper-case ones are ordinary words in lower case.
const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:swe|sde)(?:[-\s]?(?:i{1,3}|[1-3]))?$/i, 'software engineer'],
  [/^sre$/i, 'site reliability engineer'],
  [/^devops$/i, 'devops engineer'],
  [/^mle$/i, 'machine learning engineer'],
  [/^qa$/i, 'qa engineer'],
  [/^PMs?$/, 'product manager'],
  [/^TPMs?$/, 'technical program manager'],
  [/^EMs?$/, 'engineering manager'],
  [/^RNs?$/, 'registered nurse'],
  [/^SDRs?$/, 'sales development representative'],
  [/^BDRs?$/, 'business development representative'],
  [/^AEs?$/, 'account executive'],
  [/^HRBPs?$/, 'hr business partner'],
  [/^SDETs?$/i, 'software development engineer in test'],
  [/^CTOs?$/, 'chief technology officer'],
  [/^CFOs?$/, 'chief financial officer'],
  [/^COOs?$/, 'chief operating officer'],
  [/^CMOs?$/, 'chief marketing officer'],
];
// Engineering specialities that name the role noun they go with: "backend roles" → backend engineer.
export const ENGINEERING_SPECIALTIES: readonly string[] = words(
  `backend back-end frontend front-end fullstack full-stack platform infrastructure infra mobile ios android ml ai
  security cloud embedded firmware web software systems`,
);
// Other specialities a title may carry in parentheses: "Analyst (Data)", "Engineer (QA)".
const OTHER_SPECIALTIES = words('data product growth devops qa ux ui design research analytics');

// The hand lists above hold the nouns the grammar leans on; the occupation catalogue adds every other
// profession it knows, its one-word names alone and the last words of its titles after a qualifier.
const CATALOGUE_ALONE = words(OCCUPATION_NOUNS);
const CATALOGUE_QUALIFIED = words(OCCUPATION_HEADS).filter(
  (w) => !words(STANDALONE).includes(w) && !CATALOGUE_ALONE.includes(w),
);
const HAND_NOUNS = new Set([...words(STANDALONE), ...words(QUALIFIED)]);
const NOUNS = new Set([...HAND_NOUNS, ...CATALOGUE_ALONE, ...CATALOGUE_QUALIFIED]);
const NEEDS_QUALIFIER = new Set([...words(QUALIFIED), ...CATALOGUE_QUALIFIED]);
const SPECIALTIES = new Set([...ENGINEERING_SPECIALTIES, ...OTHER_SPECIALTIES]);

/** The role noun a word is, singular ("nurses" → nurse, "devs" → developer), or undefined. */
export function roleNounOf(word: string): string | undefined {
  const w = word.toLowerCase();
  if (NOUNS.has(w)) return w;
  const alternate = ALTERNATES[w] ?? ALTERNATES[w.replace(/s$/, '')];
  if (alternate) return alternate;
  for (const stem of [w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, '')]) {
    if (stem !== w && NOUNS.has(stem)) return stem;
  }
  return undefined;
}

// Words one edit away from a role noun that are words in their own right.
const NOT_TYPOS = new Set(
  words('trainee directory managed manages planned designed trained writes resident residents'),
);

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // A slip at the very end is likelier another word ("programme", "managed") than a typo.
  if (i >= Math.max(a.length, b.length) - 1) return false;
  const [ra, rb] = [a.slice(i + 1), b.slice(i + 1)];
  return ra === rb || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/**
 * The role noun a long word misspells by one letter ("enginer", "analist", "developper"), or undefined.
 * Only for words of seven letters or more that are not inflected (-ed, -ing, -es), where a slip is
 * far likelier than another word.
 */
export function misspeltRoleNoun(word: string): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 7 || NOT_TYPOS.has(w) || /(?:ed|ing|es)$/.test(w) || roleNounOf(w)) return undefined;
  // Only the hand-kept nouns: the catalogue's rarer ones sit one letter from ordinary words.
  for (const noun of HAND_NOUNS) if (noun.length >= 6 && withinOneEdit(w, noun)) return noun;
  return undefined;
}

/** Whether a role noun needs a qualifier to name a role: "lead" alone does not, "tech lead" does. */
export function roleNeedsQualifier(noun: string): boolean {
  return NEEDS_QUALIFIER.has(noun);
}

/** Whether every word of the text is a role speciality: "Front-End", "iOS", "Data / ML". */
export function isRoleSpecialty(text: string): boolean {
  const parts = text.toLowerCase().split(/\s*[/&,]\s*|\s+and\s+/);
  return parts.every((p) => SPECIALTIES.has(p.replace(/\s+/g, '-')));
}

/** The role a whole-role abbreviation stands for ("SDE-2" → software engineer, "PM"), or undefined. */
export function roleAbbreviation(word: string): string | undefined {
  return ABBREVIATIONS.find(([re]) => re.test(word))?.[1];
}

/** Whether the text holds a role noun or abbreviation as a whole word ("Registered Nurse", "Backend Devs", "SRE"). */
export function mentionsRole(text: string): boolean {
  return (text.match(/[\p{L}\p{N}-]+/gu) ?? []).some((w) => {
    const word = w.replace(/^-+|-+$/g, '');
    return roleNounOf(word) !== undefined || roleAbbreviation(word) !== undefined;
  });
}

/** The noun a clipped word stands for at the end of a role ("tech" → technician) after a qualifier that is no industry. */
export function clippedRoleNounOf(word: string, before: string | undefined): string | undefined {
  const noun = CLIPPED[word.toLowerCase()];
  return noun && before && /^\p{L}/u.test(before) && !INDUSTRY_PREFIXES.has(before.toLowerCase()) ? noun : undefined;
}

/** A qualifier spelt out ("chem" → chemical, "mech" → mechanical); other words unchanged. */
export function expandedQualifier(word: string): string {
  return QUALIFIER_ALTERNATES[word.toLowerCase()] ?? word;
}

// The endings that turn a kind of work into its worker: tutoring → tutor, teaching → teacher, nursing → nurse, audit → auditor.
const AGENT_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/ing$/, ''],
  [/ing$/, 'er'],
  [/ing$/, 'e'],
  [/ing$/, 'or'],
  [/ting$/, 'tor'],
  [/$/, 'or'],
  [/$/, 'er'],
];
const STANDALONE_NOUNS = new Set(words(STANDALONE));

/**
 * The role that does a kind of work ("teaching" → teacher, "driving" → driver, "audit" → auditor), when
 * it names one that stands alone; a field that is an industry or a subject ("banking") is read elsewhere.
 */
export function agentNounOf(work: string): string | undefined {
  const w = work.toLowerCase();
  if (w.length < 4 || NOUNS.has(w) || AGENT_FORMS_NOT.has(w) || canonicalIndustry(w)) return undefined;
  for (const [ending, agent] of AGENT_FORMS) {
    if (!ending.test(w)) continue;
    const noun = w.replace(ending, agent);
    if (STANDALONE_NOUNS.has(noun)) return noun;
  }
  return undefined;
}
