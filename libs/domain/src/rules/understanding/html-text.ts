import { decodeHTMLStrict } from 'entities';

/**
 * Decodes HTML character references with the maintained `entities` tables: every named entity of the
 * HTML standard, case-sensitive as browsers read them (&Eacute; is É, &eacute; é), and numeric ones.
 * Strict: a reference needs its semicolon, so a URL's "&notify=1" or "&copy" in prose stays as written.
 * Boards often double-escape ("&amp;lt;p&amp;gt;"), so decode until stable (bounded).
 */
export function decodeEntities(s: string): string {
  let out = s;
  for (let i = 0; i < 3 && out.includes('&'); i++) {
    const next = decodeHTMLStrict(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

// What cleanText makes of each UTF-16 code unit. TEXT is kept as is. SPACE: a run of these (invisible
// characters inside the run do not end it) becomes one ' '. OTHER_SPACE (\u1680, \u2028, \u2029) is
// whitespace that stays between words but goes, like SPACE, at a line break and at either end. BREAK
// and RETURN end a line (\r\n is one break). INVISIBLE is dropped: zero-width characters, BOM, soft
// hyphen and the C0/C1 controls other than tab and the line ends.
const TEXT = 0;
const SPACE = 1;
const OTHER_SPACE = 2;
const BREAK = 3;
const RETURN = 4;
const INVISIBLE = 5;
const KIND = new Uint8Array(0x10000);
const ranges: ReadonlyArray<readonly [kind: number, from: number, to?: number]> = [
  [INVISIBLE, 0x00, 0x08],
  [INVISIBLE, 0x0b, 0x0c],
  [INVISIBLE, 0x0e, 0x1f],
  [INVISIBLE, 0x7f, 0x9f],
  [INVISIBLE, 0xad],
  [INVISIBLE, 0x200b, 0x200d],
  [INVISIBLE, 0x2060],
  [INVISIBLE, 0xfeff],
  [SPACE, 0x09],
  [SPACE, 0x20],
  [SPACE, 0xa0],
  [SPACE, 0x2000, 0x200a],
  [SPACE, 0x202f],
  [SPACE, 0x205f],
  [SPACE, 0x3000],
  [OTHER_SPACE, 0x1680],
  [OTHER_SPACE, 0x2028, 0x2029],
  [BREAK, 0x0a],
  [RETURN, 0x0d],
];
for (const [kind, from, to = from] of ranges) KIND.fill(kind, from, to + 1);

const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
const classOf = (rs: typeof ranges): string =>
  rs.map(([, from, to]) => (to === undefined ? hex(from) : `${hex(from)}-${hex(to)}`)).join('');
/**
 * Where a gap that may need rewriting starts: a non-text character other than ' ' and '\n', or two of
 * those in a row (a lone ' ' or '\n' between words stays as it is). The regex engine scans the words
 * between these, most of a text, faster than a loop over its characters.
 */
const GAP_TO_REWRITE = new RegExp(
  `[${classOf(ranges.filter(([, code]) => code !== 0x20 && code !== 0x0a))}]|[ \\n][ \\n]`,
  'g',
);

/**
 * What a run of non-text characters between two words becomes: one or two line breaks if it holds
 * any (every space beside a break goes), else its spaces collapsed to one ' ' each run.
 */
function gapText(s: string, from: number, to: number): string {
  let breaks = 0;
  let text = '';
  let spaces = false;
  for (let i = from; i < to; i++) {
    const kind = KIND[s.charCodeAt(i)];
    if (kind === SPACE) {
      if (!spaces) text += ' ';
      spaces = true;
    } else if (kind === OTHER_SPACE) {
      text += s[i];
      spaces = false;
    } else if (kind === BREAK || kind === RETURN) {
      breaks++;
      if (kind === RETURN && s.charCodeAt(i + 1) === 0x0a) i++;
    }
  }
  if (breaks) return breaks > 1 ? '\n\n' : '\n';
  return text;
}

/**
 * Collapses runs of spaces (keeping single newlines, at most one blank line), trims each line and the
 * whole, drops invisible characters. The words and the gaps that already read as they should (a lone
 * ' ', '\n' or '\n\n' between words) are copied in slices; only the other gaps are rewritten.
 */
export function cleanText(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && KIND[s.charCodeAt(start)] !== TEXT) start++;
  while (end > start && KIND[s.charCodeAt(end - 1)] !== TEXT) end--;
  let out = '';
  let from = start; // the start of the text not yet copied to out
  GAP_TO_REWRITE.lastIndex = start;
  while (GAP_TO_REWRITE.test(s) && GAP_TO_REWRITE.lastIndex <= end) {
    let gap = GAP_TO_REWRITE.lastIndex - 2; // a ' ' or '\n' may come just before a match
    if (KIND[s.charCodeAt(gap)] === TEXT) gap++;
    let next = gap + 1;
    while (KIND[s.charCodeAt(next)] !== TEXT) next++;
    GAP_TO_REWRITE.lastIndex = next;
    if (next - gap === 2 && s.startsWith('\n\n', gap)) continue; // a blank line between words stays
    out += s.slice(from, gap) + gapText(s, gap, next);
    from = next;
  }
  return out + s.slice(from, end);
}

// A private-use marker, so a <p> nested in an <li> cannot push the bullet onto its own line.
const LIST_MARK = '\ue000';

/**
 * A tag-name character's digit in base 38 (a-z and A-Z 1-26, 0-9 27-36, '_' 37), 0 for any other
 * character: where a regex's \b sees the name end. A tag name is looked up as the number its digits
 * make, case folded, so the million tags of a market are read without making a string of each.
 */
function nameDigit(c: number): number {
  if (c >= 0x61) return c <= 0x7a ? c - 0x60 : 0;
  if (c >= 0x41) return c <= 0x5a ? c - 0x40 : c === 0x5f ? 37 : 0;
  return c >= 0x30 && c <= 0x39 ? c - 0x30 + 27 : 0;
}

// Names longer than any named here (10 characters) are not looked up: past 10 digits the number could
// lose precision.
const MAX_NAME = 10;

function nameKey(name: string): number {
  let key = 0;
  for (let i = 0; i < name.length; i++) key = key * 38 + nameDigit(name.charCodeAt(i));
  return key;
}

/** The script-like elements htmlToText drops with their content. */
export const HIDDEN_ELEMENTS: readonly string[] = ['script', 'style', 'noscript', 'template'];

// What a tag leaves in the text, by name: blocks a blank line, table cells a space; <br> and <li> are
// read further (BR, LI); a script-like element goes with its content, up to the end tag given.
const BR = 1;
const LI = 2;
type TagKind = string | typeof BR | typeof LI | RegExp;
const TAG_KIND: ReadonlyMap<number, TagKind> = new Map(
  [
    ...'p div section article header footer h1 h2 h3 h4 h5 h6 ul ol table tr blockquote pre dl dt dd'
      .split(' ')
      .map((name) => [name, '\n\n'] as const),
    ['td', ' '] as const,
    ['th', ' '] as const,
    ['br', BR] as const,
    ['li', LI] as const,
    ...HIDDEN_ELEMENTS.map((name) => [name, new RegExp(`<\\/${name}\\s*>`, 'gi')] as const),
  ].map(([name, kind]): [number, TagKind] => [nameKey(name), kind]),
);
// What may follow the name in <br>, <br/>, <br /> and in </li>.
const BREAK_END = /\s*\/?>/y;
const ITEM_END = /\s*>/y;

function endsAt(tail: RegExp, s: string, from: number): boolean {
  tail.lastIndex = from;
  return tail.test(s);
}

/** The end of the script-like element whose name ends at `from`, if it has an end tag. */
function rawElementEnd(html: string, from: number, endTag: RegExp): number {
  const open = html.indexOf('>', from);
  if (open === -1) return -1;
  endTag.lastIndex = open + 1;
  return endTag.test(html) ? endTag.lastIndex : -1;
}

/** What a tag (not a comment or a script-like element with its content) leaves in the text. */
function tagText(html: string, kind: TagKind | undefined, closing: boolean, nameStop: number): string {
  if (typeof kind === 'string') return kind;
  if (kind === LI) return closing ? (endsAt(ITEM_END, html, nameStop) ? '\n' : '') : `\n${LIST_MARK}`;
  return kind === BR && !closing && endsAt(BREAK_END, html, nameStop) ? '\n' : '';
}

/**
 * Comments, script-like elements with their content, and every other tag, found in one scan of the text
 * from '<' to '<' (native indexOf between them), each replaced by what it leaves: line breaks for breaks,
 * items and blocks, a space between cells, else nothing. A '<' that opens no tag ("a < b") stays text,
 * as a browser shows it, and does not swallow the next tag: a tag runs to the first '>', no '<' before it.
 */
function stripMarkup(html: string): string {
  let out = '';
  let from = 0; // the start of the html not yet copied to out
  let gt = -1; // the first '>' after the current '<', kept while stray '<'s come before it
  for (let at = html.indexOf('<'); at !== -1;) {
    const next = html.indexOf('<', at + 1);
    const closing = html.charCodeAt(at + 1) === 0x2f; // '/'
    const nameStart = closing ? at + 2 : at + 1;
    let nameStop = nameStart;
    let key = 0;
    for (let digit; (digit = nameDigit(html.charCodeAt(nameStop))) !== 0; nameStop++) key = key * 38 + digit;
    const kind = nameStop - nameStart <= MAX_NAME ? TAG_KIND.get(key) : undefined;
    const comment = html.charCodeAt(at + 1) === 0x21 && html.startsWith('<!--', at); // '!'
    const commentClose = comment ? html.indexOf('-->', at + 4) : -1;
    let end = commentClose === -1 ? -1 : commentClose + 3;
    if (end === -1 && kind instanceof RegExp && !closing) end = rawElementEnd(html, nameStop, kind);
    let text = '';
    if (end === -1) {
      if (gt <= at) gt = html.indexOf('>', at + 1);
      if (gt === -1) break; // no '>' left: no more markup
      if (gt === at + 1 || (next !== -1 && next < gt)) {
        at = next;
        continue;
      }
      end = gt + 1;
      text = tagText(html, kind, closing, nameStop);
    }
    if (at > from) out += html.slice(from, at);
    if (text) out += text;
    from = end;
    at = next !== -1 && next < end ? html.indexOf('<', end) : next;
  }
  return out + html.slice(from);
}

// A marker and the spaces after it, found where indexOf finds a marker.
const AFTER_MARK = /\s*/y;

/** Each list marker becomes a bullet, or nothing when no text follows it before the next marker. */
function bullets(s: string): string {
  let out = '';
  let from = 0; // the start of the text not yet copied to out
  for (let at = s.indexOf(LIST_MARK); at !== -1; at = s.indexOf(LIST_MARK, from)) {
    AFTER_MARK.lastIndex = at + 1;
    AFTER_MARK.test(s);
    const next = AFTER_MARK.lastIndex;
    out += s.slice(from, at) + (next === s.length || s.startsWith(LIST_MARK, next) ? '' : '- ');
    from = next;
  }
  return out + s.slice(from);
}

// Escaped markup ("&lt;p&gt;", "&amp;lt;/li&amp;gt;"), tried only where an '&' is.
const ESCAPED_TAG = /&(?:amp;)*lt;\s*\/?\s*[a-z]/iy;

function hasEscapedTag(s: string): boolean {
  for (let at = s.indexOf('&'); at !== -1; at = s.indexOf('&', at + 1)) {
    ESCAPED_TAG.lastIndex = at;
    if (ESCAPED_TAG.test(s)) return true;
  }
  return false;
}

/** Turns an HTML fragment (possibly entity-escaped) into readable plain text with paragraph and list breaks. */
export function htmlToText(html: string): string {
  // Escaped markup arrives as text; decode it first so the tags become tags.
  const text = decodeEntities(stripMarkup(hasEscapedTag(html) ? decodeEntities(html) : html));
  return cleanText(text.includes(LIST_MARK) ? bullets(text) : text).replace(/\n\n- /g, '\n- ');
}
