/**
 * Finds, left to right, the first of many alias patterns that matches at a text position — the same
 * match one big `BOUNDARY(?:(a1)|(a2)|…)after` alternation with flags `iu` would give, without trying
 * every alternative at every character. Each alias is filed in a trie of its case-folded characters
 * without spaces, hyphens and dots: a position is tried only for the aliases the text there spells
 * that way (skipping spaces, hyphens and dots), each with its own sticky regex, in the given order.
 */

/**
 * An alias to look for: `pattern` is its regex source, matching the alias's own characters in any case
 * with spaces, hyphens or a dot allowed or required only where the alias has a space, hyphen or dot;
 * `head` is the literal text every match of it begins with (empty when it may begin otherwise).
 */
export interface ScanAlias {
  alias: string;
  pattern: string;
  head: string;
}

export interface AliasHit {
  /** Index into the aliases given to `aliasScanner`. */
  alias: number;
  index: number;
  text: string;
}

/**
 * The aliases' trie as flat tables over the few characters aliases use (about 40): the child of state s
 * by the character in column c is `next[s * width + c] - 1` (-1: none), `column[code]` is the column of a
 * folded ASCII code (-1: no alias has it), and `ends[s]` lists the aliases whose head ends there, flagged
 * in `ending[s]` (a typed read for the many states no alias ends at).
 */
interface Trie {
  next: Int32Array;
  width: number;
  column: Int8Array;
  ending: Uint8Array;
  ends: (readonly number[])[];
}

/** Builds the trie of the given character-code paths (alias i by path i; undefined: not filed). */
function buildTrie(paths: readonly (readonly number[] | undefined)[]): Trie {
  const column = new Int8Array(128).fill(-1);
  let width = 0;
  for (const code of paths.flatMap((path) => path ?? [])) if (column[code] === -1) column[code] = width++;
  const children: number[][] = [[]];
  const ends: number[][] = [[]];
  paths.forEach((path, i) => {
    if (!path) return;
    let state = 0;
    for (const code of path) {
      const c = column[code] as number;
      let child = children[state]?.[c];
      if (child === undefined) {
        child = children.length;
        children.push([]);
        ends.push([]);
        (children[state] as number[])[c] = child;
      }
      state = child;
    }
    ends[state]?.push(i);
  });
  const next = new Int32Array(children.length * width);
  children.forEach((row, state) => row.forEach((child, c) => (next[state * width + c] = child + 1)));
  const ending = Uint8Array.from(ends, (list) => (list.length ? 1 : 0));
  return { next, width, column, ending, ends };
}

/**
 * The character code `/iu` matching treats a text character as, for heads of ASCII characters: ASCII
 * letters by their lower case, and the only two other characters Unicode simple case folding maps to
 * ASCII — the long s (U+017F) and the Kelvin sign (U+212A).
 */
function fold(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 0x17f) return 115;
  if (code === 0x212a) return 107;
  return code;
}

function asciiTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}
const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** The ASCII characters `BOUNDARY` refuses right before a match. */
const WORD_BEFORE = asciiTable(`${ALNUM}_@#+`);
const isWordBefore = (code: number) => code < 128 && WORD_BEFORE[code] === 1;
/** ASCII characters no match may be followed by (the lookahead every alias pattern ends with refuses them). */
const WORD_AFTER = asciiTable(`${ALNUM}_+#`);
/** Spaces, hyphens and dots, which the trie leaves out. */
const SEPARATOR = /[\s.-]/;
const SKIP = 254;
const STOP = 255;
const SKIP_COLUMN = -2;
let trieCodes: Uint8Array | undefined;

/** What each UTF-16 code unit is to the trie walk: its folded ASCII code, SKIP (a separator) or STOP. */
function trieCodeTable(): Uint8Array {
  if (trieCodes) return trieCodes;
  trieCodes = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const folded = fold(code);
    trieCodes[code] = SEPARATOR.test(String.fromCharCode(code)) ? SKIP : folded < 128 ? folded : STOP;
  }
  return trieCodes;
}
const DOT = 46;
/** Where a match may start: no letter, digit, _, @, # or + just before it, nor a letter or digit and a dot ("e.g", "v.2"). */
const BOUNDARY = /(?<![\p{L}\p{N}_@#+])(?<![\p{L}\p{N}]\.)/iuy;

export interface AliasScanner {
  /** The first alias match at or after `from`, or null. */
  next(text: string, from: number): AliasHit | null;
}

/**
 * Every match starts at a `BOUNDARY`, as the alternation's leading lookbehinds would check; `after` is
 * the lookahead that follows every alias and refuses a letter, digit, _, + or # after it. An alias that
 * is not plain ASCII, or has no head, is tried at every position.
 */
export function aliasScanner(aliases: readonly ScanAlias[], after: string): AliasScanner {
  const everywhere: number[] = [];
  // Characters a filed alias can begin with, as UTF-16 code units.
  const starts = new Uint8Array(0x10000);
  const paths = aliases.map(({ alias, head }, i) => {
    if (!head || !/^[\x20-\x7e]+$/.test(alias)) {
      everywhere.push(i);
      return undefined;
    }
    starts[head.toLowerCase().charCodeAt(0)] = 1;
    return [...alias.toLowerCase()].filter((ch) => !SEPARATOR.test(ch)).map((ch) => ch.charCodeAt(0));
  });
  for (let code = 0; code < starts.length; code++) starts[code] = starts[fold(code)] ?? 0;
  const { next: trie, width, column, ending, ends: endsAt } = buildTrie(paths);
  // Each code unit's column in the trie, or SKIP_COLUMN (a separator) or -1: one read per step of a walk.
  const codes = trieCodeTable();
  const columns = Int8Array.from(codes, (code) =>
    code === SKIP ? SKIP_COLUMN : code === STOP ? -1 : (column[code] as number),
  );
  // Each alias alone, and `after` alone: compiling `after`'s Unicode classes once, not once per alias.
  const sticky = aliases.map(({ pattern }) => new RegExp(pattern, 'iuy'));
  const ends = new RegExp(after, 'iuy');
  // Alias and `after` together, for when the alias's first match is refused by `after` and a shorter one may do.
  const together: (RegExp | undefined)[] = [];
  const withAfter = (i: number) => (together[i] ??= new RegExp(`(?:${aliases[i]?.pattern})${after}`, 'iuy'));

  /**
   * Whether a match may start at p. The character before settles it when it is ASCII other than a dot
   * (or there is none); after a dot or a non-ASCII character the regex decides.
   */
  function boundaryAt(text: string, p: number): boolean {
    if (p === 0) return true;
    const prev = text.charCodeAt(p - 1);
    if (prev < 128 && prev !== DOT) return !WORD_BEFORE[prev];
    BOUNDARY.lastIndex = p;
    return BOUNDARY.test(text);
  }

  /** The aliases spelled from p on, in order; those followed by a letter or digit cannot match. */
  function candidates(text: string, p: number): readonly number[] {
    let found: readonly number[] = everywhere;
    let state = 0;
    for (let j = p; j < text.length; j++) {
      const c = columns[text.charCodeAt(j)] as number;
      if (c === SKIP_COLUMN) continue;
      state = c < 0 ? -1 : (trie[state * width + c] as number) - 1;
      if (state < 0) break;
      if (!ending[state]) continue;
      const following = text.charCodeAt(j + 1);
      if (!(following < 128 && WORD_AFTER[following])) found = [...found, ...(endsAt[state] as readonly number[])];
    }
    return found.length > 1 ? [...found].sort((a, b) => a - b) : found;
  }

  // With the `u` flag a regex never starts inside a surrogate pair.
  const insidePair = (text: string, p: number) =>
    /[\udc00-\udfff]/.test(text.charAt(p)) && /[\ud800-\udbff]/.test(text.charAt(p - 1));

  function matchAt(text: string, p: number): AliasHit | null {
    // The walk first: at most word starts it finds nothing, and the boundary need not be read.
    const found = candidates(text, p);
    if (!found.length || !boundaryAt(text, p)) return null;
    for (const i of found) {
      const re = sticky[i];
      if (!re) continue;
      re.lastIndex = p;
      let m = re.exec(text);
      ends.lastIndex = re.lastIndex;
      if (m && !ends.test(text)) {
        const both = withAfter(i);
        both.lastIndex = p;
        m = both.exec(text);
      }
      if (m) return { alias: i, index: p, text: m[0] };
    }
    return null;
  }

  return {
    next(text, from) {
      // No match starts right after an ASCII letter, digit, _, @, # or +: each character is read once,
      // telling whether the next one may start a match.
      let afterWord = from > 0 && isWordBefore(text.charCodeAt(from - 1));
      for (let p = from; p < text.length; p++) {
        const code = text.charCodeAt(p);
        // Most characters are ruled out here: no alias begins with them, or a letter or digit is before them.
        const tried = !afterWord && (everywhere.length ? !insidePair(text, p) : starts[code] === 1);
        afterWord = isWordBefore(code);
        if (!tried) continue;
        const hit = matchAt(text, p);
        if (hit) return hit;
      }
      return null;
    },
  };
}
