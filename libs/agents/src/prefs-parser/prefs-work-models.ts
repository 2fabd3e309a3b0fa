import type { RemoteMode } from '@job-hunter/domain';

type Mode = Exclude<RemoteMode, 'unknown'>;

const MODES: readonly Mode[] = ['remote', 'hybrid', 'onsite'];
const MODE_WORDS: Record<Mode, string> = {
  remote: 'remote(?:ly)?|wfh|work\\s+from\\s+home',
  hybrid: 'hybrid',
  onsite: 'on[\\s-]?site|in[\\s-]office|office[\\s-]based|in[\\s-]person',
};
// A bare "office" ("office hours", "our Berlin office") names on-site work only in a refusal or a list.
const ANY = `${Object.values(MODE_WORDS).join('|')}|office`;
const LIST = `(?:${ANY})(?:\\s*(?:,|\\/|&|\\bor\\b|\\band\\b)\\s*(?:${ANY}))*`;

const FULLY_REMOTE = /\b(?:fully\s+remote|100%\s+remote|remote[\s-]first\s+only)\b/i;
/** "hybrid only", "only remote", "remote roles only", "must be remote", "strictly on-site". */
const ONLY = new RegExp(
  `\\b(?:only|must\\s+be|strictly)\\s+${LIST}\\b|\\b${LIST}(?:\\s+(?:roles?|jobs?|positions?|work))?[\\s-]only\\b`,
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
    `|\\b${LIST}(?:\\s+(?:roles?|jobs?|work|positions?|options?))?(?:\\s+(?:is|are|would\\s+be|also|too))*\\s+(?:ok(?:ay)?|fine|acceptable|preferred|welcome|possible|works)\\b`,
  'gi',
);

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
 * Accepted work models, empty for any. "remote only", "must be remote", "fully remote" → those alone;
 * "no onsite" → every other model (a refusal leaves the rest open, even next to "hybrid ok"). Models
 * asked for ("hybrid", "on-site or hybrid") restrict, and models only accepted or preferred ("hybrid ok",
 * "prefer hybrid", "open to remote") join them but never restrict alone. Remote named next to a city
 * means any model there, or remote; remote with no city named is a remote search.
 */
export function workModelsFrom(text: string, hasCities: boolean): RemoteMode[] {
  if (FULLY_REMOTE.test(text)) return ['remote'];
  const only = new Set<Mode>();
  take(text, ONLY, only);
  if (only.size > 0) return MODES.filter((m) => only.has(m));
  const refused = new Set<Mode>();
  const accepted = new Set<Mode>();
  const rest = take(take(text, REFUSED, refused), ACCEPTED, accepted);
  if (refused.size > 0) return MODES.filter((m) => !refused.has(m));
  const asked = modesIn(rest, false);
  const loneRemote = (s: Set<Mode>) => s.size === 1 && s.has('remote');
  if (asked.size === 0) return loneRemote(accepted) && !hasCities ? ['remote'] : [];
  if (loneRemote(asked) && hasCities) return [];
  return MODES.filter((m) => asked.has(m) || accepted.has(m));
}
