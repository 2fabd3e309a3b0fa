import { decodeHTMLStrict } from 'entities';

/**
 * Decodes HTML character references with the maintained `entities` tables: every named entity of the
 * HTML standard, case-sensitive as browsers read them (&Eacute; is É, &eacute; é), and numeric ones.
 * Strict: a reference needs its semicolon, so a URL's "&notify=1" or "&copy" in prose stays as written.
 * Boards often double-escape ("&amp;lt;p&amp;gt;"), so decode until stable (bounded).
 */
export function decodeEntities(s: string): string {
  let out = s;
  for (let i = 0; i < 3; i++) {
    const next = decodeHTMLStrict(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

// Zero-width chars, BOM, soft hyphen and C0/C1 controls except tab and newline.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Collapses runs of spaces (keeping single newlines, at most one blank line), trims, drops invisible characters. */
export function cleanText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000 ]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// A private-use marker, so a <p> nested in an <li> cannot push the bullet onto its own line.
const LIST_MARK = '\ue000';
const BLOCK_TAGS = 'p|div|section|article|header|footer|h[1-6]|ul|ol|table|tr|blockquote|pre|dl|dt|dd';

/** Turns an HTML fragment (possibly entity-escaped) into readable plain text with paragraph and list breaks. */
export function htmlToText(html: string): string {
  let s = html;
  // Escaped markup arrives as text; decode it first so the tags become tags.
  if (/&(amp;)*lt;\s*\/?\s*[a-z]/i.test(s)) s = decodeEntities(s);
  s = s
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, `\n${LIST_MARK}`)
    .replace(new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), '\n\n')
    .replace(/<\/?(?:td|th)\b[^>]*>/gi, ' ')
    .replace(/<\/li\s*>/gi, '\n')
    .replace(/<[^>]+>/g, '');
  s = decodeEntities(s)
    .replace(new RegExp(`${LIST_MARK}\\s*(?=${LIST_MARK}|$)`, 'g'), '')
    .replace(new RegExp(`${LIST_MARK}\\s*`, 'g'), '- ');
  return cleanText(s).replace(/\n\n(- )/g, '\n$1');
}
