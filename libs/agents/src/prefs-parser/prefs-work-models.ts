import type { RemoteMode } from '@job-hunter/domain';

type Mode = Exclude<RemoteMode, 'unknown'>;

const MODES: readonly Mode[] = ['remote', 'hybrid', 'onsite'];
// With the common French, Spanish and Portuguese words ("Hybride", "híbrido", "presencial"): notes mix
// languages. "hospital based", "clinic-based": work at a workplace is on-site work.
const MODE_WORDS: Record<Mode, string> = {
  remote: 'remote(?:ly)?|wfh|work\\s+from\\s+(?:home|anywhere)|t[ée]l[ée]travail|teletrabajo',
  hybrid: 'hybrid|hybride|h[ií]brido',
  onsite:
    'on[\\s-]?site|in[\\s-]office|(?:office|hospital|clinic|ward|store|shop|school|plant|factory|lab|warehouse)[\\s-]based|in[\\s-]person|pr[ée]sentiel|presencial',
};
// A bare "office" ("office hours", "our Berlin office") names on-site work only in a refusal or a list.
const ANY = `${Object.values(MODE_WORDS).join('|')}|office`;
const LIST = `(?:${ANY})(?:\\s*(?:,|\\/|&|\\bor\\b|\\band\\b)\\s*(?:${ANY}))*`;

/**
 * "hybrid only", "only remote", "I'm only looking at remote roles", "remote roles only", "must be remote",
 * "strictly on-site", "remote from India only", "remote within EU only", "hybrid is a must".
 */
const ONLY = new RegExp(
  `\\b(?:only|must\\s+be|strictly)\\s+(?:(?:looking|searching|applying)\\s+(?:at|for|to)\\s+|(?:want|consider|do)(?:ing)?\\s+)?(?:fully\\s+)?${LIST}\\b` +
    `|\\b${LIST}(?:\\s+(?:roles?|jobs?|positions?|work))?(?:\\s+(?:from|within|in|across)\\s+(?:the\\s+)?[A-Z][\\w]*(?:\\s[A-Z][\\w]*)?)?[\\s-]only\\b` +
    `|\\b${LIST}\\s+is\\s+a\\s+must\\b`,
  'gi',
);
/** "no onsite", "not interested in hybrid", "remote: no", "on-site is not ok"; not "no problem with hybrid". */
const REFUSED = new RegExp(
  `\\b(?:no|not|never|avoid|without|don'?t\\s+want)(?!\\s+(?:problems?|issues?|objections?|mind)\\b)\\s+(?:\\w+\\s+){0,2}${LIST}\\b` +
    `|\\b${LIST}(?:\\s+(?:is|are)|\\s*[:=-])\\s*(?:no|never|not\\s+(?:ok|okay|possible|an\\s+option))\\b`,
  'gi',
);
/** "hybrid ok", "hybrid is fine", "remote roles are fine too", "prefer hybrid", "open to remote or hybrid". */
const ACCEPTED = new RegExp(
  `\\b(?:open\\s+to|(?:happy|fine|ok(?:ay)?|no\\s+problem)\\s+with|(?:do\\s+not|don'?t)\\s+mind|prefer(?:ably|red)?|ideally|would\\s+consider)\\s+(?:an?\\s+)?${LIST}\\b` +
    `|\\b${LIST}(?:\\s+(?:roles?|jobs?|work|positions?|options?))?(?:\\s+(?:is|are|would\\s+be|also|too|both|totally|perfectly|absolutely|strongly|all))*\\s+(?:ok(?:ay)?|fine|acceptable|preferred|welcome|possible|works)\\b`,
  'gi',
);

// "2 days in office", "3 days a week on-site", "2-3 office days max": how a hybrid week runs, not a wish for on-site work.
const OFFICE_DAYS =
  /\b(?:\d+(?:\s*[-–]\s*\d+)?|one|two|three|four)\s+(?:days?\s+(?:a\s+week\s+|per\s+week\s+)?(?:(?:in|at)\s+(?:the\s+)?office|on[\s-]?site)|office\s+days?)\b/gi;

function modesIn(s: string, bareOffice: boolean): Set<Mode> {
  const words = (mode: Mode) => (mode === 'onsite' && bareOffice ? `${MODE_WORDS[mode]}|office` : MODE_WORDS[mode]);
  return new Set(MODES.filter((m) => new RegExp(`\\b(?:${words(m)})\\b`, 'i').test(s)));
}

/** The text with each match of `re` blanked out (offsets kept); the models the matches name go into `into`. */
function take(text: string, re: RegExp, into: Set<Mode>): string {
  return text.replace(re, (m) => {
    for (const mode of modesIn(m, true)) into.add(mode);
    return ' '.repeat(m.length);
  });
}

/**
 * Accepted work models, empty for any. "remote only", "must be remote" → those alone; "no onsite" → every
 * other model (a refusal leaves the rest open, even next to "hybrid ok"). Models asked for ("hybrid",
 * "on-site or hybrid", "fully remote") restrict; models accepted or preferred ("hybrid ok", "prefer
 * hybrid") join them, and two or more accepted ones restrict too ("hybrid preferred but onsite also
 * fine"), while one alone does not ("on-site is totally fine"). Remote asked next to an office city with
 * no office arrangement named ("Berlin or remote") accepts all three; remote with no city is a remote search.
 */
export function workModelsFrom(raw: string, hasCities: boolean): RemoteMode[] {
  const text = raw.replace(OFFICE_DAYS, (m) => ' '.repeat(m.length));
  const only = new Set<Mode>();
  take(text, ONLY, only);
  if (only.size > 0) return MODES.filter((m) => only.has(m));
  const refused = new Set<Mode>();
  const accepted = new Set<Mode>();
  const rest = take(take(text, REFUSED, refused), ACCEPTED, accepted);
  // "remote from anywhere, no office": refusing the office itself refuses the hybrid week too.
  if ([...text.matchAll(REFUSED)].some((m) => /\boffice\b(?![\s-]based)/i.test(m[0]) && !/in[\s-]office/i.test(m[0])))
    refused.add('hybrid');
  if (refused.size > 0) return MODES.filter((m) => !refused.has(m));
  const asked = modesIn(rest, false);
  const named = new Set([...asked, ...accepted]);
  if (asked.size === 0 && accepted.size < 2) return accepted.has('remote') && !hasCities ? ['remote'] : [];
  if (named.size === 1 && named.has('remote')) return hasCities ? [...MODES] : ['remote'];
  return MODES.filter((m) => named.has(m));
}
