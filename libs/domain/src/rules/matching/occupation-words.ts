import { matchKey } from './match-text';

/**
 * Words of a job title or role as the occupation matcher compares them: lower case, accents
 * folded, singular, without level words. Catalog titles and job titles go through the same
 * function, so "Translators needed" meets "translator" and "Sr. Accountant II" meets "accountant".
 */

// Levels say how senior, not what the work is ("Sr. Accountant II" is an accountant). "staff",
// "principal", "lead" and "head" stay: "school principal", "tech lead", "head of sales" name roles,
// and the matcher finds "software engineer" inside "Staff Software Engineer" anyway.
const LEVEL_WORDS = new Set('senior sr snr junior jr mid i ii iii iv 1 2 3 4'.split(' '));

// Short words that end in "s" without being plurals, and words whose plural is irregular enough
// that stripping the "s" would join them with another word.
const KEEP_S = /(?:ss|us|is|ics?)$/;

/** A word in its singular form, by the simple English rules that titles need. */
export function singularWord(word: string): string {
  if (word.length <= 3 || KEEP_S.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

// Joining words: "Head of Engineering" and "Director, Engineering" compare equal, "FP&A" is "fp a".
const FILLER = new Set('of the a an and to in'.split(' '));

/** The comparable words of a phrase; level and joining words go unless they are all it has. */
export function occupationWords(phrase: string): string[] {
  const words = matchKey(phrase).split(' ').filter(Boolean).map(singularWord);
  const content = words.filter((w) => !LEVEL_WORDS.has(w) && !FILLER.has(w));
  return content.length ? content : words;
}

// Parts of a title that name different things: "Software Engineer, Backend (Payments) - Berlin".
// A hyphen inside a word ("full-stack", "co-founder") does not split; one beside a space does.
const SEGMENT_BREAK = /[,;:|()[\]{}/•·]|\s[-–—]+\s?|[-–—]+\s|\bat\b|\bfor\b|\bwith\b/giu;

/** A title's segments, in order, each as comparable words; empty segments are left out. */
export function titleSegments(title: string): string[][] {
  return title
    .split(SEGMENT_BREAK)
    .map(occupationWords)
    .filter((words) => words.length > 0);
}
