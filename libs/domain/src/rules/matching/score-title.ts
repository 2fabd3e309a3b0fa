import type { Assessment } from '../../models/scored';
import type { CandidateProfile, SearchPreferences } from '../../models/candidate';
import { matchKey } from './match-text';

export const TITLE_MAX = 20;

// Phrases that name the same thing, folded to one token before comparing titles.
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\bback end\b/g, 'backend'],
  [/\bfront end\b/g, 'frontend'],
  [/\bfull stack\b/g, 'fullstack'],
  // A stack named by its parts (MERN, MEAN, LAMP…) is a full-stack one.
  [/\b(?:mern|mean|mevn|pern|lamp|lemp)\s?stack\b/g, 'fullstack'],
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

const HEAD_WEIGHT = 0.5;

/** How well a job title matches a wanted role or a held title, 0–1. */
export function titleSimilarity(jobTitle: string, role: string): number {
  const r = [...new Set(tokens(role))];
  const j = new Set(tokens(jobTitle));
  if (!r.length || !j.size) return 0;
  const common = r.filter((t) => j.has(t)).length;
  const roleHead = r.at(-1);
  // The field words ("full-stack" in "full-stack engineer") say what the work is; the role noun says
  // little on its own, so it counts for less than a field word: a backend job shares only the noun.
  const weightOf = (t: string): number => (t === roleHead && r.length > 1 ? HEAD_WEIGHT : 1);
  const total = r.reduce((sum, t) => sum + weightOf(t), 0);
  let coverage = r.filter((t) => j.has(t)).reduce((sum, t) => sum + weightOf(t), 0) / total;
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

interface Evidence {
  text: string;
  weight: number;
}

function best(jobTitle: string, candidates: readonly Evidence[]): { text: string; sim: number } | null {
  let top: { text: string; sim: number } | null = null;
  for (const { text, weight } of candidates) {
    const sim = titleSimilarity(jobTitle, text) * weight;
    if (!top || sim > top.sim) top = { text, sim };
  }
  return top;
}

// A past title is weaker evidence of what the person wants than a role they asked for.
const HELD_TITLE_DISCOUNT = 0.85;
// An older title counts half as much for every five years the person has since spent in later
// roles: a software engineer of 2012 who has been a product manager since is a product manager.
const TITLE_HALF_LIFE_YEARS = 5;
// When the person names the roles they want, their past titles are background: a backend engineer
// asking for full-stack roles should see full-stack jobs ahead of jobs that merely match their title.
const NAMED_ROLES_DISCOUNT = 0.6;
// Without dates, the titles' order (most recent first) is all there is to go on.
const UNDATED_WEIGHTS = [1, 0.7, 0.5];

function monthsOf(isoMonth: string): number {
  const [year, month] = isoMonth.split('-').map(Number);
  return (year ?? 0) * 12 + (month ?? 1) - 1;
}

/** The person's latest titles, each weighted by how recently they held it relative to their latest. */
export function heldTitleEvidence(profile: Pick<CandidateProfile, 'titles' | 'titleHistory'>): Evidence[] {
  const titles = profile.titles.slice(0, 3);
  const history = profile.titleHistory ?? [];
  const latestEnd = Math.max(...history.map((h) => monthsOf(h.end)));
  return titles.map((text, i) => {
    const dated = history.find((h) => h.title === text);
    const recency = dated
      ? 0.5 ** ((latestEnd - monthsOf(dated.end)) / 12 / TITLE_HALF_LIFE_YEARS)
      : (UNDATED_WEIGHTS[i] ?? UNDATED_WEIGHTS[UNDATED_WEIGHTS.length - 1] ?? 1);
    return { text, weight: HELD_TITLE_DISCOUNT * recency };
  });
}

/**
 * The latest titles that still say what the person does: the most recent one, and earlier ones
 * left at most one half-life (five years) before it. A title from a career left long ago is not
 * work the person is looking for.
 */
export function recentTitles(profile: Pick<CandidateProfile, 'titles' | 'titleHistory'>, max = 2): string[] {
  const evidence = heldTitleEvidence(profile);
  const latest = evidence[0]?.weight ?? 0;
  return evidence
    .filter((e, i) => i === 0 || e.weight >= latest * 0.5)
    .slice(0, max)
    .map((e) => e.text);
}

export function titleFit(jobTitle: string, profile: CandidateProfile, prefs: SearchPreferences): TitleFit {
  const role = best(
    jobTitle,
    prefs.roles.map((text) => ({ text, weight: 1 })),
  );
  const heldWeight = prefs.roles.length ? NAMED_ROLES_DISCOUNT : 1;
  const held = best(
    jobTitle,
    heldTitleEvidence(profile).map((e) => ({ ...e, weight: e.weight * heldWeight })),
  );
  if (!role && !held) {
    return {
      points: TITLE_MAX / 2,
      assessment: { fit: 'unknown', note: 'No wanted roles or past titles to compare' },
      reason: null,
    };
  }
  const roleSim = role?.sim ?? 0;
  const heldSim = held?.sim ?? 0;
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
