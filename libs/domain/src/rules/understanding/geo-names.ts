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
  /** `keyHash` of the word's key when the word is ASCII, else null. */
  hash: number | null;
  /** The word's `geoKey` when it is ASCII, else null: built only when an n-gram reads it (see `keyOf`). */
  key?: string | null;
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

// The six gaps there are, shared: a gap is judged for nearly every word of a text.
const gapOf = (joins: boolean, key: string | null): Gap => Object.freeze({ joins, key });
const JOINING = { space: gapOf(true, ' '), dots: gapOf(true, ''), other: gapOf(true, null) };
const APART = { space: gapOf(false, ' '), dots: gapOf(false, ''), other: gapOf(false, null) };

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
  return (joins ? JOINING : APART)[ascii ? (dotsOnly ? 'dots' : 'space') : 'other'];
}

/**
 * Every `geoKey` name, and each of its first words ("new", "new york" for "new york city"): a key that
 * is none of these cannot grow into a name by more words after a space. `filter` has the bit of each
 * one's `keyHash` set (see `mayBegin`).
 */
interface Prefixes {
  keys: Set<string>;
  filter: Uint32Array;
}
let namePrefixes: Prefixes | undefined;
const extraPrefixes = new WeakMap<ReadonlySet<string>, Prefixes>();
const NO_KEYS: ReadonlySet<string> = new Set();

function prefixesOf(keys: Iterable<string>, base?: Prefixes): Prefixes {
  const out: Prefixes = { keys: new Set(base?.keys), filter: base?.filter.slice() ?? new Uint32Array(FILTER_WORDS) };
  const add = (key: string) => {
    out.keys.add(key);
    const hash = keyHash(key, 0, key.length);
    if (hash === null) return;
    const slot = filterSlot(hash);
    out.filter[slot >>> 5] = (out.filter[slot >>> 5] as number) | (1 << (slot & 31));
  };
  for (const key of keys) {
    add(key);
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) add(key.slice(0, at));
  }
  return out;
}

// A bit per slot, 2^20 slots (128 KB) for some 28,000 prefixes: of the words that begin no name, about
// one in twenty passes the filter and is looked up (4.5% of the real market's descriptions).
const FILTER_BITS = 20;
const FILTER_WORDS = 2 ** FILTER_BITS / 32;
const filterSlot = (hash: number) => Math.imul(hash, 0x9e3779b1) >>> (32 - FILTER_BITS);

/**
 * Whether an ASCII word may begin a name (or is one): false for most words of prose, told by one bit,
 * without copying the word out to a key and looking that up.
 */
function mayBegin(prefixes: Prefixes, hash: number): boolean {
  const slot = filterSlot(hash);
  return ((prefixes.filter[slot >>> 5] as number) & (1 << (slot & 31))) !== 0;
}

/**
 * A hash of what `asciiKey` makes of text[start, end): its characters in lower case, dots and apostrophes
 * dropped; null when one is not ASCII. Of a key, the key's own hash.
 */
function keyHash(text: string, start: number, end: number): number | null {
  let hash = 0;
  for (let p = start; p < end; p++) {
    const code = text.charCodeAt(p);
    if (code >= 128) return null;
    if (code !== DOT_CODE && code !== APOSTROPHE_CODE) hash = hashStep(hash, code);
  }
  return hash;
}

/** One ASCII character of a key into its hash, in lower case. */
const hashStep = (hash: number, code: number) =>
  (Math.imul(hash, 31) + (code >= 65 && code <= 90 ? code + 32 : code)) | 0;

// `WORD` read a character at a time (no match objects for every word of a long text): letters, marks and
// digits, by an ASCII table or, for other characters, the regex's own class, remembered per code unit.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const ASCII_WORD = /^[A-Za-z0-9]$/;
const WORD_JOINERS = new Set(["'", '’', '.'].map((ch) => ch.charCodeAt(0)));
const isWordCode = new Uint8Array(0x10000); // 0 not known yet, 1 a word character, 2 not
for (let code = 0; code < 128; code++) isWordCode[code] = ASCII_WORD.test(String.fromCharCode(code)) ? 1 : 2;

/** The length in code units of the word character at p, or 0 when there is none. */
function wordCharAt(text: string, p: number): number {
  const code = text.codePointAt(p) ?? 0;
  if (code > 0xffff) return WORD_CHAR.test(String.fromCodePoint(code)) ? 2 : 0;
  isWordCode[code] ||= WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return isWordCode[code] === 1 ? 1 : 0;
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

function keyOf(text: string, word: Word): string | null {
  if (word.key === undefined) word.key = word.hash === null ? null : asciiKey(text, word.start, word.end);
  return word.key;
}

/**
 * The words of a text, each with the hash of its key (`keyHash`) taken in the same pass: ASCII
 * characters are read by the table, others by `wordCharAt`.
 */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (let p = 0; p < text.length;) {
    const first = text.charCodeAt(p);
    if (first < 128 ? isWordCode[first] !== 1 : !wordCharAt(text, p)) {
      p += first < 128 || (text.codePointAt(p) ?? 0) <= 0xffff ? 1 : 2;
      continue;
    }
    const start = p;
    let hash: number | null = 0;
    for (;;) {
      // A run of word characters…
      for (let code = text.charCodeAt(p); p < text.length; code = text.charCodeAt(p)) {
        if (code < 128) {
          if (isWordCode[code] !== 1) break;
          if (hash !== null) hash = hashStep(hash, code);
          p++;
        } else {
          const size = wordCharAt(text, p);
          if (!size) break;
          hash = null;
          p += size;
        }
      }
      // …and another after an apostrophe or a dot ("Xi'an", "U.S.A"), which the key drops.
      const joiner = text.charCodeAt(p);
      if (!WORD_JOINERS.has(joiner) || !wordCharAt(text, p + 1)) break;
      if (joiner >= 128) hash = null;
      p++;
    }
    words.push({ start, end: p, hash });
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
  extraKeys: ReadonlySet<string> = NO_KEYS,
): GeoNameSpan[] {
  const { namesByKey, maxNameWords } = geoIndex();
  namePrefixes ??= prefixesOf(namesByKey.keys());
  const names = namePrefixes;
  // The names' prefixes with the extra keys' (a copy per set of extra keys, kept while the set lives).
  const prefixes = extraKeys.size ? (extraPrefixes.get(extraKeys) ?? prefixesOf(extraKeys, names)) : names;
  if (extraKeys.size) extraPrefixes.set(extraKeys, prefixes);
  const words = wordsOf(text);
  // Filled, not holey: a read of a gap not yet judged is then a plain read, not a prototype lookup.
  const gaps = new Array<Gap | undefined>(words.length).fill(undefined);
  const gap = (k: number) => (gaps[k] ??= gapBefore(text, words, k));
  const out: GeoNameSpan[] = [];
  for (let i = 0; i < words.length;) {
    // Most words begin no name and the next is written apart or after a space, so no n-gram from
    // here is a name (as `nGramKeys` would find, building the word's key and looking it up).
    const hash = words[i]?.hash ?? null;
    const next = i + 1 < words.length ? gap(i + 1) : undefined;
    if (hash !== null && !mayBegin(prefixes, hash) && (!next?.joins || next.key === ' ')) {
      i++;
      continue;
    }
    const keys = nGramKeys(text, words, gap, i, maxNameWords, (key) => prefixes.keys.has(key));
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
    const lastKey: string | null = built !== null && join?.key !== null ? keyOf(text, last) : null;
    built = built !== null && lastKey !== null && join?.key !== null ? `${built}${join?.key ?? ''}${lastKey}` : null;
    // A key of non-ASCII words ("we’re", "Zürich") is read whole; it grows by ' ' and a word the same way.
    const key = built ?? geoKey(text.slice(first.start, last.end));
    grows = mayGrow(key);
    keys.push(grows ? key : undefined);
  }
  return keys;
}
