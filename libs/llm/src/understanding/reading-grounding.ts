import { canonicalIndustry, INDUSTRY_TERMS, roleAbbreviation } from '@job-hunter/domain';
import { fold, mentions } from './understanding-values';

/**
 * Whether values Claude read are borne out by the person's words. An exclusion or a role the text
 * does not support would hide jobs or search for the wrong work, so such values are dropped (and
 * said so) rather than trusted; the check is loose enough for the contract's normalisations
 * ("nursing jobs" → nurse, "ML roles" → machine learning engineer, "SDE-2" → software engineer).
 */

const wordsOf = (text: string): string[] => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The same word or one stem: "nurse"/"nursing", "developer"/"development", "bets"/"betting",
 * "software"/"softwareentwickler", and a clipped word for the whole ("infra" for infrastructure).
 */
export function sameStem(wanted: string, written: string): boolean {
  if (wanted === written) return true;
  const a = wanted.length > 3 ? wanted.replace(/e?s$/, '') : wanted;
  const b = written.length > 3 ? written.replace(/e?s$/, '') : written;
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared += 1;
  if (shared >= 4 && a.length - shared <= 3) return true;
  // One word is the start of the other: a clipped form ("infra", 4+ letters) or a short stem ("bet").
  const prefix = shared === Math.min(a.length, b.length);
  return prefix && (shared >= 4 ? b.length === shared : shared >= 3 && Math.abs(a.length - b.length) <= 4);
}

/** Initials of each run of two or more of the role's words: "machine learning engineer" → ml, mle, le. */
function initialisms(roleWords: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < roleWords.length; i += 1) {
    for (let j = i + 2; j <= roleWords.length; j += 1) {
      out.push(
        roleWords
          .slice(i, j)
          .map((w) => w[0])
          .join(''),
      );
    }
  }
  return out;
}

/**
 * A role with one of its words (or a stem of it) in the text, or named by an abbreviation. Loose on
 * purpose: it catches roles taken from nowhere (the resume's title for a text that names no role),
 * not roles normalised as the contract asks ("no people management" → engineering manager).
 */
export function roleGrounded(role: string, text: string): boolean {
  const roleWords = wordsOf(role);
  const textWords = wordsOf(text);
  if (roleWords.some((rw) => textWords.some((tw) => sameStem(rw, tw)))) return true;
  // Two-letter initials count in capitals only: "ML" is machine learning, "pm" a time of day.
  const tokens = text.match(/[\p{L}\p{N}-]+/gu) ?? [];
  const written = new Set(
    tokens.flatMap((t) => (t.length === 2 ? (t === t.toUpperCase() ? [fold(t)] : []) : [fold(t)])),
  );
  if (initialisms(roleWords).some((abbr) => written.has(abbr))) return true;
  const folded = fold(role);
  return tokens.some((w) => {
    const meant = roleAbbreviation(w.replace(/^-+|-+$/g, ''));
    return meant !== undefined && folded.includes(meant);
  });
}

/** A company the text names (case and spacing aside). */
export function companyGrounded(name: string, text: string): boolean {
  return mentions(text, name);
}

/** Whether the text holds the phrase, its last word in any form ("payday loan" for "payday loans"). */
function phraseIn(phrase: string, textWords: readonly string[]): boolean {
  const words = wordsOf(phrase);
  const last = words.length - 1;
  if (last < 0) return false;
  return textWords.some((_, i) =>
    words.every((w, j) => (j === last ? sameStem(w, textWords[i + j] ?? '') : w === textWords[i + j])),
  );
}

/** An industry of the vocabulary the text names by its name or one of the words people use for it, in any case or form. */
export function industryGrounded(industry: string, text: string): boolean {
  const known = canonicalIndustry(industry);
  const terms = known ? [known, ...(INDUSTRY_TERMS[known] ?? [])] : [industry];
  const textWords = wordsOf(text);
  return terms.some((term) => phraseIn(term, textWords));
}
