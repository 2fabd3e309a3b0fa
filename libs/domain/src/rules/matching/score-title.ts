import type { Assessment } from '../../models/scored';
import type { CandidateProfile, SearchPreferences } from '../../models/candidate';
import { matchKey } from './match-text';

export const TITLE_MAX = 20;

// Phrases that name the same thing, folded to one token before comparing titles.
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\bback end\b/g, 'backend'],
  [/\bfront end\b/g, 'frontend'],
  [/\bfull stack\b/g, 'fullstack'],
  [/\bmachine learning\b/g, 'ml'],
  [/\bartificial intelligence\b/g, 'ai'],
  [/\bsite reliability\b/g, 'sre'],
  [/\bquality assurance\b/g, 'qa'],
  [/\buser experience\b/g, 'ux'],
  [/\bsoftware development engineer\b/g, 'software engineer'],
  [/\bdev ops\b/g, 'devops'],
];

const SYNONYMS: Readonly<Record<string, string>> = {
  developer: 'engineer',
  programmer: 'engineer',
  swe: 'engineer',
  sde: 'engineer',
  dev: 'engineer',
  eng: 'engineer',
  mgr: 'manager',
};

// Level and filler words say nothing about the role itself (seniority is scored apart).
const IGNORED = new Set(
  'senior sr snr junior jr staff principal mid level entry associate i ii iii iv v 1 2 3 4 the a an of and for to in at with on m f d w x remote hybrid onsite'.split(
    ' ',
  ),
);

function tokens(s: string): string[] {
  let k = matchKey(s);
  for (const [re, word] of PHRASES) k = k.replace(re, word);
  return k
    .split(' ')
    .map((t) => (t.length > 3 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t))
    .map((t) => SYNONYMS[t] ?? t)
    .filter((t) => t && !IGNORED.has(t));
}

/** The role noun of a title: the last word of its main part ("Senior Backend Engineer, Payments" → engineer). */
function head(title: string): string | undefined {
  const main = title.split(/,| - | – | — |\(|\||\//)[0] ?? title;
  return tokens(main).at(-1);
}

/** How well a job title matches a wanted role or a held title, 0–1. */
export function titleSimilarity(jobTitle: string, role: string): number {
  const r = [...new Set(tokens(role))];
  const j = new Set(tokens(jobTitle));
  if (!r.length || !j.size) return 0;
  const common = r.filter((t) => j.has(t)).length;
  let coverage = common / r.length;
  const roleHead = r.at(-1);
  const jobHead = head(jobTitle);
  // "Engineering Manager, Backend" is not a backend engineer job: the role nouns must agree.
  if (roleHead && roleHead !== jobHead) coverage *= 0.5;
  return 0.75 * coverage + 0.25 * (common / j.size);
}

export interface TitleFit {
  points: number;
  assessment: Assessment;
  reason: string | null;
}

function best(jobTitle: string, candidates: readonly string[]): { text: string; sim: number } | null {
  let top: { text: string; sim: number } | null = null;
  for (const text of candidates) {
    const sim = titleSimilarity(jobTitle, text);
    if (!top || sim > top.sim) top = { text, sim };
  }
  return top;
}

// A past title is weaker evidence of what the person wants than a role they asked for.
const HELD_TITLE_DISCOUNT = 0.85;

export function titleFit(jobTitle: string, profile: CandidateProfile, prefs: SearchPreferences): TitleFit {
  const role = best(jobTitle, prefs.roles);
  const held = best(jobTitle, profile.titles.slice(0, 3));
  if (!role && !held) {
    return {
      points: TITLE_MAX / 2,
      assessment: { fit: 'unknown', note: 'No wanted roles or past titles to compare' },
      reason: null,
    };
  }
  const roleSim = role?.sim ?? 0;
  const heldSim = (held?.sim ?? 0) * HELD_TITLE_DISCOUNT;
  const sim = Math.max(roleSim, heldSim);
  const points = TITLE_MAX * sim;
  const evidence = roleSim >= heldSim && role ? `the role you want (${role.text})` : `your title "${held?.text ?? ''}"`;
  if (sim >= 0.7) {
    const note = `"${jobTitle}" matches ${evidence}`;
    return { points, assessment: { fit: 'good', note }, reason: note };
  }
  if (sim >= 0.4) {
    const note = `"${jobTitle}" is close to ${evidence}`;
    return { points, assessment: { fit: 'partial', note }, reason: note };
  }
  const note = `"${jobTitle}" differs from ${prefs.roles.length ? `the roles you want (${prefs.roles.join(', ')})` : 'your past titles'}`;
  return { points, assessment: { fit: 'poor', note }, reason: null };
}
