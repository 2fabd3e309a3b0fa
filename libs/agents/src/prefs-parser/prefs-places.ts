import {
  countryName,
  currencyOfCountry,
  findPlacesInText,
  normalisePlace,
  type Place,
  type PlaceMention,
  type RemoteMode,
} from '@job-hunter/domain';
import { isNegated, type Span } from './prefs-negation';
import { workModelsFrom } from './prefs-work-models';

const REMOTE_BEFORE =
  /\bremote(?:ly)?\b[\s(:-]*(?:(?:only|ok|okay|fine|is\s+fine|possible|preferred|roles?|jobs?|work|positions?)\s+){0,2}(?:(?:within|in|from|across|anywhere\s+in|based\s+in|inside)\s+)?(?:the\s+)?$/i;
const REMOTE_AFTER = /^\s*(?:only\s*)?\)?\s*[-\s]?(?:remote|based\s+remote)\b|^\s*\(?\s*remote\b/i;
/** "remote roles open worldwide are fine", "remote anywhere", "global remote ok", "work from anywhere". */
const WORLDWIDE =
  /\b(?:anywhere(?!\s+(?:in|within)\b)|worldwide|world[\s-]wide|globally|global\s+remote|(?:remote|open)\s*[(,-]?\s*global)\b/i;

export interface PlacePrefs {
  locations: Place[];
  remoteScopes: string[];
  workModels: RemoteMode[];
}

export function scopeOf(place: Place): string | undefined {
  if (place.city) return place.country;
  return place.country ?? place.region?.toUpperCase();
}

/** Place mentions, with "Cambridge, UK" / "Bengaluru India" read as one place rather than a city and a country. */
function placeMentions(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of findPlacesInText(text)) {
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

/** A city that is not also a country ("Singapore", "Hong Kong" are both). */
function isCityOnly(p: Place): boolean {
  return !!p.city && (!p.country || countryName(p.country) !== p.city);
}

function placeKey(p: Place): string {
  return [p.city ?? '', p.region ?? '', p.country ?? ''].join('|').toLowerCase();
}

/**
 * Places to work on site or hybrid, where the person can work remotely from, and accepted work models.
 *
 * "Remote worldwide is fine" / "global remote ok" says that jobs open to anyone are acceptable, not that
 * the person can legally work from every country: it turns into the person's own scope (their remote
 * scopes, else the countries of their places). Only when the text names no place at all does 'WORLD'
 * stay, for the resume's location to replace later (see enrichFromProfile); if that is unknown too,
 * 'WORLD' remains and country-restricted remote jobs all pass, since nothing says where the person is.
 */
export function placePrefs(text: string, negated: readonly Span[]): PlacePrefs {
  const locations: Place[] = [];
  const scopes = new Set<string>();
  let prevRemoteEnd = -1;
  for (const mention of placeMentions(text)) {
    if (isNegated(negated, mention.index)) continue;
    const before = text.slice(Math.max(0, mention.index - 40), mention.index);
    const end = mention.index + mention.length;
    const after = text.slice(end, end + 20);
    // "remote within India or Singapore": a country or region joined to a remote scope shares it; a city does not.
    const joined =
      prevRemoteEnd >= 0 &&
      !isCityOnly(mention.place) &&
      /^\s*(?:,|or|and|\/|&)\s*$/i.test(text.slice(prevRemoteEnd, mention.index));
    if (REMOTE_BEFORE.test(before) || REMOTE_AFTER.test(after) || joined) {
      const s = scopeOf(mention.place);
      if (s) scopes.add(s);
      prevRemoteEnd = end;
    } else {
      if (!locations.some((l) => placeKey(l) === placeKey(mention.place))) locations.push(mention.place);
      prevRemoteEnd = -1;
    }
  }
  const workModels = workModelsFrom(
    text,
    locations.some((l) => !!l.city),
  );
  const remoteOnly = workModels.length === 1 && workModels[0] === 'remote';
  // Someone who only works remotely names countries and regions to say where from.
  const kept = remoteOnly ? locations.filter((l) => !!l.city) : locations;
  if (remoteOnly) for (const l of locations) if (!l.city && scopeOf(l)) scopes.add(scopeOf(l) as string);
  const worldwide = WORLDWIDE.exec(text);
  if (worldwide && !isNegated(negated, worldwide.index)) {
    const home = scopes.size > 0 ? [] : kept.map(scopeOf).filter((s): s is string => !!s);
    for (const s of home) scopes.add(s);
    if (scopes.size === 0) scopes.add('WORLD');
  }
  return { locations: kept, remoteScopes: [...scopes], workModels };
}

/** The one currency paid where the person wants to work ("Chicago" → USD), or undefined when none or several. */
export function currencyOfPlaces({
  locations,
  remoteScopes,
}: Pick<PlacePrefs, 'locations' | 'remoteScopes'>): string | undefined {
  const countries = [...locations.map((l) => l.country ?? ''), ...remoteScopes];
  const currencies = new Set(countries.map(currencyOfCountry).filter((c): c is string => !!c));
  return currencies.size === 1 ? [...currencies][0] : undefined;
}
