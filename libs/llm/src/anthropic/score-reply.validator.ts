import { canonicalSkill, type Assessment, type FitLevel } from '@job-hunter/domain';
import type { PromptJob } from './scoring-prompt';

export interface EvidenceReason {
  text: string;
  /** Copied exactly from the posting (checked). */
  quote: string;
}

/** The validated answer for one job: what is cached and what the guard turns into a ScoredJob. */
export interface LlmJobVerdict {
  /** 0–100, fit without recency. */
  score: number;
  matchedSkills: string[];
  missingSkills: string[];
  title: Assessment;
  seniority: Assessment;
  location: Assessment;
  salary: Assessment;
  reasons: EvidenceReason[];
}

export interface BatchValidation {
  /** Valid answers by the batch's local id. */
  verdicts: Map<string, LlmJobVerdict>;
  /** What was wrong, by local id, for every job of the batch without a valid answer. */
  problems: Map<string, string[]>;
  /** Problems not tied to one job of the batch (no `jobs` array, ids that are not the batch's). */
  general: string[];
}

const FITS: readonly FitLevel[] = ['good', 'partial', 'poor', 'unknown'];
const ASSESSED = ['title', 'seniority', 'location', 'salary'] as const;
const MAX_REASONS = 4;
const MAX_SKILLS = 15;
const MAX_NOTE = 240;
const MIN_QUOTE = 3;
const MAX_QUOTE = 300;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Lenient about typography (curly quotes, dashes, spacing, case), strict about the words. */
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[•·▪●◦]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function quoteInText(quote: string, text: string): boolean {
  const q = normaliseForQuote(quote)
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
    .replace(/(\.\.\.|…)$/u, '')
    .replace(/[.,;:]$/, '')
    .trim();
  return q.length >= MIN_QUOTE && q.length <= MAX_QUOTE && normaliseForQuote(text).includes(q);
}

function str(v: unknown, field: string, problems: string[]): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim().slice(0, MAX_NOTE);
  problems.push(`${field} must be a non-empty string`);
  return null;
}

function assessment(v: unknown, field: string, problems: string[]): Assessment | null {
  if (!isObj(v)) {
    problems.push(`${field} must be an object {fit, note}`);
    return null;
  }
  const fit = v['fit'];
  if (typeof fit !== 'string' || !FITS.includes(fit as FitLevel)) {
    problems.push(`${field}.fit must be one of ${FITS.join(', ')}`);
    return null;
  }
  const note = str(v['note'], `${field}.note`, problems);
  return note === null ? null : { fit: fit as FitLevel, note };
}

function skills(v: unknown, field: string, problems: string[]): string[] | null {
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) {
    problems.push(`${field} must be an array of strings`);
    return null;
  }
  const names = (v as string[]).map((s) => s.trim()).filter(Boolean);
  return [...new Set(names.map((s) => canonicalSkill(s) ?? s))].slice(0, MAX_SKILLS);
}

function reasons(v: unknown, text: string, problems: string[]): EvidenceReason[] | null {
  if (!Array.isArray(v) || v.length === 0) {
    problems.push('reasons must be a non-empty array');
    return null;
  }
  const kept: EvidenceReason[] = [];
  const unquoted: string[] = [];
  for (const r of v) {
    if (!isObj(r) || typeof r['text'] !== 'string' || typeof r['quote'] !== 'string' || !r['text'].trim()) {
      problems.push('each reason must be {text, quote} with non-empty strings');
      return null;
    }
    // A reason without evidence in the posting is dropped, not trusted.
    if (quoteInText(r['quote'], text))
      kept.push({ text: r['text'].trim().slice(0, MAX_NOTE), quote: r['quote'].trim() });
    else unquoted.push(r['quote'].slice(0, 80));
  }
  if (kept.length === 0) {
    problems.push(
      `no reason quotes the posting exactly (not found: ${unquoted.map((q) => JSON.stringify(q)).join(', ')})`,
    );
    return null;
  }
  return kept.slice(0, MAX_REASONS);
}

/** Checks one job's entry against the posting it is about; returns the verdict or what is wrong. */
export function parseVerdict(entry: unknown, postingText: string): { verdict?: LlmJobVerdict; problems: string[] } {
  const problems: string[] = [];
  if (!isObj(entry)) return { problems: ['the entry must be an object'] };
  const raw = entry['score'];
  const score = typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 && raw <= 100 ? Math.round(raw) : null;
  if (score === null) problems.push('score must be a number from 0 to 100');
  const matched = skills(entry['matchedSkills'], 'matchedSkills', problems);
  const missing = skills(entry['missingSkills'], 'missingSkills', problems);
  const assessed = ASSESSED.map((f) => assessment(entry[f], f, problems));
  const why = reasons(entry['reasons'], postingText, problems);
  const [title, seniority, location, salary] = assessed;
  if (score === null || !matched || !missing || !title || !seniority || !location || !salary || !why) {
    return { problems };
  }
  return {
    verdict: {
      score,
      matchedSkills: matched,
      missingSkills: missing,
      title,
      seniority,
      location,
      salary,
      reasons: why,
    },
    problems,
  };
}

/**
 * Validates a batch reply strictly: every id of the batch answered exactly once and validly.
 * Entries for ids outside the batch are ignored and reported.
 */
export function validateBatchReply(json: unknown, batch: readonly PromptJob[], whyMissing?: string): BatchValidation {
  const verdicts = new Map<string, LlmJobVerdict>();
  const problems = new Map<string, string[]>();
  const general: string[] = [];
  const entries = isObj(json) && Array.isArray(json['jobs']) ? (json['jobs'] as unknown[]) : null;
  if (!entries) {
    general.push(whyMissing ?? 'the answer must be an object with a "jobs" array');
    for (const p of batch) problems.set(p.localId, ['not answered']);
    return { verdicts, problems, general };
  }
  const byId = new Map<string, unknown[]>();
  for (const e of entries) {
    const id = isObj(e) && typeof e['id'] === 'string' ? e['id'].trim() : null;
    if (id === null) general.push('an entry has no string id');
    else byId.set(id, [...(byId.get(id) ?? []), e]);
  }
  const known = new Set(batch.map((p) => p.localId));
  for (const id of byId.keys()) if (!known.has(id)) general.push(`id "${id}" is not one of this batch's postings`);
  for (const p of batch) {
    const answers = byId.get(p.localId) ?? [];
    if (answers.length !== 1) {
      problems.set(p.localId, [answers.length === 0 ? 'not answered' : `answered ${answers.length} times`]);
      continue;
    }
    const { verdict, problems: wrong } = parseVerdict(answers[0], p.text);
    if (verdict) verdicts.set(p.localId, verdict);
    else problems.set(p.localId, wrong);
  }
  return { verdicts, problems, general };
}

/** The problems as lines for the repair prompt and the error message. */
export function describeProblems(v: BatchValidation): string[] {
  return [...v.general, ...[...v.problems].map(([id, list]) => `${id}: ${list.join('; ')}`)];
}
