import { canonicalIndustry } from '@job-hunter/domain';
import type { Span } from './prefs-span';

/**
 * A refusal the text takes back: "No pharma — hmm, actually pharma is fine, just no tobacco", "No real
 * estate developers — wait, actually developers are fine". The clause after the cue names (part of) what
 * was refused and says it is acceptable; it withdraws the refusal and is no wish of its own.
 */
const TAKEN_BACK =
  /\b(?:actually|wait|on\s+second\s+thoughts?|scratch\s+that|i\s+mean)\b[\s,]*(?:the\s+)?([\p{L}][\p{L}&-]*(?:\s+[\p{L}][\p{L}&-]*){0,3}?)\s+(?:is|are)\s+(?:(?:totally|perfectly|actually|also)\s+)?(?:fine|ok(?:ay)?|good|welcome|acceptable|alright|all\s+right|not\s+a\s+problem)\b/giu;

const stem = (w: string) => w.toLowerCase().replace(/(?:ies|es|s)$/, '');
// "banks are fine" takes back "banking": the same word or the same industry.
const sameThing = (a: string, b: string) =>
  stem(a) === stem(b) || (!!canonicalIndustry(a) && canonicalIndustry(a) === canonicalIndustry(b));
const ITEM_SEPARATOR = /\s*(?:,|\/|\bor\b|\band\b|\bnor\b)\s*/gi;

export interface TakenBack {
  /** The refusals still standing. */
  spans: Span[];
  /** The refusals taken back and the clauses that took them back ("actually pharma is fine"): neither wishes. */
  clauses: Span[];
}

/** A refusal's list items with their offsets: "No insurance or banking" → "No insurance", "banking". */
function itemsOf(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let at = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(ITEM_SEPARATOR)) {
    out.push({ start: at, end: span.start + m.index });
    at = span.start + m.index + m[0].length;
  }
  out.push({ start: at, end: span.end });
  return out;
}

/**
 * Drops each refused item a later "actually X is fine" takes back, from the nearest earlier refusal naming
 * X: "No insurance or banking. Actually banks are fine" still refuses insurance.
 */
export function withoutTakenBack(text: string, spans: readonly Span[]): TakenBack {
  let kept = [...spans];
  const clauses: Span[] = [];
  for (const m of text.matchAll(TAKEN_BACK)) {
    const words = (m[1] ?? '').split(/\s+/);
    const names = (s: Span) =>
      text
        .slice(s.start, s.end)
        .split(/[^\p{L}&-]+/u)
        .some((w) => words.some((x) => sameThing(w, x)));
    const refusal = kept.filter((s) => s.end <= m.index && names(s)).pop();
    if (!refusal) continue;
    const items = itemsOf(text, refusal);
    const gone = items.filter(names);
    const rest = items.filter((i) => !names(i)).map((i) => ({ ...refusal, ...i }));
    kept = kept.flatMap((s) => (s === refusal ? rest : [s]));
    clauses.push(...gone, { start: m.index, end: m.index + m[0].length });
  }
  return { spans: kept, clauses };
}
