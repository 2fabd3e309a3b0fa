/** One positioned run of text from a PDF page (pdf.js getTextContent item, flattened). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size in user-space units. */
  size: number;
  font: string;
}

const BULLETS = new Set(['•', '◦', '▪', '‣', '–', '-', '*', '·']);

/**
 * Fonts used only for single glyphs (icon fonts drawing phone/mail/GitHub symbols) add noise
 * such as "ð bwayne"; their glyphs are dropped, bullets excepted.
 */
function iconFonts(items: PdfTextItem[]): Set<string> {
  const multi = new Set<string>();
  const seen = new Set<string>();
  for (const it of items) {
    const s = it.str.trim();
    if (!s) continue;
    seen.add(it.font);
    if ([...s].length > 1) multi.add(it.font);
  }
  return new Set([...seen].filter((f) => !multi.has(f)));
}

/**
 * Rebuilds text lines from positioned items. pdfTeX places words by position without space
 * characters, so a space is inserted where the horizontal gap exceeds a fraction of the font
 * size, and a new line starts when the baseline moves or the pen jumps back left.
 */
export function linesFromTextItems(items: PdfTextItem[]): string {
  const icons = iconFonts(items);
  const lines: string[] = [];
  let line = '';
  let prev: { y: number; xEnd: number; size: number } | undefined;
  for (const it of items) {
    if (!it.str) continue;
    const glyph = it.str.trim();
    if (icons.has(it.font) && glyph && !BULLETS.has(glyph)) continue;
    const size = it.size > 0 ? it.size : 10;
    if (prev) {
      const sameLine = Math.abs(it.y - prev.y) < Math.min(size, prev.size) * 0.5 && it.x > prev.xEnd - size;
      if (!sameLine) {
        lines.push(line);
        line = '';
      } else if (it.x - prev.xEnd > size * 0.15 && !/\s$/.test(line) && !/^\s/.test(it.str)) {
        line += ' ';
      }
    }
    line += it.str;
    prev = { y: it.y, xEnd: it.x + it.width, size };
  }
  lines.push(line);
  return lines
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
