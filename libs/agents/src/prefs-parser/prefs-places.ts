import {
  countryName,
  currencyOfCountry,
  findPlacesInText,
  normalisePlace,
  type Place,
  type PlaceMention,
  type RemoteMode,
} from '@job-hunter/domain';
import { corrected } from './prefs-corrections';
import { isNegated, type Span } from './prefs-negation';
import { placeUseAt, type PlaceUse } from './prefs-residence';
import { workModelsFrom } from './prefs-work-models';

const REMOTE_BEFORE =
  /\bremote(?:ly)?\b[\s(:-]*(?:(?:only|ok|okay|fine|is\s+fine|possible|preferred|roles?|jobs?|work|positions?|anywhere)\s+){0,2}(?:(?:within|in|from|across|anywhere\s+in|based\s+in|inside|open\s+to\s+(?:people|candidates|applicants|anyone|those)\s+(?:based\s+)?in)\s+)?(?:the\s+)?$/i;
const REMOTE_AFTER = /^\s*(?:only\s*)?\)?\s*[-\s]?(?:remote|based\s+remote)\b|^\s*\(?\s*remote\b/i;
/** "remote roles open worldwide are fine", "remote anywhere (in the world)", "global remote ok", "work from anywhere". */
const WORLDWIDE =
  /\b(?:anywhere(?!\s+(?:in|within)\b(?!\s+the\s+world\b))|worldwide|world[\s-]wide|globally|global\s+remote|(?:remote|open)\s*[(,-]?\s*global)\b/i;
const MENTIONS_REMOTE = /\b(?:remote(?:ly)?|work\s+from\s+(?:home|anywhere)|wfh)\b/gi;

// "London, but not central London": a part of a place refused leaves the place itself wanted.
const PART_OF =
  /\b(?:central|north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?|downtown|inner|outer|greater|suburbs?\s+of|outside)\s+$/i;

export interface PlacePrefs {
  locations: Place[];
  remoteScopes: string[];
  workModels: RemoteMode[];
  /** Where the person lives, when the text says so ("I live in Valencia"). */
  home?: Place;
}

export function scopeOf(place: Place): string | undefined {
  if (place.city) return place.country;
  return place.country ?? place.region?.toUpperCase();
}

/** Place mentions, with "Cambridge, UK" / "Bengaluru India" read as one place rather than a city and a country. */
function placeMentions(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const found of findPlacesInText(text)) {
    const m = asCityState(found);
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.index + prev.length, m.index) : '';
    if (prev && isCityOnly(prev.place) && !m.place.city && m.place.country && /^\s*,?\s*$/.test(gap)) {
      const raw = text.slice(prev.index, m.index + m.length);
      const place = normalisePlace(raw);
      if (place.country === m.place.country) {
        out[out.length - 1] = { place, index: prev.index, length: raw.length };
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/** "SG", "HK": a city-state written as its country is its city, where offices are. */
function asCityState(m: PlaceMention): PlaceMention {
  if (m.place.city || !m.place.country) return m;
  const name = countryName(m.place.country);
  const city = name ? normalisePlace(name) : undefined;
  return city?.city === name && city.country === m.place.country ? { ...m, place: city } : m;
}

/** A city that is not also a country ("Singapore", "Hong Kong" are both). */
function isCityOnly(p: Place): boolean {
  return !!p.city && (!p.country || countryName(p.country) !== p.city);
}

function placeKey(p: Place): string {
  return [p.city ?? '', p.region ?? '', p.country ?? ''].join('|').toLowerCase();
}

interface ReadMention extends PlaceMention {
  use: PlaceUse | 'remote';
}

/**
 * Each place with what it is for: a remote scope ("remote within India"), the person's home, their past,
 * a visa detail, or a place to work. A state or country written right after a place ("Kochi, Kerala")
 * shares that place's use.
 */
function readMentions(text: string, negated: readonly Span[]): ReadMention[] {
  const out: ReadMention[] = [];
  let prevRemoteEnd = -1;
  for (const mention of placeMentions(text)) {
    if (isNegated(negated, mention.index)) continue;
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.index + prev.length, mention.index) : '';
    const before = text.slice(Math.max(0, mention.index - 60), mention.index);
    const end = mention.index + mention.length;
    const after = text.slice(end, end + 20);
    // "remote within India or Singapore": a country or region joined to a remote scope shares it; a city does not.
    const joined =
      prevRemoteEnd >= 0 &&
      !isCityOnly(mention.place) &&
      /^\s*(?:,|or|and|\/|&)\s*$/i.test(text.slice(prevRemoteEnd, mention.index));
    let use: ReadMention['use'] = placeUseAt(text, mention.index, mention.length);
    if (prev && prev.use !== 'wish' && prev.use !== 'remote' && !mention.place.city && /^\s*,\s*$/.test(gap))
      use = prev.use;
    // "9 years in hotels in Manila and Doha": places joined to one from the person's past share that past.
    else if (prev?.use === 'background' && /^\s*(?:,|and|&)\s*$/i.test(gap)) use = 'background';
    else if (use === 'wish' && (REMOTE_BEFORE.test(before) || REMOTE_AFTER.test(after) || joined)) use = 'remote';
    prevRemoteEnd = use === 'remote' ? end : -1;
    out.push({ ...mention, use });
  }
  return out;
}

/** The first country of a place, for a home written as a city or state. */
function countryOf(p: Place | undefined): string | undefined {
  return p?.country ?? undefined;
}

/**
 * Places to work on site or hybrid, where the person can work remotely from, and accepted work models.
 *
 * Remote work is scoped by the place the text joins to it ("remote within the EU"), else by where the
 * person lives ("Remote (I'm in Recife)" → BR), else by the one country of their office places, and
 * 'WORLD' only when they accept anywhere and name no home. A place the person lives in or comes from is
 * not an office place unless they also ask to work there ("I'm in Manchester … hybrid in Manchester").
 */
export function placePrefs(text: string, negated: readonly Span[]): PlacePrefs {
  // "Berlin… actually, make that Munich": a corrected office place gives way to the correction.
  const read = readMentions(text, negated);
  const offices = corrected(
    text,
    read.filter((m) => m.use === 'wish').map((m) => ({ ...m, at: m.index })),
  );
  // "Houston or Phoenix. no wait — skip Phoenix": a place refused after it was named is not wanted.
  const refused = new Set(
    placeMentions(text)
      .filter((m) => isNegated(negated, m.index) && !PART_OF.test(text.slice(Math.max(0, m.index - 20), m.index)))
      .map((m) => placeKey(m.place)),
  );
  const mentions = read.filter(
    (m) => m.use !== 'wish' || (offices.some((o) => o.index === m.index) && !refused.has(placeKey(m.place))),
  );
  const scopes = new Set<string>();
  let locations: Place[] = [];
  for (const m of mentions) {
    if (m.use === 'remote') {
      const s = scopeOf(m.place);
      if (s) scopes.add(s);
    } else if (m.use === 'wish' && !locations.some((l) => placeKey(l) === placeKey(m.place))) {
      locations.push(m.place);
    }
  }
  const home = mentions.find((m) => m.use === 'home')?.place;
  // A region ("EU", "APAC") is not an office; a country named with its own cities stands for them.
  const regions = locations.filter((l) => !l.city && !l.country);
  locations = locations.filter(
    (l) => (l.city || l.country) && (l.city || !locations.some((o) => o.city && o.country === l.country)),
  );
  const officeCities = locations.some((l) => !!l.city);
  const workModels = workModelsFrom(text, officeCities);
  // "Currently in Amsterdam, happy to stay. Hybrid works": office work with no other place is at home.
  if (locations.length === 0 && home?.city && workModels.some((m) => m !== 'remote')) locations = [home];
  const remoteOnly = workModels.length === 1 && workModels[0] === 'remote';
  // Someone who only works remotely names countries and regions to say where from.
  const kept = remoteOnly ? locations.filter((l) => !!l.city) : locations;
  const remoteWanted = (workModels.length === 0 || workModels.includes('remote')) && wantsRemote(text, negated);
  if (remoteWanted) {
    if (remoteOnly)
      for (const l of [...locations, ...regions]) if (!l.city && scopeOf(l)) scopes.add(scopeOf(l) as string);
    const worldwide = WORLDWIDE.exec(text);
    const anywhere = !!worldwide && !isNegated(negated, worldwide.index);
    const countries = [...new Set(kept.map(scopeOf).filter((s): s is string => !!s))];
    if (scopes.size === 0) for (const s of defaultScopes(countryOf(home), anywhere, countries)) scopes.add(s);
  }
  return { locations: kept, remoteScopes: [...scopes], workModels, ...(home ? { home } : {}) };
}

/** Where remote work is from when no place is joined to it: home, else the office places' one country. */
function defaultScopes(home: string | undefined, anywhere: boolean, countries: string[]): string[] {
  if (home) return [home];
  if (anywhere) return countries.length > 0 ? countries : ['WORLD'];
  return countries.length === 1 ? countries : [];
}

function wantsRemote(text: string, negated: readonly Span[]): boolean {
  return [...text.matchAll(MENTIONS_REMOTE)].some((m) => !isNegated(negated, m.index));
}

/** The one currency paid where the person wants to work ("Chicago" → USD), or undefined when none or several. */
export function currencyOfPlaces({
  locations,
  remoteScopes,
  home,
}: Pick<PlacePrefs, 'locations' | 'remoteScopes' | 'home'>): string | undefined {
  const countries = [...locations.map((l) => l.country ?? ''), ...remoteScopes];
  if (countries.filter(Boolean).length === 0 && home?.country) countries.push(home.country);
  // Remote within the EU is paid in euros; other regions have no one currency.
  const currencies = new Set(
    countries.map((c) => (c === 'EU' ? 'EUR' : currencyOfCountry(c))).filter((c): c is string => !!c),
  );
  return currencies.size === 1 ? [...currencies][0] : undefined;
}
