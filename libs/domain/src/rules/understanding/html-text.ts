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

// Zero-width chars, BOM, soft hyphen and C0/C1 controls except tab and newline.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

// Spaces a run of which becomes one space. Only runs that are not already a lone ' ' are matched: a
// replacement per word gap (most of a text's matches, each a copy) changed nothing.
const SPACE = '\\t\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000';
const SPACE_RUN = new RegExp(` [${SPACE} ]+|[${SPACE}][${SPACE} ]*`, 'g');
// The whitespace String#trim removes (\s), around a line break: each line trimmed, in one pass. Starting
// at a space or a break, not at an empty match before every character.
const LINE_EDGES = /[^\S\n]+\n[^\S\n]*|\n[^\S\n]+/g;

/** Collapses runs of spaces (keeping single newlines, at most one blank line), trims, drops invisible characters. */
export function cleanText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACE_RUN, ' ')
    .replace(LINE_EDGES, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// A private-use marker, so a <p> nested in an <li> cannot push the bullet onto its own line.
const LIST_MARK = '\ue000';
const BLOCK_TAGS = 'p|div|section|article|header|footer|h[1-6]|ul|ol|table|tr|blockquote|pre|dl|dt|dd';

/**
 * Comments, script-like elements with their content, and every other tag, found in one scan of the text
 * (a pass per kind of tag copied a description's HTML eight times over); `tagText` says what each becomes.
 * A '<' that opens no tag ("a < b") stays text, as a browser shows it, and does not swallow the next tag.
 */
const MARKUP = /<!--[\s\S]*?-->|<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<[^<>]+>/gi;
const BREAK = /^<br\s*\/?>$/i;
const ITEM = /^<li\b/i;
const BLOCK = new RegExp(`^<\\/?(?:${BLOCK_TAGS})\\b`, 'i');
const CELL = /^<\/?(?:td|th)\b/i;
const ITEM_END = /^<\/li\s*>$/i;

/** What a tag leaves in the text: line breaks for breaks, items and blocks, a space between cells, else nothing. */
function tagText(tag: string, element: string | undefined): string {
  if (element !== undefined || tag.startsWith('<!--')) return '';
  if (BREAK.test(tag)) return '\n';
  if (ITEM.test(tag)) return `\n${LIST_MARK}`;
  if (BLOCK.test(tag)) return '\n\n';
  if (CELL.test(tag)) return ' ';
  return ITEM_END.test(tag) ? '\n' : '';
}

/** Turns an HTML fragment (possibly entity-escaped) into readable plain text with paragraph and list breaks. */
export function htmlToText(html: string): string {
  let s = html;
  // Escaped markup arrives as text; decode it first so the tags become tags.
  if (/&(amp;)*lt;\s*\/?\s*[a-z]/i.test(s)) s = decodeEntities(s);
  s = decodeEntities(s.replace(MARKUP, tagText));
  if (s.includes(LIST_MARK)) {
    s = s
      .replace(new RegExp(`${LIST_MARK}\\s*(?=${LIST_MARK}|$)`, 'g'), '')
      .replace(new RegExp(`${LIST_MARK}\\s*`, 'g'), '- ');
  }
  return cleanText(s).replace(/\n\n(- )/g, '\n$1');
}
