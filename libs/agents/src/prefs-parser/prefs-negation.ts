import type { Span } from './prefs-span';
import { withoutTakenBack } from './prefs-taken-back';

export type { Span } from './prefs-span';

// Cues that open a refusal ("no," answers what came before, it refuses nothing after). "don't mind remote", "no problem with hybrid",
// "no older than" and "no more than" are not ("no more agency work" is)
// refusals of a topic; "any industry but X", "anything but X" are ("but" there means "except"). "— nor anything in
// defence" carries a refusal on; "nor do I mind banks" is a clause of its own.
const NEGATION_START = new RegExp(
  [
    '\\b(?:not(?:\\s+interested\\s+in)?|no|never|avoid(?:ing)?|exclud(?:e|ing)|except|without|nothing(?:\\s+(?:at|from|in|with))?',
    'none|skip(?:ping)?|drop(?!\\s+(?:me|us|a|by|in|off|out)\\b)|forget(?:\\s+about)?|cross\\s+off|hate|dislike|(?:stay|keep|steer)(?:ing)?\\s+(?:me\\s+|us\\s+)?(?:well\\s+)?(?:away|clear)\\s+(?:from|of)|(?:want|get|getting|need)\\s+out\\s+of|nor(?!\\s+(?:do|does|did|am|is|are|was|were|have|has|would|will|can)\\b)|allergic\\s+to|(?:done|finished|fed\\s+up)\\s+with|(?:sick|tired)\\s+of|leave\\s+out|rule\\s+out|(?:do|does|will|would)\\s+not',
    "(?:don|doesn|won|wouldn)'?t|rather\\s+not|please\\s+not|not\\s+going\\s+back\\s+to",
    '(?:any(?:thing)?|every(?:thing)?|all)(?:\\s+\\w+)?\\s+but)\\b(?!\\s+(?:mind|opposed|problem|issue|matter|older|more\\s+than|less|later|earlier|very|necessarily|sure|wait)\\b)(?!\\s*,)',
  ].join('|'),
  'gi',
);
// "blockchain-free", "ad-free": the word before "-free" is refused on its own.
const FREE_OF = /\b[a-z][\w]*-free\b/gi;
// "pharma isn't", "crypto is a no", "gambling is off the table", "Munich's too pricey": the refusal follows what it refuses.
const REFUSED_BEFORE =
  /([\p{L}][\p{L}&-]*(?:\s+[\p{L}][\p{L}&-]*)?)(?:'s(?=\s+(?:way\s+|much\s+)?too\b)|\s+)(?:(?:is|are)(?:n't|\s+not)(?=\s*(?:[.;,!]|$|ok\b|okay\b|fine\b|an?\s+option\b|for\s+me\b))|(?:is|are)\s+(?:a\s+(?:hard\s+)?no|off\s+the\s+table|a\s+deal-?breaker)\b|(?:(?:is|are)\s+)?(?:way\s+|much\s+)?too\s+(?:far|expensive|pricey|hot|cold|small|remote|risky|much|long|dear)\b)/giu;
// Parentheses stay with their clause ("bets (apostas) or crypto"), so they do not end a refusal.
// "St. Brennan Medical Center": the full stop of a title before a name ends nothing.
const HARD_END =
  /[;!?\n•|]|(?<!\b(?:St|Mt|Ft|Dr|Mr|Mrs|Ms))\.(?=\s|$)|\s[-–—]\s|\b(?:but|however|though|although|instead|rather|while|whereas|so|because)\b/i;
// A list item after a comma stays negated ("no Java, PHP or Ruby"); a new thought does not.
const POSITIVE_CUE =
  /\b(?:is|are|am|was|were|be|would|will|can|could|ok|okay|fine|good|great|prefer\w*|ideally|welcome|love|like|want\w*|open|yes|plus|bonus|based|live|living|located|remote|hybrid|on-?site|i|i'm|i'd|i've|we|my|please|only|must|need\w*|looking|minimum|min|at\s+least)\b|(?<![a-z])\d/i;
// After a dash or comma, "and/or/nor (also/honestly) …" carries the refusal on: "no X — and honestly all banks".
const CARRIED_ON = /^\s*(?:[-–—,]\s*)?(?:and|or|nor)\b(?:\s+(?:honestly|also|definitely|certainly|especially))?/i;

function listItemAt(text: string, from: number, hardAt: number): boolean {
  const next = text.slice(from).search(/,|[;!?\n•|]|\.(?=\s|$)|\s[-–—]\s/);
  const segmentEnd = next < 0 ? text.length : from + next;
  const segment = text.slice(from, Math.min(segmentEnd, hardAt)).trim();
  if (!segment) return false;
  const words = segment.split(/\s+/).filter((w) => w && !/^(?:or|and|nor|any|all|the)$/i.test(w));
  return /^(?:or|and|nor)\b/i.test(segment) || (words.length <= 4 && !POSITIVE_CUE.test(segment));
}

function negationEnd(text: string, from: number): number {
  let pos = from;
  for (;;) {
    const rest = text.slice(pos);
    const hard = HARD_END.exec(rest);
    const hardAt = hard ? pos + hard.index : text.length;
    const comma = rest.indexOf(',');
    if (comma < 0 || pos + comma > hardAt) {
      // "— and honestly all banks": a dash followed by "and" continues the list.
      if (hard && /^\s[-–—]\s$/.test(hard[0]) && CARRIED_ON.test(text.slice(hardAt + hard[0].length))) {
        pos = hardAt + hard[0].length;
        continue;
      }
      return hardAt;
    }
    if (!listItemAt(text, pos + comma + 1, hardAt)) return pos + comma;
    pos = pos + comma + 1;
  }
}

/** Where the text says what the person does not want: from each negation cue to the end of its clause. */
export function negatedSpans(text: string): Span[] {
  // "No pharma — hmm, actually pharma is fine": a refusal taken back no longer stands.
  return withoutTakenBack(text, refusalSpans(text)).spans;
}

/** Refusals taken back and the clauses taking them back ("No X — actually X is fine"): no wish either. */
export function takenBackClauses(text: string): Span[] {
  return withoutTakenBack(text, refusalSpans(text)).clauses;
}

// "Asociados S.A. de C.V.", "e.g. Accenture": the full stop of initials before a lower-case word, or of
// "e.g." and "i.e.", ends nothing.
const INITIALS_GOING_ON = /\b(?:[A-Za-z]\.){2,}(?=\s+[a-z])|\b(?:e\.g|i\.e)\./g;

function refusalSpans(text: string): Span[] {
  const spans: Span[] = [];
  // Offsets are kept: only the full stops of initials are hidden from the search for the clause's end.
  const ends = text.replace(INITIALS_GOING_ON, (m) => m.replace(/\./g, '\u00b7'));
  for (const m of text.matchAll(NEGATION_START)) {
    const start = m.index;
    const last = spans[spans.length - 1];
    if (last && start < last.end) continue;
    spans.push({ start, end: negationEnd(ends, start + m[0].length) });
  }
  for (const m of text.matchAll(FREE_OF)) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(REFUSED_BEFORE)) {
    spans.push({ start: m.index, end: m.index + (m[1] ?? '').length, subject: true });
  }
  return spans.sort((a, b) => a.start - b.start);
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
