import {
  canonicalSkill,
  clippedRoleNounOf,
  expandedQualifier,
  roleAbbreviation,
  roleNeedsQualifier,
  roleNounOf,
} from '@job-hunter/domain';
import {
  AFTER_BARE,
  BARE_SPECIALTIES,
  CLIENT_WORK,
  COORDINATORS,
  FIELD_HEADS,
  IMPLIED_HEADS,
  LEADS_A_FIELD,
  NOT_A_ROLE_AFTER,
  OF_FIELDS,
  PAST_WORDS,
  ROLE_WORDS,
  WISH_WORDS,
} from './prefs-role-words';

/** Whether the nearest cue before token i speaks of the past ("experience in") rather than a wish ("move into"). */
function pastBefore(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const w = tokens[j]?.lower ?? '';
    if (WISH_WORDS.has(w)) return false;
    if (PAST_WORDS.has(w)) return true;
  }
  return false;
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  sep: boolean;
}

// "UI/UX", "FI/CO", "AI/ML", "L&D": two short words joined by a slash or "&" are one compound speciality.
const TOKEN =
  /\p{L}{1,3}[/&]\p{L}{1,3}(?![\p{L}\p{N}])|\.?[\p{L}\p{N}][\p{L}\p{N}+#.'’-]*[\p{L}\p{N}+#]|\.?[\p{L}\p{N}]|[,/&+]/gu;

export function tokenize(clause: string, offset: number): Token[] {
  const out: Token[] = [];
  for (const m of clause.matchAll(TOKEN)) {
    const text = m[0];
    out.push({ text, lower: text.toLowerCase(), start: offset + m.index, sep: /^[,/&+]$/.test(text) });
  }
  return out;
}

function isHeadNoun(t: Token | undefined): boolean {
  return !!t && !t.sep && (!!roleNounOf(t.lower) || !!roleAbbreviation(t.text));
}

export type Qualifies = (t: Token | undefined, index: number) => boolean;

/** The qualifier words right before `end` (exclusive), at most three: "machine learning" in "machine learning engineer". */
function qualifiersBefore(tokens: Token[], end: number, qualifies: Qualifies): Token[] {
  const out: Token[] = [];
  for (let j = end - 1; j >= 0 && out.length < 3 && qualifies(tokens[j], j); j--) out.unshift(tokens[j] as Token);
  return out;
}

function roleText(qualifiers: Token[], head: string): string {
  return [...qualifiers.map((q) => expandedQualifier(q.lower)), head]
    .join(' ')
    .replace(/\bback[\s-]end\b/g, 'backend')
    .replace(/\bfront[\s-]end\b/g, 'frontend')
    .replace(/\bfull[\s-]?stack\b/g, 'full-stack')
    .replace(/\binfra\b/g, 'infrastructure');
}

function followedByRoleWord(tokens: Token[], i: number): boolean {
  // "backend engineering or data science roles": the role word may follow a coordinated field.
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const t = tokens[j] as Token;
    if (ROLE_WORDS.test(t.lower)) return true;
    if (!t.sep && !COORDINATORS.test(t.lower) && !(t.lower in FIELD_HEADS) && !/^[\p{L}.]/u.test(t.lower)) break;
  }
  return false;
}

/** "an internship in product design", "a job in data science": a field after "<role word> in" is the role. */
function afterRoleWordIn(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(1, i - 4); j--) {
    const t = tokens[j] as Token;
    if (t.sep) return false;
    // "a mechanical engineer job in design": after a named role the field is its area, not another role.
    if (t.lower === 'in') return ROLE_WORDS.test(tokens[j - 1]?.lower ?? '') && !isHeadNoun(tokens[j - 2]);
  }
  return false;
}

/** "Teacher of chemistry", "professor of economics": a role noun with its subject after "of" → "chemistry teacher". */
function subjectAfterOf(tokens: Token[], i: number, qualifies: Qualifies): Token | undefined {
  const [of, subject, after] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (of?.lower !== 'of' || !subject || !qualifies(subject, i + 2)) return undefined;
  return !after ||
    after.sep ||
    COORDINATORS.test(after.lower) ||
    /^(?:in|at|for|roles?|jobs?|positions?|posts?)$/i.test(after.lower)
    ? subject
    : undefined;
}

const VERB_BEFORE =
  /^(?:i|we|they|can|can't|cannot|could|couldn't|will|won't|would|wouldn't|should|must|may|might|don't|didn't)$/;

/** "can't exactly nurse from my sofa", "I cook for events": after a modal or a subject (and an adverb) the noun is a verb. */
function usedAsVerb(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower ?? '';
  if (VERB_BEFORE.test(prev)) return true;
  return /^(?:exactly|really|just|also|still|only)$/.test(prev) && VERB_BEFORE.test(tokens[i - 2]?.lower ?? '');
}

function endsPhrase(next: Token | undefined): boolean {
  return !next || next.sep || ROLE_WORDS.test(next.lower) || AFTER_BARE.test(next.lower);
}

interface Head {
  head: string;
  /** An abbreviation that is a whole role on its own. */
  whole: boolean;
  /** The token is itself the last qualifier ("platform" in "platform roles"). */
  implied: boolean;
  /** A field noun that makes a role only with a qualifier ("data engineering," but not "engineering,"). */
  needsQualifier?: boolean;
  /** A speciality standing alone in a note ("sr backend, blr"), with no role noun or role word. */
  bare?: boolean;
}

/** A role noun naming the field of a next noun that needs one: "nurse" in "nurse practitioner". */
function modifiesNext(tokens: Token[], i: number): boolean {
  const [t, next] = [tokens[i], tokens[i + 1]];
  const noun = t && !t.sep ? roleNounOf(t.lower) : undefined;
  const nextNoun = next && !next.sep ? roleNounOf(next.lower) : undefined;
  return !!noun && !roleNeedsQualifier(noun) && !!nextNoun && roleNeedsQualifier(nextNoun);
}

/** "head chef", "head nurse", "head teacher": "head" before a role noun that stands alone is part of the title. */
export function headOfTitle(tokens: readonly { lower: string; sep: boolean }[], i: number): boolean {
  const [t, next] = [tokens[i], tokens[i + 1]];
  const noun = next && !next.sep ? roleNounOf(next.lower) : undefined;
  return t?.lower === 'head' && !!noun && !roleNeedsQualifier(noun);
}

/** The role head at token i, if any. */
function headAt(tokens: Token[], i: number): Head | undefined {
  const t = tokens[i];
  if (!t || t.sep) return undefined;
  const next = tokens[i + 1];
  const abbr = roleAbbreviation(t.text);
  if (abbr) return isHeadNoun(next) ? undefined : { head: abbr, whole: true, implied: false };
  // "pharmacy tech, CPhT": a clipped noun ends its phrase; "tech lead", "tech companies" are no technician.
  const noun = roleNounOf(t.lower) ?? (endsPhrase(next) ? clippedRoleNounOf(t.lower, tokens[i - 1]?.lower) : undefined);
  if (noun && usedAsVerb(tokens, i)) return undefined;
  // "lead engineer", "associate attorney": a noun that needs a qualifier is a level before another noun.
  if (noun) {
    const modifier = (roleNeedsQualifier(noun) && isHeadNoun(next)) || modifiesNext(tokens, i);
    return modifier ? undefined : { head: noun, whole: false, implied: false };
  }
  // "Bilingual customer support", "customer service / virtual assistant jobs": client-facing work is a role.
  // "customer support agent": the role noun after it heads the role.
  if (CLIENT_WORK.work.test(t.lower) && CLIENT_WORK.who.test(tokens[i - 1]?.lower ?? '') && !isHeadNoun(next)) {
    return { head: t.lower.replace(/^services$/, 'service'), whole: false, implied: false };
  }
  const field = FIELD_HEADS[t.lower];
  // "analytics engineering": a field noun before another field noun qualifies it.
  if (field && !isHeadNoun(next) && !(next && FIELD_HEADS[next.lower])) {
    if (followedByRoleWord(tokens, i) || afterRoleWordIn(tokens, i))
      return { head: field, whole: false, implied: false };
    // "Just data engineering, anywhere in Canada": the field as the thing wanted, with its qualifier.
    const describesPast = pastBefore(tokens, i);
    if ((!next || next.lower === ',') && !describesPast) {
      return { head: field, whole: false, implied: false, needsQualifier: true };
    }
  }
  const implied = IMPLIED_HEADS[t.lower];
  if (implied && next && ROLE_WORDS.test(next.lower)) return { head: implied, whole: false, implied: true };
  if (implied && BARE_SPECIALTIES.has(t.lower) && (!next || AFTER_BARE.test(next.lower)) && !bareInList(tokens, i)) {
    return { head: implied, whole: false, implied: true, bare: true };
  }
  return undefined;
}

/** A head that names a role by itself, not a bare speciality that a later role word may share. */
function namedHeadAt(tokens: Token[], i: number): boolean {
  const head = headAt(tokens, i);
  return !!head && !head.bare;
}

/** A speciality followed by a coordinated word that is neither a speciality nor a skill ("backend and databases") is not bare. */
function bareInList(tokens: Token[], i: number): boolean {
  const [next, after] = [tokens[i + 1], tokens[i + 2]];
  if (!next || !/^(?:or|and|\/|\+)$/i.test(next.lower)) return false;
  // "backend/python", "backend and Go": a speciality with its language is still the wish.
  if (after && canonicalSkill(after.text)) return false;
  return !!after && !IMPLIED_HEADS[after.lower] && !FIELD_HEADS[after.lower] && !isHeadNoun(after);
}

/** "a team of 6-12 engineers", "my recruiter friend": a role noun counted or owned names people, not a wish. */
function namesPeople(tokens: Token[], start: number): boolean {
  const prev = tokens[start - 1];
  // "Class 1 HGV driver", "Level 3 support": a number after a class or grade names a licence or tier, not a count.
  const graded = /^(?:class|cat|category|level|grade|band|tier|step|year)$/.test(tokens[start - 2]?.lower ?? '');
  return !!prev && ((/^\d/.test(prev.lower) && !graded) || /^(?:my|our|his|her|their|your)$/.test(prev.lower));
}

/** "head of growth", "VP of data platform": the leadership noun, "of" and one or two field words. */
function leadershipRoleAt(
  tokens: Token[],
  i: number,
  qualifies: Qualifies,
): { role: string; length: number } | undefined {
  const [t, of] = [tokens[i], tokens[i + 1]];
  const noun = t && !t.sep ? roleNounOf(t.lower) : undefined;
  if (!noun || !LEADS_A_FIELD.has(noun)) return undefined;
  // "VP Engineering", "Head Product": the field may follow with "of" left out.
  const withOf = of?.lower === 'of';
  const from = withOf ? i + 2 : i + 1;
  if (!withOf && !(of && (FIELD_HEADS[of.lower] || OF_FIELDS.has(of.lower)))) return undefined;
  const field: Token[] = [];
  for (let k = from; k < tokens.length && field.length < 2 && qualifies(tokens[k], k); k++)
    field.push(tokens[k] as Token);
  if (field.length === 0) return undefined;
  return { role: `${t?.lower} of ${field.map((f) => f.lower).join(' ')}`, length: from - i + field.length };
}

export interface RoleMention {
  at: number;
  role: string;
  /** A field or speciality named without a role word ("data engineering,", "sr backend"): a role only when the text names no other. */
  weak?: boolean;
}

export function clauseRoles(tokens: Token[], qualifiesWord: Qualifies, negated: (t: Token) => boolean): RoleMention[] {
  const qualifies: Qualifies = (t, k) =>
    qualifiesWord(t, k) || (!!t && !negated(t) && (modifiesNext(tokens, k) || headOfTitle(tokens, k)));
  const found: { at: number; role: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const leadership = negated(tok) ? undefined : leadershipRoleAt(tokens, i, qualifies);
    if (leadership) {
      found.push({ at: tok.start, role: leadership.role });
      i += leadership.length - 1; // the field words belong to this role
      continue;
    }
    const head = headAt(tokens, i);
    if (!head || negated(tok)) continue;
    // "would need a skilled worker visa": the phrase names a visa.
    if (NOT_A_ROLE_AFTER.test(tokens[i + 1]?.lower ?? '')) continue;
    if (head.whole) {
      found.push({ at: tok.start, role: head.head });
      continue;
    }
    const end = head.implied ? i + 1 : i;
    const before = qualifiersBefore(tokens, i, qualifies);
    // "Go or Rust backend roles": languages before a speciality are skills, not part of the role.
    const specialtyAt = head.implied ? before.length : before.findIndex((q) => IMPLIED_HEADS[q.lower]);
    const kept =
      specialtyAt > 0 && before.slice(0, specialtyAt).every((q) => canonicalSkill(q.text))
        ? before.slice(specialtyAt)
        : before;
    const quals = [...kept, ...(head.implied ? [tok] : [])];
    if ((roleNeedsQualifier(head.head) || head.needsQualifier) && quals.length === 0) continue;
    if (namesPeople(tokens, tokens.indexOf(quals[0] ?? tok))) continue;
    // "DevOps/platform": a bare speciality coordinated with a whole engineering role stands with it.
    const [coord, prevRole] = [tokens[i - 1], tokens[i - 2]];
    const withWhole =
      !!head.bare &&
      !!coord &&
      COORDINATORS.test(coord.lower) &&
      /engineer$/.test(roleAbbreviation(prevRole?.text ?? '') ?? '');
    const weak = (head.needsQualifier || head.bare) && !withWhole ? { weak: true } : {};
    const subject = quals.length === 0 && !head.implied ? subjectAfterOf(tokens, i, qualifies) : undefined;
    if (subject) {
      found.push({ at: tok.start, role: roleText([subject], head.head) });
      i += 2; // "of" and the subject belong to this role
      continue;
    }
    found.push({ at: quals[0]?.start ?? tok.start, role: roleText(quals, head.head), ...weak });
    // "backend or platform engineering": the earlier qualifiers share the head noun.
    let j = end - quals.length - 1;
    while (j > 0 && COORDINATORS.test(tokens[j]?.lower ?? '')) {
      const limit = tokens[j]?.lower === ',' ? 1 : 2;
      // A coordinated word that heads its own role ("product management or product design roles") shares nothing.
      const shared = qualifiersBefore(tokens, j, (t, k) => qualifies(t, k) && !namedHeadAt(tokens, k));
      if (shared.length === 0 || shared.length > limit || namedHeadAt(tokens, j - shared.length - 1)) break;
      const languages = shared.every((q) => canonicalSkill(q.text) && !IMPLIED_HEADS[q.lower]);
      if (quals.some((q) => IMPLIED_HEADS[q.lower]) && languages) break;
      found.push({ at: shared[0]?.start ?? 0, role: roleText(shared, head.head), ...weak });
      j -= shared.length + 1;
    }
  }
  return found.sort((a, b) => a.at - b.at);
}
