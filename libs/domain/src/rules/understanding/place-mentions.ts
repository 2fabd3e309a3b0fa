import type { Place } from '../../models/job';
import { type CityEntry, geoIndex, geoKey } from './geo-index';
import { findGeoNames, type GeoNameSpan } from './geo-names';
import { normalisePlace } from './location';
import { canonicalSkill } from './skills';

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
  'GTA',
]);
const SAFE_CODE_KEYS: ReadonlySet<string> = new Set([...SAFE_CODES].map(geoKey));
/**
 * Place names that are also everyday words (or brands); read only when capitalised. Names known only
 * from the generated world tables need capitals anyway (see `worldOnlyNames`).
 */
const WORDS_TOO = new Set(
  [
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
    'of',
    'the',
    'start',
    'university',
    'none',
    'best',
    'hope',
    'marathon',
    'sale',
    'orange',
    'liberty',
    'independence',
    'van',
    'oral',
    'mesa',
    'bello',
    'brent',
    'salem',
    'pilar',
  ].map(geoKey),
);
/** Names so often a word, a person or a brand at the start of a sentence that only mid-sentence capitals count. */
const SENTENCE_START_WORDS = new Set([
  'reading',
  'mobile',
  'split',
  'nice',
  'bath',
  'best',
  'hope',
  'start',
  'sale',
  'van',
  'oral',
  'independence',
  'liberty',
  'orange',
  'marathon',
  'university',
  'none',
]);
/** Cities that are better known as companies: a place only when a country or state follows ("Toyota, Japan"). */
const BRAND_NAMES = new Set(['santander', 'mercedes', 'toyota', 'hitachi', 'nokia', 'orange', 'mobile', 'emirates']);
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

/** "Reading, UK", "Nice (France)", "Toyota, Aichi": a country, state or region written right after a name. */
function areaFollows(text: string, end: number): boolean {
  const next = /^\s*[,(]\s*([\p{L}.]+(?:[ -][\p{L}.]+){0,2})/u.exec(text.slice(end, end + 60))?.[1];
  if (!next) return false;
  const { countryByName, countryByCode, subdivisionByName, subdivisionByCode, regionByName } = geoIndex();
  const stateCode = (code: string) => ['US', 'CA', 'AU', 'IN'].some((c) => subdivisionByCode.has(`${c}:${code}`));
  const words = next.split(/[ -]/);
  return words.some((_, n) => {
    const written = words.slice(0, n + 1).join(' ');
    const key = geoKey(written);
    if (/^[A-Z]{2,3}$/.test(written)) {
      return countryByCode.has(written) || SAFE_CODES.has(written) || stateCode(written);
    }
    return countryByName.has(key) || subdivisionByName.has(key) || regionByName.has(key);
  });
}

/**
 * A name known only from the world table that is also an English word ("Enterprise", "Normal") or a
 * skill ("Spring", "Phoenix") is a place only when written as one: mid-sentence, not part of a longer
 * capitalised name ("Enterprise Account Executive", "Spring Boot") — or with its country or state after it.
 */
function worldNameReadable(text: string, span: GeoNameSpan, written: string): boolean {
  const { everydayNames } = geoIndex();
  const end = span.index + span.length;
  if (areaFollows(text, end)) return true;
  if (canonicalSkill(written)) return false;
  if (!everydayNames.has(span.key)) return true;
  const before = text.slice(0, span.index);
  const sentenceStart = /(?:^|[.!?\n:;•*-])\s*$/.test(before);
  const inLongerName = /\p{Lu}[\p{L}.]*\s+$/u.test(before) || /^\s+\p{Lu}/u.test(text.slice(end));
  return !sentenceStart && !inLongerName;
}

function readable(text: string, span: GeoNameSpan): boolean {
  const { worldOnlyNames } = geoIndex();
  const written = text.slice(span.index, span.index + span.length);
  if (WORLD_WORDS.has(span.key)) return false;
  if (span.key.length < 4 && !SAFE_CODES.has(written.replace(/\./g, ''))) return false;
  // Short names ("Pune", "Rome", "Oslo") count when capitalised like names; other short tokens must be safe codes.
  if (written.length <= 4 && !SAFE_CODES.has(written.replace(/\./g, '')) && !/^\p{Lu}\p{Ll}+$/u.test(written)) {
    return false;
  }
  const capitalised = /^\p{Lu}/u.test(written);
  if (worldOnlyNames.has(span.key) && !worldNameReadable(text, span, written)) return false;
  if ((WORDS_TOO.has(span.key) || worldOnlyNames.has(span.key)) && !capitalised) return false;
  const before = text.slice(0, span.index).trimEnd();
  const placeFollows = areaFollows(text, span.index + span.length);
  if (BRAND_NAMES.has(span.key) && !placeFollows) return false;
  if (SENTENCE_START_WORDS.has(span.key) && !placeFollows && (before === '' || /[.!?\n]$/.test(before))) return false;
  return true;
}

/** The country a city mention means when its name is shared: one named elsewhere in the text, else the first. */
function countryNamedNearby(key: string, countries: Set<string>): string | undefined {
  const list = geoIndex().citiesByName.get(key);
  if (!list || list.length < 2) return undefined;
  return list.find((c) => countries.has(c.country))?.country;
}

/** "Victoria, Canada": a city the hand tables name a state for, when the text names the city's country. */
function shadowedCity(key: string, countries: Set<string>): CityEntry | undefined {
  return geoIndex()
    .shadowedCities.get(key)
    ?.find((c) => countries.has(c.country));
}

/**
 * Known places named in free prose ("Bangalore or remote within India", "London, Berlin"), in order.
 * Short codes count only from a safe list and in capitals; everyday words only when capitalised. A city
 * name shared by several countries (Birmingham, Victoria, Bergen) means the one in a country the text
 * names, else the one the tables list first (hand rows, then the most populous).
 */
export function findPlacesInText(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const span of findGeoNames(text, (s) => readable(text, s), SAFE_CODE_KEYS)) {
    const written = text.slice(span.index, span.index + span.length);
    const place = normalisePlace(written);
    if (!place.city && !place.country && !place.region) continue;
    found.push({ place, index: span.index, length: span.length });
  }
  const countries = new Set(found.filter((m) => !m.place.city && m.place.country).map((m) => m.place.country ?? ''));
  return found.map((m) => {
    const shadowed = m.place.city ? undefined : shadowedCity(geoKey(m.place.raw), countries);
    if (shadowed) return { ...m, place: { raw: m.place.raw, city: shadowed.city, country: shadowed.country } };
    const other = m.place.city ? countryNamedNearby(geoKey(m.place.raw), countries) : undefined;
    if (!other || other === m.place.country) return m;
    return { ...m, place: { ...normalisePlace(`${m.place.raw}, ${other}`), raw: m.place.raw } };
  });
}
