import { geoIndex, geoKey } from './geo-index';

/** A run of words in a text that is a gazetteer name. */
export interface GeoNameSpan {
  index: number;
  length: number;
  /** The `geoKey` of the span. */
  key: string;
}

// A word: letters and digits, with inner apostrophes and dots ("Xi'an", "U.S.A", "St.") kept in it, as
// /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*/u would read it.
// Words of one name are written apart by one to three spaces, hyphens or dots ("St. Louis", "Boulogne-Billancourt").

interface Word {
  start: number;
  end: number;
  /** The word's `geoKey` when it is ASCII, which `geoKey` reads a character at a time; else null. */
  key: string | null;
}

/** The gap before word k (k ≥ 1): whether it joins the two words into one name, and what it adds to a key. */
interface Gap {
  joins: boolean;
  /** ' ' for spaces or hyphens, '' for dots only; null when not ASCII. */
  key: string | null;
}

/** Characters that may join two words of one name: whitespace (\s), dots and hyphens. */
const JOINER = /^[\s.\-‐–]$/;
let joinerTable: Uint8Array | undefined;

/** JOINER by UTF-16 code unit, built on the first text read (about 8 ms), not when the module loads. */
function joiners(): Uint8Array {
  if (joinerTable) return joinerTable;
  joinerTable = new Uint8Array(0x10000);
  for (let code = 0; code < joinerTable.length; code++)
    joinerTable[code] = JOINER.test(String.fromCharCode(code)) ? 1 : 0;
  return joinerTable;
}
const DOT_CODE = 46;

/**
 * The gap before word k (k ≥ 1), read a character at a time (it is one or two characters, and this runs
 * for every word, where a slice and three regex tests each cost more): it joins when it is at most three
 * joiners (or empty); its key is '' for dots only, ' ' for other ASCII, null when not ASCII.
 */
function gapBefore(text: string, words: Word[], k: number): Gap {
  const from = words[k - 1]?.end ?? 0;
  const to = words[k]?.start ?? 0;
  const isJoiner = joiners();
  let joins = to - from <= 3;
  let ascii = true;
  let dotsOnly = true;
  for (let p = from; p < to; p++) {
    const code = text.charCodeAt(p);
    if (!isJoiner[code]) joins = false;
    if (code >= 128) ascii = false;
    if (code !== DOT_CODE) dotsOnly = false;
  }
  return { joins, key: ascii ? (dotsOnly ? '' : ' ') : null };
}

/**
 * Every `geoKey` name, and each of its first words ("new", "new york" for "new york city"): a key that
 * is none of these cannot grow into a name by more words after a space.
 */
let namePrefixes: Set<string> | undefined;
const extraPrefixes = new WeakMap<ReadonlySet<string>, Set<string>>();

function prefixesOf(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    out.add(key);
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) out.add(key.slice(0, at));
  }
  return out;
}

// `WORD` read a character at a time (no match objects for every word of a long text): letters, marks and
// digits, by an ASCII table or, for other characters, the regex's own class, remembered per code unit.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const ASCII_WORD = /^[A-Za-z0-9]$/;
const WORD_JOINERS = new Set(["'", '’', '.']);
const isWordCode = new Uint8Array(0x10000); // 0 not known yet, 1 a word character, 2 not
for (let code = 0; code < 128; code++) isWordCode[code] = ASCII_WORD.test(String.fromCharCode(code)) ? 1 : 2;

/** The length in code units of the word character at p, or 0 when there is none. */
function wordCharAt(text: string, p: number): number {
  const code = text.codePointAt(p) ?? 0;
  if (code > 0xffff) return WORD_CHAR.test(String.fromCodePoint(code)) ? 2 : 0;
  isWordCode[code] ||= WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return isWordCode[code] === 1 ? 1 : 0;
}

/** The end of the run of word characters from p. */
function runEnd(text: string, p: number): number {
  let end = p;
  for (let len = wordCharAt(text, end); len > 0; len = wordCharAt(text, end)) end += len;
  return end;
}

const APOSTROPHE_CODE = 39;

/** An ASCII word's key: lower case, dots and apostrophes dropped; null when the word is not ASCII. */
function asciiKey(text: string, start: number, end: number): string | null {
  let plain = true;
  for (let p = start; p < end; p++) {
    const code = text.charCodeAt(p);
    if (code >= 128) return null;
    if ((code >= 65 && code <= 90) || code === DOT_CODE || code === APOSTROPHE_CODE) plain = false;
  }
  const written = text.slice(start, end);
  return plain ? written : written.toLowerCase().replace(/[.']/g, '');
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (let p = 0; p < text.length;) {
    if (!wordCharAt(text, p)) {
      p += (text.codePointAt(p) ?? 0) > 0xffff ? 2 : 1;
      continue;
    }
    const start = p;
    p = runEnd(text, p);
    while (WORD_JOINERS.has(text.charAt(p)) && wordCharAt(text, p + 1)) p = runEnd(text, p + 1);
    words.push({ start, end: p, key: asciiKey(text, start, p) });
  }
  return words;
}

/**
 * The gazetteer names written in `text`, longest first at each word and left to right, found by
 * looking word n-grams up in the name dictionary: linear in the text, whatever the dictionary's size.
 * `accept` may refuse a span (capitalisation, stop words), and a shorter n-gram is tried instead;
 * `extraKeys` are looked up too (short codes that are not names: "SG", "NYC").
 */
export function findGeoNames(
  text: string,
  accept: (span: GeoNameSpan) => boolean = () => true,
  extraKeys: ReadonlySet<string> = new Set(),
): GeoNameSpan[] {
  const { namesByKey, maxNameWords } = geoIndex();
  namePrefixes ??= prefixesOf(namesByKey.keys());
  const names = namePrefixes;
  const extra = extraPrefixes.get(extraKeys) ?? prefixesOf(extraKeys);
  extraPrefixes.set(extraKeys, extra);
  const words = wordsOf(text);
  // Filled, not holey: a read of a gap not yet judged is then a plain read, not a prototype lookup.
  const gaps = new Array<Gap | undefined>(words.length).fill(undefined);
  const gap = (k: number) => (gaps[k] ??= gapBefore(text, words, k));
  const out: GeoNameSpan[] = [];
  for (let i = 0; i < words.length;) {
    const keys = nGramKeys(text, words, gap, i, maxNameWords, (key) => names.has(key) || extra.has(key));
    let taken = 0;
    for (let n = keys.length; n >= 1 && !taken; n--) {
      const key = keys[n - 1];
      const first = words[i];
      const last = words[i + n - 1];
      if (key === undefined || !first || !last || (!namesByKey.has(key) && !extraKeys.has(key))) continue;
      const span = { index: first.start, length: last.end - first.start, key };
      if (accept(span)) {
        out.push(span);
        taken = n;
      }
    }
    i += taken || 1;
  }
  return out;
}

/**
 * The keys of the joined n-grams starting at word i (n = 1, 2, …), each the `geoKey` of its text, or
 * undefined for one no name can have. Built word by word while the words are ASCII; a key no name
 * begins with (`mayGrow`) is no name, and no longer one either when the next gap adds a space — for
 * non-ASCII words too, whose every n-gram was otherwise read through Unicode folding up to the longest name.
 */
function nGramKeys(
  text: string,
  words: Word[],
  gap: (k: number) => Gap,
  i: number,
  maxWords: number,
  mayGrow: (key: string) => boolean,
): (string | undefined)[] {
  const keys: (string | undefined)[] = [];
  const first = words[i];
  let built: string | null = '';
  let grows = true;
  for (let n = 1; n <= maxWords; n++) {
    const last = words[i + n - 1];
    if (!first || !last) break;
    const join = n > 1 ? gap(i + n - 1) : undefined;
    if (join && (!join.joins || (join.key === ' ' && !grows))) break;
    built = built !== null && last.key !== null && join?.key !== null ? `${built}${join?.key ?? ''}${last.key}` : null;
    // A key of non-ASCII words ("we’re", "Zürich") is read whole; it grows by ' ' and a word the same way.
    const key = built ?? geoKey(text.slice(first.start, last.end));
    grows = mayGrow(key);
    keys.push(grows ? key : undefined);
  }
  return keys;
}
