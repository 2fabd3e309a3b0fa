import { normalisePlace, SENIORITIES, type Place, type Seniority } from '@job-hunter/domain';

/** Folds case and runs of whitespace, so "Senior  Engineer" is found in "senior engineer". */
export function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether the phrase occurs in the text as a whole word or words. Short names ("Go", "R", "C") are
 * matched in their own case, because in lower case they are ordinary words.
 */
export function mentions(text: string, phrase: string): boolean {
  const p = phrase.replace(/\s+/g, ' ').trim();
  if (!p) return false;
  const body = escapeRegex(p).replace(/ /g, '\\s+');
  const flags = p.length <= 3 ? 'u' : 'iu';
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, flags).test(text);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Trimmed, de-duplicated (case-insensitively) strings of a sane length; undefined when not a list. */
export function stringList(value: unknown, maxItems = 30, maxLength = 120): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const s = item.replace(/\s+/g, ' ').trim();
    if (s.length < 1 || s.length > maxLength || seen.has(fold(s))) continue;
    seen.add(fold(s));
    out.push(s);
  }
  return out.slice(0, maxItems);
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function seniorityOf(value: unknown): Seniority | undefined {
  return oneOf(typeof value === 'string' ? value.toLowerCase() : value, SENIORITIES);
}

/** A finite number within [min, max]; undefined otherwise (null, strings, NaN). */
export function numberIn(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}

export function booleanOf(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** A place the geography rules recognise (a city, country or region); free text that names none is dropped. */
export function placeOf(value: unknown): Place | undefined {
  if (typeof value !== 'string' || !value.trim() || value.length > 120) return undefined;
  const place = normalisePlace(value);
  return place.city || place.country || place.region ? place : undefined;
}

/** The first non-empty list: an answer that names nothing leaves the rules' list standing. */
export function nonEmpty<T>(preferred: T[] | undefined, fallback: T[]): T[] {
  return preferred && preferred.length > 0 ? preferred : fallback;
}

/** Union in order, without repeats by key. */
export function union<T>(first: readonly T[], second: readonly T[], key: (item: T) => string = String): T[] {
  const seen = new Set<string>();
  return [...first, ...second].filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
