/**
 * A text that corrects itself counts as corrected: "product analyst roles — actually scratch that —
 * analytics engineer roles", "Berlin… actually, make that Munich", "Java developer → solutions architect".
 * Items of one kind named before a correction cue in its sentence give way to those named after it.
 */
export const CORRECTION_CUE =
  /\b(?:actually|scratch\s+that|i\s+mean|or\s+rather|correction|make\s+(?:that|it)|no\s+wait|on\s+second\s+thoughts?|wait(?=\s*[,!\u2014\u2013-]))\b|\s(?:→|->|=>)\s/;
const CORRECTION = new RegExp(CORRECTION_CUE.source, 'gi');
const SENTENCE_ENDS = ['. ', '.\n', '\n', '! ', '? ', '; '];

/** The sentence around `at`: from after the previous sentence end to the next. */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  const start = Math.max(...SENTENCE_ENDS.map((s) => text.lastIndexOf(s, at))) + 1;
  const ends = SENTENCE_ENDS.map((s) => text.indexOf(s, at)).filter((i) => i >= 0);
  return { start: Math.max(0, start), end: ends.length > 0 ? Math.min(...ends) : text.length };
}

// "Berlin hybrid. no wait, make that Hamburg": a cue opening its sentence corrects the sentence before.
const OPENS_SENTENCE = /^[\s,.!:\u2014\u2013-]*(?:(?:no|hmm+|oh|oops|wait|sorry|sigh|ugh)\b[\s,.!:\u2014\u2013-]*)*$/i;

// "too" ends the clause when it adds ("product analyst too"); "too pricey" is no addition.
const ADDS = /\b(?:too|as\s+well)\s*(?:[.!;,)]|$)|\b(?:also|in\s+addition)\b/i;

/** What a correction cue at `at` reaches back over: its sentence, or the one before when it opens its own. */
function correctionScope(text: string, at: number): { start: number; end: number } {
  const own = sentenceAround(text, at);
  if (own.start < 2 || !OPENS_SENTENCE.test(text.slice(own.start, at))) return own;
  return { start: sentenceAround(text, own.start - 2).start, end: own.end };
}

/** The items left once each correction drops the items named before it in its sentence, when some follow it. */
export function corrected<T extends { at: number }>(text: string, items: readonly T[]): T[] {
  let kept = [...items];
  for (const cue of text.matchAll(CORRECTION)) {
    const { start, end } = correctionScope(text, cue.index);
    // "Actually, product analyst too": an addition, not a correction.
    if (ADDS.test(text.slice(cue.index, end))) continue;
    const before = kept.filter((m) => m.at >= start && m.at < cue.index);
    const after = kept.some((m) => m.at >= cue.index && m.at < end);
    if (before.length > 0 && after) kept = kept.filter((m) => !before.includes(m));
  }
  return kept;
}
