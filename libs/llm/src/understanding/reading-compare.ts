import { READING_FIELDS, type Reading, type ReadingDisagreement } from '@job-hunter/domain';
import { fold } from './understanding-values';

/**
 * Where Claude's reading and the rules' reading differ, field by field, in the contract's field
 * order. Values are compared the way the corpus scorer compares a reading with the expected one
 * (../shared/docs/understanding.md): lists as sets, names folded, roles with developer≈engineer,
 * places by (country, city), pay within 1 %; so a difference shown to the person is a real one.
 */

// The scorer's equivalences: a role named either way is the same role.
const ROLE_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\bdeveloper\b/g, 'engineer'],
  [/\bml\b/g, 'machine learning'],
  [/\bswe\b/g, 'software engineer'],
];

/** "Full-stack developer", "full stack engineer" and "fullstack engineer" are one role. */
function roleKey(role: string): string {
  return ROLE_WORDS.reduce((s, [re, to]) => s.replace(re, to), fold(role)).replace(/[\s-]+/g, '');
}

const sameSet = (a: readonly string[], b: readonly string[], key: (s: string) => string = fold): boolean => {
  const left = new Set(a.map(key));
  const right = new Set(b.map(key));
  return left.size === right.size && [...left].every((k) => right.has(k));
};

const placeKey = (p: Reading['locations'][number]) => `${p.country ?? ''}|${fold(p.city ?? '')}`;
const companyKey = (name: string) => fold(name).replace(/\s+/g, '');

function samePay(a: Reading['minSalary'], b: Reading['minSalary']): boolean {
  if (!a || !b) return a === b;
  return a.currency === b.currency && a.period === b.period && Math.abs(a.amount - b.amount) <= 0.01 * a.amount;
}

const SAME: { [F in keyof Reading]: (a: Reading[F], b: Reading[F]) => boolean } = {
  roles: (a, b) => sameSet(a, b, roleKey),
  excludedRoles: (a, b) => sameSet(a, b, roleKey),
  seniority: (a, b) => a.min === b.min && a.max === b.max,
  locations: (a, b) => sameSet(a.map(placeKey), b.map(placeKey), String),
  workModels: (a, b) => sameSet(a, b),
  remoteFrom: (a, b) => sameSet(a, b, (s) => s.toUpperCase()),
  minSalary: samePay,
  maxAgeDays: (a, b) => a === b,
  excludedCompanies: (a, b) => sameSet(a, b, companyKey),
  excludedIndustries: (a, b) => sameSet(a, b),
  needsVisaSponsorship: (a, b) => a === b,
  employmentTypes: (a, b) => sameSet(a, b),
};

function agrees<F extends keyof Reading>(field: F, rules: Reading, claude: Reading): boolean {
  return SAME[field](rules[field], claude[field]);
}

export function readingDisagreements(rules: Reading, claude: Reading): ReadingDisagreement[] {
  return READING_FIELDS.filter((field) => !agrees(field, rules, claude)).map((field) => ({
    field,
    rules: rules[field],
    claude: claude[field],
  }));
}
