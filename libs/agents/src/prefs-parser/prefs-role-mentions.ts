import { findPlacesInText, isRoleSpecialty, roleNounOf } from '@job-hunter/domain';
import { isNegated, type Span } from './prefs-negation';
import { levelOf } from './prefs-phrases';
import { NOT_QUALIFIERS, ROLE_WORDS } from './prefs-role-words';
import { clauseRoles, type Qualifies, type RoleMention, tokenize } from './prefs-roles';

/**
 * Role phrases across a whole text: each clause read by the role-phrase grammar (prefs-roles.ts), with
 * places, levels, negated words and parenthesised asides kept out of the qualifiers.
 */

/** The text with parenthesised asides blanked (offsets kept): "frontend (React) dev", "lawyer (solicitor, 5 PQE)". */
function withoutAsides(text: string): string {
  return text
    .replace(/\b([a-z]+)\s*\(([^()]{2,30})\)/gi, (m, noun: string, inside: string) =>
      // "Staff engineer (backend)": a speciality in parentheses qualifies the noun before it (same length kept).
      roleNounOf(noun) && isRoleSpecialty(inside.trim()) ? `${inside.trim()} ${noun}`.padEnd(m.length) : m,
    )
    .replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
}

/**
 * Role phrases in the text, with where each starts: phrases built on a role noun ("backend engineer",
 * "data scientists", "product management roles" → "product manager"), a whole-role abbreviation (SWE,
 * SDE-2, SRE, PM) or a bare speciality in a note ("sr backend, blr"), with coordinated qualifiers sharing
 * the noun ("backend or platform engineering roles" → both). Negated phrases, places, levels, work-model
 * words and parenthesised asides never make a role (the asides only when the rest names none).
 */
export function roleMentions(text: string, negated: readonly Span[]): RoleMention[] {
  // "work from home customer service jobs": the work model is no qualifier of the role.
  const plain = text.replace(/\bwork(?:ing)?\s+from\s+home\b/gi, (m) => ' '.repeat(m.length));
  const outside = mentionsIn(withoutAsides(plain), negated);
  return outside.length > 0 ? outside : mentionsIn(plain, negated);
}

function mentionsIn(text: string, negated: readonly Span[]): RoleMention[] {
  const placeChars = new Set<number>();
  for (const m of findPlacesInText(text)) for (let k = m.index; k < m.index + m.length; k++) placeChars.add(k);
  const qualifies: Qualifies = (t) =>
    !!t &&
    !t.sep &&
    // "IT support technician": upper-case IT is the field, not the pronoun.
    (!NOT_QUALIFIERS.has(t.lower) || t.text === 'IT') &&
    !levelOf(t.lower) &&
    !ROLE_WORDS.test(t.lower) &&
    !roleNounOf(t.lower) &&
    !/^\d/.test(t.lower) &&
    // "Ex-army vehicle mechanic": a past affiliation is no part of the role.
    !/^ex-/.test(t.lower) &&
    !placeChars.has(t.start) &&
    !isNegated(negated, t.start);
  const found: RoleMention[] = [];
  let offset = 0;
  for (const clause of text.split(/([.;:!?\n•|()]+(?=\s|$)|[;:!?\n•|()]|\s[-–—]\s)/)) {
    if (clause && !/^[.;:!?\n•|()\s–—-]+$/.test(clause)) {
      const tokens = tokenize(clause, offset);
      found.push(...clauseRoles(tokens, qualifies, (t) => isNegated(negated, t.start)));
    }
    offset += clause.length;
  }
  return found;
}

/** "Data scientist roles: product analytics, experimentation": fields beside a named role are its specialities. */
export function preferStrong(mentions: readonly RoleMention[]): RoleMention[] {
  // A bare noun ("Principal engineer or above — Backend / platform") is no named role to defer to.
  const strong = (m: RoleMention) => !m.weak && m.role.includes(' ');
  return mentions.some(strong) ? mentions.filter((m) => !m.weak) : [...mentions];
}

/** Distinct roles, a bare noun ("engineer") dropped when a qualified role has the same noun. */
export function distinctRoles(mentions: readonly RoleMention[]): string[] {
  const roles = [...new Set(mentions.map((m) => m.role))];
  return roles.filter((r) => r.includes(' ') || !roles.some((o) => o !== r && o.endsWith(` ${r}`)));
}

/** The roles a text names (see roleMentions). */
export function rolesFrom(text: string, negated: readonly Span[]): string[] {
  return distinctRoles(preferStrong(roleMentions(text, negated)));
}
