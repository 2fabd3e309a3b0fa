import type { RemoteMode } from '../../models/job';

type StatedMode = Exclude<RemoteMode, 'unknown'>;

// A bare "remote", "hybrid" or "on-site" says little ("remote monitoring", "hybrid cloud",
// "on-site interviews"), so every rule below carries the context that makes it a statement
// about where the work is done. A negation right before a phrase ("not fully remote",
// "no on-site requirement") cancels it.
const NOT = String.raw`(?<!\b(?:not|no|never|don't|doesn't|won't)\s)`;
// `phrase` where `lookbehind` holds before it. A lookbehind that leads a pattern is tried at every
// character of a long description; looking ahead for the phrase first (the same matches) tries it
// only where the phrase begins.
const after = (lookbehind: string, phrase: string): string => `(?=${phrase})${lookbehind}${phrase}`;
// `context` then `last`, found the other way round: where the rarer last words are (tried at few
// places), looking back for the context that must end where they end. The same texts match, as any
// match of `context last` is a match of `last` that the context ends at, and the other way round.
const endingIn = (context: string, last: string): string => `(?:${last})(?<=${context}(?:${last}))`;
const ROLE = String.raw`(?:role|position|job|opportunity)`;
const FULLY = String.raw`(?:fully|100\s?%|entirely|completely|strictly|full[\s-]time)`;
const ONSITE_WORD = String.raw`(?:on[\s-]?site(?![\s-]+reliab)|in[\s-]office|in[\s-]person)\b`;
const STATED = String.raw`(?:\b(?:is|are|be|work|working|works|based|report|reporting)|'re)`;
const MUST = String.raw`(?:must|need\s+to|required\s+to|requires?\s+you\s+to)`;
const ANY_MODE_WORD = String.raw`(remote|hybrid|${ONSITE_WORD}|office-based|wfo)`;

// Words a phrase cannot match without, tried first: a plain word is found by a fast scan, while a
// phrase (look-behinds, alternations at its start) is tried at every character of a long description,
// and most descriptions never say "hybrid", "relocate" or "on-site".
const REMOTE_WORD = /remote/i;
const HYBRID_WORD = /hybrid/i;
const OFFICE_WORD = /office/i;
const RELOCATE_WORD = /relocat/i;
const ONSITE_WORDS = new RegExp(ONSITE_WORD, 'i');
const OFFICE_BASED = /\boffice-based\b/i;

interface Phrase {
  mode: StatedMode;
  re: RegExp;
  /** Tests one of which a text must pass for `re` to be tried on it. */
  needs?: readonly RegExp[];
}

const PHRASES: readonly Phrase[] = [
  {
    mode: 'remote',
    re: new RegExp(
      String.raw`${endingIn(String.raw`${NOT}\b${FULLY}\s+`, String.raw`remote|work[\s-]from[\s-]home|wfh`)}\b`,
      'i',
    ),
  },
  { mode: 'remote', re: /\bremote[\s-]first\b/i, needs: [REMOTE_WORD] },
  // Not the perk of a few weeks a year away from an office job ("four weeks of work from anywhere").
  {
    mode: 'remote',
    re: /(?<!\b(?:weeks?|days?|months?)\s+(?:of\s+)?)\bwork(?:ing)?[\s-]+(?:remotely\s+)?from[\s-]+anywhere\b(?![\s-]+(?:weeks?|days?|months?|policy|program(?:me)?|budget|stipend|perk|benefit)\b)(?!\s+(?:for\s+)?(?:up\s+to\s+)?(?:\d|one|two|three|four|a\s+month))/i,
  },
  {
    mode: 'remote',
    re: new RegExp(String.raw`\b(?:this|it)\s+is\s+an?\s+(?:${FULLY}\s+)?remote\s+${ROLE}\b`, 'i'),
    needs: [REMOTE_WORD],
  },
  {
    mode: 'remote',
    re: new RegExp(String.raw`\b${ROLE}\s+(?:is|will\s+be)\s+(?:${FULLY}\s+)?remote\b`, 'i'),
    needs: [REMOTE_WORD],
  },
  {
    mode: 'hybrid',
    re: /\bhybrid\s+(?:role|position|job|opportunity|work|working|schedule|arrangement|policy|basis|workplace|office\s+policy)\b/i,
    needs: [HYBRID_WORD],
  },
  {
    mode: 'hybrid',
    re: new RegExp(String.raw`\b${ROLE}\s+(?:is|will\s+be)\s+hybrid\b`, 'i'),
    needs: [HYBRID_WORD],
  },
  {
    mode: 'onsite',
    re: new RegExp(
      String.raw`${endingIn(String.raw`${NOT}\b${FULLY}\s+`, String.raw`${ONSITE_WORD}|office-based`)}\b`,
      'i',
    ),
    needs: [ONSITE_WORDS, OFFICE_BASED],
  },
  {
    mode: 'onsite',
    re: new RegExp(
      String.raw`${endingIn(String.raw`${NOT}\b`, ONSITE_WORD)}\s+(?:${ROLE}|work|working|basis|presence|requirement)\b`,
      'i',
    ),
    needs: [ONSITE_WORDS],
  },
  {
    mode: 'onsite',
    re: new RegExp(
      endingIn(String.raw`(?<!\binterviews?\b[^.\n]{0,30})${STATED}\s+(?:${FULLY}\s+)?`, ONSITE_WORD),
      'i',
    ),
    needs: [ONSITE_WORDS],
  },
  { mode: 'onsite', re: OFFICE_BASED },
  { mode: 'onsite', re: /\b(?:work(?:ing)?\s+from\s+(?:the\s+|our\s+)?office|wfo)\b/i },
  {
    mode: 'onsite',
    re: /\b(?:role|position|job|you)\b[^.\n]{0,25}?\bbased\s+(?:in|at|out\s+of|from)\s+(?:our|the|one\s+of\s+our)\s+(?:[\w-]+\s+){0,3}?offices?\b/i,
    needs: [OFFICE_WORD],
  },
  {
    mode: 'onsite',
    re: /\brelocation\s+(?:to\s+[^.\n]{1,40}?\s+)?(?:is\s+)?(?:required|mandatory|necessary|expected)\b/i,
    needs: [RELOCATE_WORD],
  },
  {
    mode: 'onsite',
    re: new RegExp(
      String.raw`${endingIn(String.raw`${NOT}\b${MUST}\s+(?:be\s+(?:willing|able|open)\s+to\s+)?`, 'relocate')}\b`,
      'i',
    ),
    needs: [RELOCATE_WORD],
  },
];

// "two or three days a week", "2-3 days", "five days a week".
const FEW = String.raw`(?:one|two|three|four|[1-4])`;
const PER = String.raw`(?:\s+(?:a|per|each|every|in\s+the|at\s+the)\s+|\s*\/\s*)`;
const FEW_DAYS = new RegExp(
  String.raw`${endingIn(String.raw`\b${FEW}(?:\s*(?:or|to|-|–)\s*${FEW})?\s+`, 'days?')}${PER}(?:week|wk|office)\b`,
  'i',
);
const FULL_WEEK = new RegExp(
  String.raw`(?:${endingIn(String.raw`\b(?:five|5)\s+`, 'days?')}${PER}(?:week|wk)|${endingIn(String.raw`\bmonday\s+(?:to|through|-|–)\s+`, 'friday')})\b`,
  'i',
);
const OFFICE = new RegExp(
  String.raw`${after(String.raw`(?<!home[\s-])`, String.raw`\boffices?\b`)}|\b${ONSITE_WORD}`,
  'i',
);

// "Location: Remote (India)", "Work model: Hybrid", or a short line that is only a tag: "Remote - India".
const LABEL_LINE =
  /^\W*(?:(?:job\s+)?locations?|workplace(?:\s+type)?|work(?:ing)?\s+(?:type|model|mode|arrangement|style|setup|pattern))(?:\s*[:|]\s*|\s+[–—-]\s+)(.{1,80})$/i;
const TAG_LINE = new RegExp(String.raw`^\W*(?:${FULLY}\s+)?${ANY_MODE_WORD}(?:\s*[(:|,]|\s+[–—-]\s|\s*$)`, 'i');
const LABEL_MODE = new RegExp(String.raw`\b(?:${ANY_MODE_WORD}|anywhere|worldwide)\b`, 'i');

function modeOfWord(word: string): StatedMode {
  const w = word.toLowerCase();
  if (w === 'remote' || w === 'anywhere' || w === 'worldwide') return 'remote';
  return w === 'hybrid' ? 'hybrid' : 'onsite';
}

function lineModes(text: string): Set<StatedMode> {
  const found = new Set<StatedMode>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const labelled = LABEL_LINE.exec(line)?.[1];
    const word = labelled !== undefined ? LABEL_MODE.exec(labelled)?.[0] : undefined;
    if (word) found.add(modeOfWord(word));
    const tag = line.length <= 60 ? TAG_LINE.exec(line)?.[1] : undefined;
    if (tag) found.add(modeOfWord(tag));
  }
  return found;
}

// Both day counts say "day" ("days", "friday").
const DAY_WORD = /day/i;

function officeDays(text: string): Set<StatedMode> {
  const found = new Set<StatedMode>();
  // A sentence is a piece of the text between spaces, so where no sentence can count, neither can the
  // whole text (these patterns look at no character outside their match but for \b): skip the split.
  if (!DAY_WORD.test(text) || (!FEW_DAYS.test(text) && !FULL_WEEK.test(text))) return found;
  for (const sentence of text.split(/\n+|(?<=[.!?;])\s+/)) {
    if (!OFFICE.test(sentence)) continue;
    if (FEW_DAYS.test(sentence)) found.add('hybrid');
    else if (FULL_WEEK.test(sentence)) found.add('onsite');
  }
  return found;
}

/**
 * The work model a job description states, for boards with no structured flag and a location
 * that does not say. Conservative: only clear phrases count, a remote signal next to an office
 * one is a conflict (unknown), and office days inside a hybrid job do not make it on-site.
 * Each mode is looked for only when the answer still depends on it.
 */
export function inferWorkModel(description: string): RemoteMode {
  const passed = new Map<RegExp, boolean>();
  const passes = (test: RegExp): boolean => {
    let hit = passed.get(test);
    if (hit === undefined) passed.set(test, (hit = test.test(description)));
    return hit;
  };
  let fromLines: Set<StatedMode> | undefined;
  let fromDays: Set<StatedMode> | undefined;
  const says = (mode: StatedMode): boolean =>
    PHRASES.some((p) => p.mode === mode && (!p.needs || p.needs.some(passes)) && p.re.test(description)) ||
    (fromLines ??= lineModes(description)).has(mode) ||
    (mode !== 'remote' && (fromDays ??= officeDays(description)).has(mode));
  if (says('remote')) return says('hybrid') || says('onsite') ? 'unknown' : 'remote';
  if (says('hybrid')) return 'hybrid';
  return says('onsite') ? 'onsite' : 'unknown';
}
