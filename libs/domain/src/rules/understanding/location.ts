import type { Place } from '../../models/job';
import { REGION_MEMBERS } from './geo-countries';
import { type CityEntry, geoIndex, geoKey } from './geo-index';

/** Words that stand where a place should be but name none. */
const NOT_A_PLACE = new Set(
  [
    'multiple locations',
    'various',
    'various locations',
    'flexible',
    'tbd',
    'n/a',
    'na',
    'remote',
    'hybrid',
    'onsite',
    'on site',
    'on-site',
    'in office',
    'office',
    'hq',
    'headquarters',
    'home based',
    'home',
    'distributed',
    'unknown',
    'location',
    'locations',
  ].map(geoKey),
);

function countryOf(token: string): string | undefined {
  const { countryByName, countryByCode } = geoIndex();
  // Codes only count when written in capitals: "in", "it", "us" are words first.
  if (/^[A-Z]{2,3}$/.test(token)) return countryByCode.get(token) ?? countryByName.get(geoKey(token));
  return countryByName.get(geoKey(token));
}

function macroRegionOf(token: string): string | undefined {
  return geoIndex().regionByName.get(geoKey(token));
}

// "Greater Boston Area", "Seattle area", "NYC metro", "Mumbai Metropolitan Region" name the city's area.
const AREA_WORDS = /^greater |(?: metro(?:politan)?| area| region)+$/g;

function cityOf(token: string, country?: string): CityEntry | undefined {
  const { citiesByName } = geoIndex();
  const key = geoKey(token);
  const list = citiesByName.get(key) ?? citiesByName.get(key.replace(AREA_WORDS, ''));
  if (!list) return undefined;
  return (country && list.find((c) => c.country === country)) || list[0];
}

function subdivisionOf(token: string, countryHint?: string): { name: string; country: string } | undefined {
  const { subdivisionByName, subdivisionByCode } = geoIndex();
  if (/^[A-Z]{2,3}$/.test(token)) {
    for (const country of countryHint ? [countryHint] : ['US', 'CA', 'AU', 'IN']) {
      const hit = subdivisionByCode.get(`${country}:${token}`);
      if (hit) return hit;
    }
    return undefined;
  }
  const hit = subdivisionByName.get(geoKey(token));
  return hit && (!countryHint || hit.country === countryHint) ? hit : undefined;
}

/** Splits a comma-free "London UK" / "Bangalore India" into [place, country] when the tail names one. */
function splitTrailingCountry(token: string): string[] {
  const words = token.split(/\s+/);
  for (const n of [1, 2]) {
    if (words.length <= n) break;
    const tail = words.slice(-n).join(' ');
    if (countryOf(tail) || (n === 1 && /^[A-Z]{2}$/.test(tail) && subdivisionOf(tail))) {
      return [words.slice(0, -n).join(' '), tail];
    }
  }
  return [token];
}

function tokenize(text: string): string[] {
  const s = text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Workday style "US-CA-San Jose" / "IND-Bengaluru": country code first, dash separated.
  const wd = /^([A-Z]{2,3})-(?:([A-Z]{2})-)?([^-].*)$/.exec(s);
  if (wd?.[1] && countryOf(wd[1])) return [wd[3] ?? '', ...(wd[2] ? [wd[2]] : []), wd[1]].filter(Boolean);
  const tokens = s.split(/\s*[,;]\s*|\s+[-–—|/]\s+/).filter((t) => t && !NOT_A_PLACE.has(geoKey(t)));
  if (tokens.length === 1 && tokens[0] && !cityOf(tokens[0]) && !countryOf(tokens[0]) && !macroRegionOf(tokens[0])) {
    return splitTrailingCountry(tokens[0]);
  }
  return tokens;
}

/**
 * Builds the place gazetteer now (about a quarter of a second, once per process) instead of at the
 * first place read: e.g. while a worker thread reads a PDF resume and this thread would wait.
 */
export function preparePlaces(): void {
  geoIndex();
}

/**
 * Reads a free-form place ("Bengaluru, Karnataka, India", "NYC", "München", "San Francisco, CA",
 * "Deutschland", "EMEA"). For a macro-region, `region` holds its code (EU, EMEA, …) and `country`
 * is unset; otherwise `region` is a state or province name.
 */
export function normalisePlace(text: string): Place {
  const raw = text.trim();
  const tokens = tokenize(raw);
  let city: CityEntry | undefined;
  let unknownCity: string | undefined;
  let country: string | undefined;
  let state: string | undefined;
  let macro: string | undefined;
  for (const [i, token] of tokens.entries()) {
    if (i === 0 && (city = cityOf(token))) continue;
    const afterCity = i > 0 && (city || unknownCity);
    // "San Francisco, CA" / "Toronto, ON": after a city a two-letter code is a state before a country.
    const c = countryOf(token);
    // "Kingston, Ontario": a state of another country than the namesake city read first re-picks the city.
    // "Birmingham, AL": a state code over a country code when the city has a namesake in that state's country.
    const elsewhere = city ? subdivisionOf(token) : undefined;
    const namesakeThere = !!city && !!elsewhere && cityOf(city.city, elsewhere.country)?.country === elsewhere.country;
    const sub =
      afterCity || !/^[A-Z]{2}$/.test(token)
        ? (subdivisionOf(token, city?.country) ?? (!c || namesakeThere ? elsewhere : undefined))
        : undefined;
    if (sub && (!c || /^[A-Z]{2}$/.test(token))) {
      state ??= sub.name;
      country ??= sub.country;
    } else if (c) country ??= c;
    else if (macroRegionOf(token)) macro ??= macroRegionOf(token);
    else if (!city && cityOf(token, country)) city = cityOf(token, country);
    else if (!unknownCity && !city && !/\d/.test(token) && token.split(' ').length <= 4) unknownCity = token;
  }
  // A namesake elsewhere ("Paris, Texas"): the city of that name in the country written, known or not.
  if (city && country && city.country !== country) city = cityOf(city.city, country) ?? { city: city.city, country };
  const place: Place = { raw };
  if (city && (!country || city.country === country)) {
    place.city = city.city;
    place.country = city.country;
    if (state ?? city.region) place.region = state ?? city.region;
  } else if (city && country) {
    place.city = city.city;
    place.country = country;
    if (state) place.region = state;
  } else {
    if (unknownCity && (country || state)) place.city = unknownCity;
    if (country) place.country = country;
    if (state) place.region = state;
    else if (macro && !country) place.region = macro;
  }
  return place;
}

/** The display name for an ISO country code or a macro-region code. */
export function countryName(code: string): string {
  const { countryNames, regionLabels } = geoIndex();
  return countryNames.get(code.toUpperCase()) ?? regionLabels.get(code.toUpperCase()) ?? code;
}

export function isMacroRegion(code: string): boolean {
  return code.toUpperCase() in REGION_MEMBERS;
}

/** Whether a macro-region (or a country code, compared as itself) includes the country. */
export function regionContains(region: string, country: string): boolean {
  const r = region.toUpperCase();
  const c = country.toUpperCase();
  if (r === 'WORLD') return true;
  if (r === c) return true;
  return REGION_MEMBERS[r]?.includes(c) ?? false;
}

function macroCovers(want: string, have: string): boolean {
  if (want === have || want === 'WORLD') return true;
  const members = REGION_MEMBERS[have];
  return !!members && members.length > 0 && members.every((c) => regionContains(want, c));
}

/** The main city of the commuting area the place lies in ("Jersey City, NJ" → "New York"), if any. */
function metroCoreOf(p: Place): string | undefined {
  const hit = p.city && p.country ? geoIndex().metroOf.get(`${p.country}:${geoKey(p.city)}`) : undefined;
  // "Newark, CA" is not the Newark of New York's area.
  if (!hit || (p.region && !hit.regions.some((r) => geoKey(r) === geoKey(p.region ?? '')))) return undefined;
  return geoKey(hit.core);
}

/** The same city, or one is the main city of an area the other lies in ("NYC" and "Jersey City"). */
function sameCityArea(a: Place, b: Place): boolean {
  const ka = geoKey(a.city ?? '');
  const kb = geoKey(b.city ?? '');
  return ka === kb || metroCoreOf(b) === ka || metroCoreOf(a) === kb;
}

/**
 * Whether a job at `have` is somewhere the person wants (`want`): the same city or commuting area
 * (see METRO_ROWS), or inside want's country/region.
 */
export function placeMatches(want: Place, have: Place): boolean {
  if (want.city) {
    if (!have.city || !sameCityArea(want, have)) return false;
    return !want.country || !have.country || want.country === have.country;
  }
  if (want.country) {
    if (have.country !== want.country) return false;
    return !want.region || (!!have.region && geoKey(want.region) === geoKey(have.region));
  }
  if (want.region && isMacroRegion(want.region)) {
    const r = want.region.toUpperCase();
    if (have.country) return regionContains(r, have.country);
    return !!have.region && isMacroRegion(have.region) && macroCovers(r, have.region.toUpperCase());
  }
  return false;
}

function placeLabel(p: Place): string {
  if (p.city) return p.country ? `${p.city}, ${countryName(p.country)}` : p.city;
  if (p.country) return p.region ? `${p.region}, ${countryName(p.country)}` : countryName(p.country);
  if (p.region) return countryName(p.region);
  return p.raw;
}

/** A short label: the first place and how many more, e.g. "Bengaluru, India (+2)". */
export function labelForPlaces(places: Place[]): string {
  const labels = [...new Set(places.map(placeLabel).filter(Boolean))];
  if (labels.length === 0) return '';
  return labels.length === 1 ? (labels[0] ?? '') : `${labels[0]} (+${labels.length - 1})`;
}
