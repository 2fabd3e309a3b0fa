import { decodeHTMLStrict } from 'entities';

/**
 * Decodes HTML character references once (Greenhouse sends its HTML entity-escaped), with every named
 * entity of the HTML standard, case-sensitive (&Oslash; Ø, &oslash; ø), and numeric ones. Once only:
 * "&amp;lt;" in the escaped HTML is a literal "&lt;" the page shows, not a tag.
 */
export function decodeEntities(text: string): string {
  return decodeHTMLStrict(text);
}

/** Trims a string and turns blank into undefined. */
export function text(value: string | null | undefined): string | undefined {
  const t = value?.trim();
  return t ? t : undefined;
}

/** Non-blank, trimmed, de-duplicated strings in first-seen order. */
export function uniqueStrings(values: ReadonlyArray<string | null | undefined>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    const t = text(v);
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out;
}

/** ISO-8601 for a parsable date, else null. */
export function isoDate(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Rough plain text of an HTML fragment (list items keep a bullet), for fields a board only sends as HTML. */
export function htmlToPlain(html: string): string {
  return decodeEntities(
    html
      .replace(/<li[^>]*>/gi, '\n- ')
      .replace(/<br\s*\/?>|<\/(p|div|h\d|ul|ol)>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Joins description parts with blank lines, skipping empty ones. */
export function joinParts(parts: ReadonlyArray<string | null | undefined>, separator = '\n\n'): string | undefined {
  const kept = parts.map((p) => p?.trim()).filter((p): p is string => !!p);
  return kept.length ? kept.join(separator) : undefined;
}
