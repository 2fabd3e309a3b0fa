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

interface Word {
  start: number;
  end: number;
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
  const words: Word[] = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const out: GeoNameSpan[] = [];
  for (let i = 0; i < words.length;) {
    let taken = 0;
    for (let n = Math.min(maxNameWords, words.length - i); n >= 1 && !taken; n--) {
      const last = words[i + n - 1];
      const first = words[i];
      if (!first || !last || !joined(text, words, i, n)) continue;
      const key = geoKey(text.slice(first.start, last.end));
      if (!namesByKey.has(key) && !extraKeys.has(key)) continue;
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

function joined(text: string, words: Word[], i: number, n: number): boolean {
  for (let k = i + 1; k < i + n; k++) {
    const prev = words[k - 1];
    const next = words[k];
    if (!prev || !next || !JOINS_A_NAME.test(text.slice(prev.end, next.start) || ' ')) return false;
  }
  return true;
}
