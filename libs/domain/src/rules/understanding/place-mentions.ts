import type { Place } from '../../models/job';
import { type CityEntry, geoIndex, geoKey } from './geo-index';
import { findGeoNames, type GeoNameSpan } from './geo-names';
import { isSmallTown, smallTownInPlaceContext } from './geo-town-context';
import { normalisePlace } from './location';
import { monthOfName } from './month-names';
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
  // City abbreviations people write in their own market: Hyderabad, Kuala Lumpur, Mexico City, Guadalajara…
  'HYD',
  'KL',
  'CDMX',
  'GDL',
  'JHB',
  'DXB',
  'HCMC',
  'BKK',
  'JKT',
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

/** "Reading, UK", "Nice (France)", "Toyota, Aichi", "Ashland, OH": the country, state or region written right after a name. */
function areaAfter(text: string, end: number): string | undefined {
  const next = /^\s*[,(]\s*([\p{L}.]+(?:[ -][\p{L}.]+){0,2})/u.exec(text.slice(end, end + 60))?.[1];
  if (!next) return undefined;
  const { countryByName, countryByCode, subdivisionByName, subdivisionByCode, regionByName } = geoIndex();
  const stateCode = (code: string) => ['US', 'CA', 'AU', 'IN'].some((c) => subdivisionByCode.has(`${c}:${code}`));
  const words = next.split(/[ -]/);
  return words
    .map((_, n) =>
      words
        .slice(0, n + 1)
        .join(' ')
        .replace(/\.$/, ''),
    ) // "Ashland, OH." ends a sentence
    .find((written) => {
      const key = geoKey(written);
      if (/^[A-Z]{2,3}$/.test(written)) {
        return countryByCode.has(written) || SAFE_CODES.has(written) || stateCode(written);
      }
      return countryByName.has(key) || subdivisionByName.has(key) || regionByName.has(key);
    });
}

function areaFollows(text: string, end: number): boolean {
  return areaAfter(text, end) !== undefined;
}

/** A city read with the state or country written after it ("Ashland, OH" is not the Californian one). */
function placeWithArea(text: string, span: GeoNameSpan, written: string): { place: Place; settled: boolean } {
  const place = normalisePlace(written);
  const area = place.city ? areaAfter(text, span.index + span.length) : undefined;
  const withArea = area ? normalisePlace(`${written}, ${area}`) : undefined;
  // A namesake the tables know there, or none in that country ("Alma, Michigan" is not Alma, Quebec); but
  // in "Seattle, Austin, Indianapolis, LA" the LA is a city, not Louisiana.
  const there = geoIndex()
    .citiesByName.get(geoKey(written))
    ?.filter((c) => c.country === withArea?.country);
  const known = !there?.length || there.some((c) => !withArea?.region || !c.region || c.region === withArea.region);
  if (!known || !withArea?.city || geoKey(withArea.city) !== geoKey(place.city ?? '')) return { place, settled: false };
  return { place: { ...withArea, raw: written }, settled: true };
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
  if (isSmallTown(span.key) && !smallTownInPlaceContext(text, span)) return false;
  // A month is capitalised anyway ("moving there in March"): March, Cambridgeshire only with its area.
  if (canonicalSkill(written) || monthOfName(written) !== undefined) return false;
  if (!everydayNames.has(span.key)) return true;
  // The word and the spaces before the name, not all the text before it: a test of a whole prefix
  // against `$` reads it all, for every name of a long posting.
  const spaces = spaceRunStart(text, span.index);
  const sentenceStart = spaces === 0 || /[.!?\n:;•*-]\s*$/.test(text.slice(spaces - 1, span.index));
  const lastWord = text.slice(wordRunStart(text, spaces), span.index);
  const inLongerName = /\p{Lu}[\p{L}.]*\s+$/u.test(lastWord) || /^\s+\p{Lu}/u.test(text.slice(end));
  return !sentenceStart && !inLongerName;
}

const SPACE = /\s/;

/** Where the run of spaces (as `\s` reads them) that ends at `index` starts. */
function spaceRunStart(text: string, index: number): number {
  let start = index;
  while (start > 0 && SPACE.test(text.charAt(start - 1))) start--;
  return start;
}

/** Where the run of other characters that ends at `index` starts. */
function wordRunStart(text: string, index: number): number {
  let start = index;
  while (start > 0 && !SPACE.test(text.charAt(start - 1))) start--;
  return start;
}

/** Whether only spaces, or the end of a sentence and spaces, come before `index`. */
function atSentenceStart(text: string, index: number): boolean {
  const spaces = spaceRunStart(text, index);
  return spaces === 0 || /[.!?]/.test(text.charAt(spaces - 1));
}

function readable(text: string, span: GeoNameSpan): boolean {
  const { worldOnlyNames } = geoIndex();
  const written = text.slice(span.index, span.index + span.length);
  if (WORLD_WORDS.has(span.key)) return false;
  // Three letters count only as a capitalised name no word shares ("Ulm", "Zug"), or as a safe code.
  const safeCode = SAFE_CODES.has(written.replace(/\./g, ''));
  const shortName =
    span.key.length === 3 && /^\p{Lu}\p{Ll}{2}$/u.test(written) && !geoIndex().everydayNames.has(span.key);
  if (span.key.length < 4 && !shortName && !safeCode) return false;
  // Short names ("Pune", "Rome", "Oslo") count when capitalised like names; other short tokens must be safe codes.
  if (written.length <= 4 && !safeCode && !/^\p{Lu}\p{Ll}+$/u.test(written)) return false;
  const capitalised = /^\p{Lu}/u.test(written);
  if (worldOnlyNames.has(span.key) && !worldNameReadable(text, span, written)) return false;
  if ((WORDS_TOO.has(span.key) || worldOnlyNames.has(span.key)) && !capitalised) return false;
  const placeFollows = areaFollows(text, span.index + span.length);
  if (BRAND_NAMES.has(span.key) && !placeFollows) return false;
  if (SENTENCE_START_WORDS.has(span.key) && !placeFollows && atSentenceStart(text, span.index)) return false;
  return true;
}

/** The countries a city mention may be in: each namesake's, and the one it was read in. */
function countriesOf(m: PlaceMention): Set<string> {
  const list = geoIndex().citiesByName.get(geoKey(m.place.raw)) ?? [];
  return new Set([...list.map((c) => c.country), m.place.country ?? '']);
}

/**
 * The namesake a shared city name means, from the text's other places: one in a country or state it
 * names ("Victoria, Canada"), else in a country — and state, when they share one — all its other
 * cities can be in while its first namesake's cannot ("Winnipeg or Brandon", "Columbus, Dublin or
 * Westerville", "Portland or Bangor"); undefined keeps the first namesake (hand rows, then the most populous).
 */
function namesakeFromContext(
  m: PlaceMention,
  named: Set<string>,
  namedStates: Set<string>,
  others: PlaceMention[],
): CityEntry | undefined {
  const list = geoIndex().citiesByName.get(geoKey(m.place.raw));
  if (!list || list.length < 2) return undefined;
  const own = m.place.country ?? '';
  // A country named anywhere ("US time zones") or a city of that country ("Boston or London") does not
  // turn Lima into Lima, Ohio or London into London, Ontario: a namesake a tenth the size of the first
  // needs its state shared by the text's other cities ("Columbus, Dublin or Westerville").
  const first = list[0]?.population ?? 0;
  const sizable = (c: CityEntry) => (c.population ?? first) * 10 >= first;
  const fits = (c: CityEntry) => named.has(c.country) && sizable(c);
  const byName = list.find((c) => !!c.region && namedStates.has(c.region) && named.has(c.country)) ?? list.find(fits);
  if (byName || named.has(own) || others.length === 0) return byName;
  const shared = (country: string) => others.every((o) => countriesOf(o).has(country));
  const country = shared(own) ? own : list.find((c) => shared(c.country))?.country;
  if (!country) return undefined;
  const [region, ...regions] = new Set(others.map((o) => o.place.region));
  const inRegion =
    region && !regions.length ? list.find((c) => c.country === country && c.region === region) : undefined;
  return inRegion ?? (country === own ? undefined : list.find((c) => c.country === country && sizable(c)));
}

/**
 * "Victoria, Canada", "Vancouver or Victoria", "Holland, Michigan": a town the tables name a state or a
 * country for, when the text names the town's country or all its other places lie there.
 */
function shadowedCity(key: string, countries: Set<string>, others: PlaceMention[]): CityEntry | undefined {
  const list = geoIndex().shadowedCities.get(key);
  const [only, ...more] = new Set(others.map((o) => o.place.country));
  return (
    list?.find((c) => countries.has(c.country)) ?? (more.length ? undefined : list?.find((c) => c.country === only))
  );
}

/** "Georgia or Armenia": a state that shares a country's name is the country when the other places are countries abroad. */
function countryNotState(m: PlaceMention, others: PlaceMention[]): string | undefined {
  const country =
    m.place.city || !m.place.region ? undefined : geoIndex().countryByName.get(`${geoKey(m.place.raw)} (country)`);
  const abroad =
    others.length > 0 && others.every((o) => !o.place.city && o.place.country && o.place.country !== m.place.country);
  return country && abroad ? country : undefined;
}

/**
 * Known places named in free prose ("Bangalore or remote within India", "London, Berlin"), in order.
 * Short codes count only from a safe list and in capitals; everyday words only when capitalised. A city
 * name shared by several countries (Birmingham, Victoria, Bergen) means the one in a country the text
 * names, else the one the tables list first (hand rows, then the most populous).
 */
export function findPlacesInText(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  const settled = new Set<PlaceMention>();
  for (const span of findGeoNames(text, (s) => readable(text, s), SAFE_CODE_KEYS)) {
    const written = text.slice(span.index, span.index + span.length);
    const read = placeWithArea(text, span, written);
    const { place } = read;
    if (!place.city && !place.country && !place.region) continue;
    const mention = { place, index: span.index, length: span.length };
    found.push(mention);
    if (read.settled) settled.add(mention);
  }
  const named = new Set(found.filter((m) => !m.place.city && m.place.country).map((m) => m.place.country ?? ''));
  const namedStates = new Set(found.filter((m) => !m.place.city && m.place.region).map((m) => m.place.region ?? ''));
  // In order, each against the others as read so far: "Cambridge or Oxford" settles on one country.
  const read = [...found];
  read.forEach((m, i) => {
    if (settled.has(m)) return;
    const others = read.filter((o) => o !== m && o.place.city && o.place.country);
    const abroad = countryNotState(
      m,
      read.filter((o) => o !== m),
    );
    if (abroad) {
      read[i] = { ...m, place: { raw: m.place.raw, country: abroad } };
      return;
    }
    const shadowed = m.place.city ? undefined : shadowedCity(geoKey(m.place.raw), named, others);
    const namesake = shadowed ?? (m.place.city ? namesakeFromContext(m, named, namedStates, others) : undefined);
    if (!namesake || (namesake.country === m.place.country && namesake.region === m.place.region)) return;
    const { city, country, region } = namesake;
    read[i] = {
      ...m,
      place: region ? { raw: m.place.raw, city, country, region } : { raw: m.place.raw, city, country },
    };
  });
  return read;
}
