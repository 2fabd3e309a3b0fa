/** A stretch of the text that a negation governs ("not interested in crypto or web3"). */
export interface Span {
  start: number;
  end: number;
}

// "don't mind remote", "no problem with hybrid" and "no older than" are not negations of a topic.
const NEGATION_START =
  /\b(?:not(?:\s+interested\s+in)?|no|never|avoid(?:ing)?|exclud(?:e|ing)|except|without|nothing(?:\s+(?:at|from|in|with))?|none|skip|hate|dislike|stay\s+away\s+from|(?:do|does|will|would)\s+not|(?:don|doesn|won|wouldn)['’]?t)\b(?!\s+(?:mind|opposed|problem|issue|matter|older|more|less|later|earlier)\b)/gi;
const HARD_END = /[;!?\n•|()]|\.(?=\s|$)|\s[-–—]\s|\b(?:but|however|though|although|instead|rather|while|whereas)\b/i;
// A short list item after a comma stays negated ("no Java, PHP or Ruby"); a new thought does not.
const POSITIVE_CUE =
  /\b(?:ok|okay|fine|good|great|prefer\w*|ideally|welcome|love|like|want\w*|open|yes|plus|bonus|based|live|living|located|remote|hybrid|on-?site)\b/i;

function negationEnd(text: string, from: number): number {
  let pos = from;
  for (;;) {
    const rest = text.slice(pos);
    const hard = HARD_END.exec(rest);
    const hardAt = hard ? pos + hard.index : text.length;
    const comma = rest.indexOf(',');
    if (comma < 0 || pos + comma > hardAt) return hardAt;
    const segmentEnd = (() => {
      const next = text.slice(pos + comma + 1).search(/,|[;!?\n•|()]|\.(?=\s|$)/);
      return next < 0 ? text.length : pos + comma + 1 + next;
    })();
    const segment = text.slice(pos + comma + 1, Math.min(segmentEnd, hardAt)).trim();
    const words = segment.split(/\s+/).filter((w) => w && !/^(?:or|and|nor)$/i.test(w));
    const listItem = /^(?:or|and|nor)\b/i.test(segment) || (words.length <= 2 && !POSITIVE_CUE.test(segment));
    if (!listItem || !segment) return pos + comma;
    pos = pos + comma + 1;
  }
}

/** Where the text says what the person does not want: from each negation word to the end of its clause. */
export function negatedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(NEGATION_START)) {
    const start = m.index;
    const last = spans[spans.length - 1];
    if (last && start < last.end) continue;
    spans.push({ start, end: negationEnd(text, start + m[0].length) });
  }
  return spans;
}

export function isNegated(spans: readonly Span[], index: number): boolean {
  return spans.some((s) => index >= s.start && index < s.end);
}

/** The text with negated stretches blanked out, offsets unchanged, for rules that should only see wishes. */
export function withoutNegated(text: string, spans: readonly Span[] = negatedSpans(text)): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}
