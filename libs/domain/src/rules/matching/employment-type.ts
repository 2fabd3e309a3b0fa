import { matchKey } from './match-text';

const TYPES: ReadonlyArray<[string, RegExp]> = [
  ['internship', /\b(?:intern|internship|trainee|werkstudent|working student)\b/],
  ['parttime', /\bpart ?time\b/],
  ['contract', /\b(?:contract|contractor|freelance|freelancer|temporary|temp|fixed term|consultant)\b/],
  ['fulltime', /\b(?:full ?time|permanent|regular|salaried|fte)\b/],
];

/** A coarse employment type ("Full-time", "FULL_TIME", "Permanent" → 'fulltime'); null when unrecognised. */
export function employmentTypeKey(s: string): string | null {
  const k = matchKey(s.replace(/_/g, ' '));
  return TYPES.find(([, re]) => re.test(k))?.[0] ?? null;
}
