import { geoIndex, geoKey } from './geo-index';

/** A run of words in a text that is a gazetteer name. */
export interface GeoNameSpan {
  index: number;
  length: number;
  /** The `geoKey` of the span. */
  key: string;
}

// A word: letters and digits, with inner apostrophes and dots ("Xi'an", "U.S.A", "St.") kept in it.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*/gu;
// Words of one name are written apart by spaces, hyphens or a dot ("St. Louis", "Boulogne-Billancourt").
const JOINS_A_NAME = /^[\s.\-‐–]{1,3}$/;
const ASCII = /^[^\u0080-\uffff]*$/;

interface Word {
  start: number;
  end: number;
  /** The word's `geoKey` when it is ASCII, which `geoKey` reads a character at a time. */
  key?: string;
  /** What the gap before it adds to a key: ' ', or '' for dots only; undefined when not ASCII. */
  gapKey?: string;
  /** The gap before it joins it to the word before into one name. */
  joinsBefore: boolean;
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

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const prev = words.at(-1);
    const gap = prev ? text.slice(prev.end, start) : '';
    const word: Word = { start, end: start + m[0].length, joinsBefore: JOINS_A_NAME.test(gap || ' ') };
    // The key of ASCII words and gaps: lower case, dots and apostrophes dropped, a space for a gap of spaces or hyphens.
    if (ASCII.test(m[0])) word.key = m[0].toLowerCase().replace(/[.']/g, '');
    if (ASCII.test(gap)) word.gapKey = /[^.]/.test(gap) ? ' ' : '';
    words.push(word);
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
  const out: GeoNameSpan[] = [];
  for (let i = 0; i < words.length;) {
    const keys = nGramKeys(text, words, i, maxNameWords, (key) => names.has(key) || extra.has(key));
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
 * The keys of the joined n-grams starting at word i (n = 1, 2, …), each the `geoKey` of its text:
 * built word by word while the words are ASCII, and cut short once a key that no name begins with
 * would only grow by a space and more words (`mayGrow` says whether a key begins a name).
 */
function nGramKeys(
  text: string,
  words: Word[],
  i: number,
  maxWords: number,
  mayGrow: (key: string) => boolean,
): (string | undefined)[] {
  const keys: (string | undefined)[] = [];
  let built: string | undefined = '';
  for (let n = 1; n <= maxWords; n++) {
    const last = words[i + n - 1];
    const first = words[i];
    if (!first || !last || (n > 1 && !last.joinsBefore)) break;
    if (n > 1 && built !== undefined && last.gapKey === ' ' && !mayGrow(built)) break;
    const ascii: boolean = built !== undefined && last.key !== undefined && (n === 1 || last.gapKey !== undefined);
    built = ascii ? `${built}${n > 1 ? last.gapKey : ''}${last.key}` : undefined;
    keys.push(built ?? geoKey(text.slice(first.start, last.end)));
  }
  return keys;
}
