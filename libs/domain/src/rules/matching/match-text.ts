/**
 * Text keys for comparing names and phrases: lower case, accents folded, punctuation
 * turned into single spaces, so "Acme, Inc." and "acme inc" compare equal.
 */
export function matchKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regex matching `phrase` as whole words (an optional plural "s" allowed) inside a
 * matchKey'd text. Word edges are checked by hand because \b does not treat "+" and "#"
 * (C++, C#) as word characters.
 */
export function phrasePattern(phrase: string): RegExp | null {
  const key = matchKey(phrase);
  if (!key) return null;
  const body = key.split(' ').map(escapeRegExp).join(' ');
  return new RegExp(`(?:^| )${body}s?(?= |$)`, 'g');
}

/** True when `phrase` occurs as whole words in `text` (both compared through matchKey). */
export function containsPhrase(text: string, phrase: string): boolean {
  const re = phrasePattern(phrase);
  return re !== null && re.test(matchKey(text));
}

/** How many times `phrase` occurs as whole words in an already matchKey'd text. */
export function countPhrase(keyedText: string, phrase: string): number {
  const re = phrasePattern(phrase);
  return re === null ? 0 : (keyedText.match(re)?.length ?? 0);
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

export function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
