import { corrected, sentenceAround } from './prefs-corrections';
import { type Span } from './prefs-negation';
import { distinctRoles, preferStrong, roleMentions } from './prefs-role-mentions';
import { type RoleMention } from './prefs-roles';

// "I've been a frontend engineer", "I'm a corporate lawyer", "worked as a nurse", "Former offshore
// instrument tech": the person's own role.
const BACKGROUND_BEFORE =
  /\b(?:former(?:ly)?|ex(?:-\w+)?|previously|i've\s+been|i\s+have\s+been|i\s+was|i'm|i\s+am|worked\s+as|working\s+as|currently\s+(?:an?|working\s+as))\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}$/i;
// "as a QA engineer" after years or work: "I've spent four years as a QA engineer".
const AS_BEFORE =
  /\b(?:years?|months?|experience|spent|worked|working|career|currently|employed|make|earn)\b[^.;,]{0,30}\bas\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}$/i;
// "Teacher for 10 years", "frontend engineer for like 4 years", "nurse with 8 years on wards".
const YEARS_AFTER =
  /^[^,.;]{0,40}?\b(?:for|with)\s+(?:like\s+|about\s+|over\s+|almost\s+)?(?:\d+|\w+)\+?\s+(?:years?|yrs)\b/i;
// A sentence about experience ("6 years PQE, currently at a tier-1 firm") that asks for nothing.
const EXPERIENCE = /\b(?:\d+\+?\s*years?|years?\s+of|experience|pqe|currently\s+(?:at|with)|since\s+\d{4})\b/i;
const WISH_VERBS =
  'look(?:ing)?|hop(?:e|ing)|want\\w*|seek\\w*|search\\w*|interested|open\\s+to|apply\\w*|target\\w*|move\\s+(?:in)?to|become|switch\\w*|transition\\w*';
const WISH = new RegExp(`\\b(?:${WISH_VERBS}|prefer\\w*|roles?|jobs?|positions?|openings?|posts?)\\b`, 'i');

// A verb of wishing (not a role word): what comes before it in the sentence is the person's present.
const WISH_VERB = new RegExp(`\\b(?:${WISH_VERBS})\\b`, 'i');

function isBackground(text: string, m: RoleMention): boolean {
  const { start, end } = sentenceAround(text, m.at);
  const before = text.slice(start, m.at);
  // "I'm looking for associate attorney roles": a wish between "I'm" and the role makes it no background.
  const own = BACKGROUND_BEFORE.exec(before);
  if ((own && !WISH_VERB.test(own[0])) || AS_BEFORE.test(before) || YEARS_AFTER.test(text.slice(m.at, end)))
    return true;
  const sentence = text.slice(start, end);
  if (EXPERIENCE.test(sentence) && !WISH.test(sentence)) return true;
  // "Commercial lawyer, 4 PQE, looking at in-house legal counsel roles": experience between the role and the wish.
  const rest = text.slice(m.at, end);
  const wish = WISH_VERB.exec(rest);
  return !!wish && EXPERIENCE.test(rest.slice(0, wish.index));
}

/**
 * "Postdoctoral researcher in materials chemistry; … Looking for research scientist positions": a role
 * opening the text in a sentence that asks for nothing introduces the person when a later sentence
 * asks, with a verb of wishing, for another role.
 */
function introducesThePerson(text: string, m: RoleMention, mentions: readonly RoleMention[]): boolean {
  const { start, end } = sentenceAround(text, m.at);
  // At most a level or article before it: "Junior copywriter at a small agency."
  if (start !== 0 || !/^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(0, m.at)) || WISH.test(text.slice(0, end)))
    return false;
  return mentions.some((o) => {
    if (o.at < end || o.role === m.role) return false;
    const s = sentenceAround(text, o.at);
    return WISH_VERB.test(text.slice(s.start, s.end));
  });
}

/**
 * The roles the person asks for. A text that corrects itself counts as corrected; the person's own
 * background ("I've been a frontend engineer … I want to move into backend", "Corporate lawyer, 6 years
 * PQE … legal counsel roles") gives way to the roles they ask for, and stands when they ask for no other.
 */
export function wishedRolesFrom(text: string, negated: readonly Span[], refused: readonly string[] = []): string[] {
  // "Want to move to AE eventually … so no AE jobs": a role the text refuses is not one it asks for.
  const mentions = corrected(text, roleMentions(text, negated)).filter((m) => !refused.includes(m.role));
  const wished = mentions.filter((m) => !isBackground(text, m) && !introducesThePerson(text, m, mentions));
  return distinctRoles(preferStrong(wished.length > 0 ? wished : mentions));
}
