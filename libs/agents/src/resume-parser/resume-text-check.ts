/**
 * Above this share of control or replacement characters, the "text" is bytes that were never
 * text (an image, an archive, random data renamed .txt): a real resume has next to none, and a
 * PDF with a few unmapped glyphs stays far below it.
 */
const MAX_JUNK_SHARE = 0.1;
/** Fewer words than this is no resume to match jobs against, whatever else the file holds. */
const MIN_WORDS = 10;
/** How many of the words read a message quotes. */
const QUOTED_WORDS = 8;

/** C0 controls but tab and line breaks, DEL, C1 controls, and U+FFFD (what undecodable bytes become). */
function isJunk(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffd;
}

const WORD = /\p{L}{2,}/gu;

/**
 * Why the text extracted from a resume is not a resume, saying what was read; null when it reads
 * as text with enough words. Judged on the text before cleaning, which would hide the junk.
 */
export function unreadableTextReason(raw: string): string | null {
  let chars = 0;
  let junk = 0;
  for (const ch of raw) {
    chars++;
    if (isJunk(ch.codePointAt(0) as number)) junk++;
  }
  if (chars > 0 && junk / chars > MAX_JUNK_SHARE) {
    const share = Math.round((junk / chars) * 100);
    return (
      `it looks like binary data, not text: of the ${chars.toLocaleString('en')} characters read, ` +
      `${share}% are control or undecodable characters`
    );
  }
  const words = raw.match(WORD) ?? [];
  if (words.length >= MIN_WORDS) return null;
  if (words.length === 0) return 'no words could be read from it (a scanned image PDF needs OCR first)';
  const quoted = words.slice(0, QUOTED_WORDS).join(' ') + (words.length > QUOTED_WORDS ? ' …' : '');
  return (
    `only ${words.length} word${words.length === 1 ? '' : 's'} could be read from it ("${quoted}"), ` +
    `too few for a resume (a scanned image PDF needs OCR first)`
  );
}
