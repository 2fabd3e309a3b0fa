import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ResultJob } from '@job-hunter/domain';

export type LabelledJob = Pick<ResultJob, 'applyUrl' | 'company' | 'title'>;

/** One persona's judgement of a market, asked about the jobs a run returned. */
export interface PersonaLabels {
  /** The job's grade (0–3), or undefined when the labels do not know the job. */
  grade(job: LabelledJob): number | undefined;
  /** The preference the job breaks, when the person's preferences rule it out. */
  ruledOut(job: LabelledJob): string | null;
  /** Every grade in the market, for the ideal ranking. */
  all: number[];
}

/** How many of `jobs` the labels grade at least `min`. */
export function countGraded(labels: PersonaLabels, jobs: ReadonlyArray<LabelledJob>, min: number): number {
  return jobs.filter((j) => (labels.grade(j) ?? 0) >= min).length;
}

export interface EvalPersona {
  id: string;
  summary: string;
  resume: string;
  preferences: string;
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

export function evalPersonas(evalDir: string): EvalPersona[] {
  return readJson<EvalPersona[]>(path.join(evalDir, 'personas.json'));
}

/** The evaluation market's labels (data/eval/labels.json and ruled-out.json), keyed by the job's own URL. */
export function evalLabels(evalDir: string, personaId: string): PersonaLabels {
  const grades = readJson<Record<string, Record<string, number>>>(path.join(evalDir, 'labels.json'))[personaId];
  const out = readJson<Record<string, Record<string, string>>>(path.join(evalDir, 'ruled-out.json'))[personaId];
  if (!grades || !out)
    throw new Error(`No labels for persona ${personaId} in ${evalDir}; run tools/eval/generate-eval-market.mjs.`);
  return {
    grade: (job) => grades[job.applyUrl],
    ruledOut: (job) => out[job.applyUrl] ?? null,
    all: Object.values(grades),
  };
}

interface DemoExpected {
  good: Array<{ company: string; title: string }>;
  dropped: Array<{ company: string; title: string; why: string }>;
}

// The demo's expected.json names the hand-placed jobs only. Its generator guarantees the good
// list is complete (no filler job suits the persona), so every other job counts as grade 0;
// traps whose reason is a preference ("location: …", "stale: …") must be ruled out.
const PREFERENCE_REASON = /^(location|seniority|stale|employment|salary|excluded industry)\b/;

/** The demo persona's labels on the bundled demo market, matched by company and title. */
export function demoLabels(demoDir: string): PersonaLabels {
  const expected = readJson<DemoExpected>(path.join(demoDir, 'expected.json'));
  const key = (company: string, title: string): string => `${company}|${title}`.toLowerCase();
  const good = new Set(expected.good.map((g) => key(g.company, g.title)));
  const out = new Map(
    expected.dropped.filter((d) => PREFERENCE_REASON.test(d.why)).map((d) => [key(d.company, d.title), d.why]),
  );
  return {
    grade: (job) => (good.has(key(job.company, job.title)) ? 3 : 0),
    ruledOut: (job) => out.get(key(job.company, job.title)) ?? null,
    // Cross-posted copies collapse to one job in a shortlist, so the ideal holds each good job once.
    all: [...good].map(() => 3),
  };
}
