import type { Place } from '../../models/job';
import { geoIndex, geoKey } from './geo-index';
import { normalisePlace } from './location';

export interface PlaceMention {
  place: Place;
  index: number;
  length: number;
}

/** Short codes safe to read in prose; other two-letter codes ("IN", "IT", "ME") are words first. */
const SAFE_CODES = new Set([
  'US',
  'USA',
  'UK',
  'EU',
  'EEA',
  'EMEA',
  'APAC',
  'LATAM',
  'AMER',
  'NYC',
  'SF',
  'BLR',
  'NCR',
  'UAE',
  'DACH',
  'SG',
  'HK',
]);
/** Place names that are also everyday words; read only when capitalised. */
const WORDS_TOO = new Set([
  'reading',
  'mobile',
  'split',
  'nice',
  'bath',
  'victoria',
  'georgia',
  'jordan',
  'chad',
  'turkey',
  'china',
  'home',
]);
/** Macro-region names handled by remote-scope rules, not as places to be in. */
const WORLD_WORDS = new Set([
  'anywhere',
  'worldwide',
  'global',
  'globally',
  'world',
  'international',
  'earth',
  'anywhere in the world',
]);

let namesCache: RegExp | undefined;

function namesRegex(): RegExp {
  if (namesCache) return namesCache;
  const { countryByName, regionByName, subdivisionByName, citiesByName } = geoIndex();
  const keys = [...countryByName.keys(), ...regionByName.keys(), ...subdivisionByName.keys(), ...citiesByName.keys()]
    .filter((k) => k.length >= 4 && !WORLD_WORDS.has(k))
    .concat([...SAFE_CODES].map((c) => c.toLowerCase()));
  const unique = [...new Set(keys)].sort((a, b) => b.length - a.length);
  const alternation = unique.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s.-]+')).join('|');
  namesCache = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'giu');
  return namesCache;
}

/**
 * Known places named in free prose ("Bangalore or remote within India", "London, Berlin"), in order.
 * Short codes count only from a safe list and in capitals; everyday words only when capitalised.
 */
export function findPlacesInText(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  const folded = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  for (const m of folded.matchAll(namesRegex())) {
    const written = text.slice(m.index, m.index + m[0].length);
    const key = geoKey(written);
    // Short names ("Pune", "Rome", "Oslo") count when capitalised like names; other short tokens must be safe codes.
    if (written.length <= 4 && !SAFE_CODES.has(written.replace(/\./g, '')) && !/^\p{Lu}\p{Ll}+$/u.test(written)) {
      continue;
    }
    if (WORDS_TOO.has(key) && !/^\p{Lu}/u.test(written)) continue;
    const place = normalisePlace(written);
    if (!place.city && !place.country && !place.region) continue;
    out.push({ place, index: m.index, length: m[0].length });
  }
  return out;
}
