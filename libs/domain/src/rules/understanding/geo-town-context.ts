import { geoIndex, geoKey } from './geo-index';
import type { GeoNameSpan } from './geo-names';

/** Below this many inhabitants a world-only name is a small town: its name is as often a person's or a brand's. */
const SMALL_TOWN_POPULATION = 50_000;

// Words after which a name is where someone lives, works or goes ("based in", "near", "moving to").
const PLACE_WORD_BEFORE =
  /(?:\b(?:in|near|around|from|to|at|outside|of|based|live|living|lives|relocate|relocating|moving|move|commute|commuting|between)|[@(])\s*$/i;
const LIST_BEFORE = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)\s*(?:,|\/|&|\bor\b|\band\b)\s*$/u;
const LIST_AFTER = /^\s*(?:,|\/|&|\bor\b|\band\b)\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/u;

/** Whether a name is only known as a town of fewer than SMALL_TOWN_POPULATION people (hand rows count as big). */
export function isSmallTown(key: string): boolean {
  const { citiesByName, worldOnlyNames } = geoIndex();
  const list = citiesByName.get(key);
  if (!list || !worldOnlyNames.has(key)) return false;
  return list.every((c) => c.population !== undefined && c.population < SMALL_TOWN_POPULATION);
}

/** A gazetteer name in the 1–3 capitalised words of `words`, read from the end (before) or the start (after). */
function namesAPlace(words: string | undefined, fromEnd: boolean): boolean {
  const parts = (words ?? '').split(/\s+/).filter(Boolean);
  const { namesByKey } = geoIndex();
  return parts.some((_, n) => namesByKey.has(geoKey((fromEnd ? parts.slice(n) : parts.slice(0, n + 1)).join(' '))));
}

/**
 * A small town ("Westerville", "Uddevalla") counts only where the text writes a place: after a word
 * like "in", "near" or "moving to", or listed with another place ("Columbus, Dublin or Westerville") —
 * so "Mariana Minerals", "Paul Graham" or "Midjourney, Runway, Sora" name no town; one that is also an
 * English word ("Central", "Humble") needs the list. (A country or state
 * written after it, "Stow, Ohio", is checked by the caller.)
 */
export function smallTownInPlaceContext(text: string, span: GeoNameSpan): boolean {
  const before = text.slice(Math.max(0, span.index - 80), span.index);
  const after = text.slice(span.index + span.length, span.index + span.length + 80);
  // Inside a longer capitalised name ("Mariana Minerals", "Bessemer Venture Partners", "Paul Graham").
  const nameBefore = /(\p{Lu}[\p{L}.'’-]*)\s+$/u.exec(before)?.[1];
  const nameAfter = /^\s+(\p{Lu}[\p{L}.'’-]*)/u.exec(after)?.[1];
  if (nameBefore && !PLACE_WORD_BEFORE.test(nameBefore) && !namesAPlace(nameBefore, true)) return false;
  if (nameAfter && !namesAPlace(nameAfter, false)) return false;
  // "in Central or Eastern time zones": a town that is also a word needs another place beside it.
  if (PLACE_WORD_BEFORE.test(before) && !geoIndex().everydayNames.has(span.key)) return true;
  return namesAPlace(LIST_BEFORE.exec(before)?.[1], true) || namesAPlace(LIST_AFTER.exec(after)?.[1], false);
}
