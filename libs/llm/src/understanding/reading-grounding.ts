import { canonicalIndustry, INDUSTRY_TERMS, roleAbbreviation } from '@job-hunter/domain';
import { fold, mentions } from './understanding-values';

/**
 * Whether values Claude read are borne out by the person's words. An exclusion or a role the text
 * does not support would hide jobs or search for the wrong work, so such values are dropped (and
 * said so) rather than trusted; the check is loose enough for the contract's normalisations
 * ("nursing jobs" → nurse, "ML roles" → machine learning engineer, "SDE-2" → software engineer).
 */

const wordsOf = (text: string): string[] => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** The same word or one stem ("nurse"/"nursing", "developer"/"development", "software"/"softwareentwickler"). */
function sameStem(roleWord: string, textWord: string): boolean {
  if (roleWord === textWord) return true;
  let shared = 0;
  while (shared < roleWord.length && roleWord[shared] === textWord[shared]) shared += 1;
  return shared >= 4 && roleWord.length - shared <= 3;
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

/** An industry of the vocabulary the text names by its name or one of the words people use for it. */
export function industryGrounded(industry: string, text: string): boolean {
  const known = canonicalIndustry(industry);
  const words = known ? [known, ...(INDUSTRY_TERMS[known] ?? [])] : [industry];
  return words.some((w) => mentions(text, w));
}
