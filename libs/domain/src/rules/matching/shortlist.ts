import type { NormalisedJob } from '../../models/job';
import type { CandidateProfile, SearchPreferences } from '../../models/candidate';
import { extractSkills } from '../understanding';
import { matchKey } from './match-text';
import { heldTitleEvidence } from './score-title';
import { scoreJobOffline } from './score-offline';

export interface PreShortlist {
  /** The `k` jobs most similar to the person, most similar first: these go to the paid scorer. */
  top: NormalisedJob[];
  /** Everyone else, most similar first: scored cheaply, never sent to the paid scorer. */
  rest: NormalisedJob[];
  /** Job id → similarity, 0–1. */
  similarity: Map<string, number>;
}

// Shares of the similarity. The offline score is the product's own cheap judgement of fit (skills
// where the posting asks for them, the title against the wanted roles and the recent resume
// titles, the level, place, age and pay); the free text adds the domain words it does not read
// ("experimentation", "payments"), which a paid scorer reading the whole posting would weigh.
const PART = { score: 0.85, text: 0.15 } as const;
const TEXT_WEIGHT = { role: 3, heldTitle: 2, skill: 1, summary: 0.5, jobTitle: 3, jobText: 1 } as const;

// Levels (scored apart), filler and the words every posting has carry no meaning about fit.
const STOP = new Set(
  (
    'a an and are as at be by for from has have in is it its of on or our the their this to we will with you your ' +
    'senior sr junior jr staff principal lead mid level entry associate intern ii iii iv ' +
    'team role work working years year experience strong good great plus etc e g ie who what'
  ).split(' '),
);

function terms(text: string): string[] {
  return matchKey(text)
    .split(' ')
    .filter((t) => t.length > 1 && !STOP.has(t))
    .map((t) => (t.length > 3 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t));
}

type Bag = Map<string, number>;

function addTerms(bag: Bag, text: string, weight: number): void {
  for (const t of terms(text)) bag.set(t, (bag.get(t) ?? 0) + weight);
}

function inverseFrequencies(docs: ReadonlyArray<Iterable<string>>): (term: string) => number {
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return (t) => Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1;
}

/** TF-IDF vector (sublinear term frequency), unit length. */
function vector(bag: Bag, idf: (t: string) => number): Bag {
  const v: Bag = new Map();
  let norm = 0;
  for (const [t, tf] of bag) {
    const w = (tf > 1 ? 1 + Math.log(tf) : tf) * idf(t);
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

function cosine(a: Bag, b: Bag): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}

function lower(list: readonly string[]): Set<string> {
  return new Set(list.map((s) => s.toLowerCase()));
}

/**
 * The cheap first cut before paid scoring: ranks jobs by the offline score (see PART) and the
 * text's likeness to what the person wants and has, and keeps the top `k`. No network; linear in
 * the jobs' text (the offline score is what every job past the cut gets anyway), so thousands
 * of jobs take well under a second. `now` is the run's reference time, so the same run always
 * cuts the same way (ties go to the fresher job, then by id).
 */
export function preShortlist(
  jobs: readonly NormalisedJob[],
  profile: CandidateProfile,
  prefs: SearchPreferences,
  k: number,
  now: Date,
): PreShortlist {
  const have = lower([...profile.skills, ...prefs.skills, ...extractSkills(profile.text ?? '')]);
  const query: Bag = new Map();
  for (const r of prefs.roles) addTerms(query, r, TEXT_WEIGHT.role);
  // Held titles count as the title score weighs them: the latest most, older ones less.
  for (const h of heldTitleEvidence(profile)) addTerms(query, h.text, TEXT_WEIGHT.heldTitle * h.weight);
  for (const s of have) addTerms(query, s, TEXT_WEIGHT.skill);
  if (profile.summary) addTerms(query, profile.summary, TEXT_WEIGHT.summary);

  const docs = jobs.map((job) => {
    const bag: Bag = new Map();
    addTerms(bag, job.title, TEXT_WEIGHT.jobTitle);
    addTerms(bag, job.description, TEXT_WEIGHT.jobText);
    return { job, bag };
  });
  const termIdf = inverseFrequencies(docs.map((d) => d.bag.keys()));
  const queryVector = vector(query, termIdf);

  const similarity = new Map<string, number>();
  for (const { job, bag } of docs) {
    const score = scoreJobOffline(job, profile, prefs, now).score / 100;
    const sim = PART.score * score + PART.text * cosine(queryVector, vector(bag, termIdf));
    similarity.set(job.id, Math.round(sim * 10_000) / 10_000);
  }

  const posted = (j: NormalisedJob): number => {
    const t = j.postedAt ? Date.parse(j.postedAt) : NaN;
    return Number.isNaN(t) ? -Infinity : Math.min(t, now.getTime());
  };
  const ranked = [...jobs].sort(
    (a, b) =>
      (similarity.get(b.id) ?? 0) - (similarity.get(a.id) ?? 0) ||
      posted(b) - posted(a) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const cut = Number.isFinite(k) ? Math.max(0, Math.floor(k)) : ranked.length;
  return { top: ranked.slice(0, cut), rest: ranked.slice(cut), similarity };
}
