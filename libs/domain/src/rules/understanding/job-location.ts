import type { Place, RemoteMode } from '../../models/job';
import { geoIndex, geoKey } from './geo-index';
import { isMacroRegion, normalisePlace } from './location';
import { memoByText } from '../text/memo-by-text';

const REMOTE = /\b(?:remote(?:ly)?|work[\s-]+from[\s-]+home|wfh|telecommute|distributed|virtual|home[\s-]+based)\b/i;
const ANYWHERE = /\b(?:anywhere|worldwide|world[\s-]+wide|global(?:ly)?|any\s+location|international)\b/i;
const HYBRID = /\bhybrid\b/i;
const ONSITE = /\b(?:on[\s-]?site|in[\s-]office|office[\s-]based|in[\s-]person)\b/i;
const MODE_WORDS =
  /\b(?:remote(?:ly)?|work[\s-]+from[\s-]+home|wfh|telecommute|distributed|virtual|home[\s-]+based|hybrid|on[\s-]?site|in[\s-]office|office[\s-]based|in[\s-]person|office|first|friendly|only|based|within|from|across|eligible|preferred|timezones?|time\s+zones?|hours|in|opportunity|position|role|fully|completely|entirely|available|openings?|full[\s-]?time|part[\s-]?time|permanent|temporary|contract)\b|\b100\s?%/gi;

function stripModeWords(s: string): string {
  return s
    .replace(/[()[\]]/g, ' , ')
    .replace(MODE_WORDS, ' ')
    .replace(/^[\s,;:/|–—-]+|[\s,;:/|–—-]+$/g, '')
    .replace(/\s*([,;])\s*(?:[,;/|–—-]\s*)+/g, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "San Francisco, New York" or "Germany, France": comma lists of whole places, not one place's parts. */
function splitCommaList(part: string): string[] {
  const tokens = part.split(/\s*,\s*/).filter(Boolean);
  if (tokens.length < 2) return [part];
  const { citiesByName, countryByName, regionByName } = geoIndex();
  const cities = tokens.map((t) => citiesByName.get(geoKey(t))?.[0]?.city);
  if (cities.every(Boolean) && new Set(cities).size === tokens.length) return tokens;
  const areas = tokens.map((t) => countryByName.get(geoKey(t)) ?? regionByName.get(geoKey(t)));
  if (areas.every(Boolean) && new Set(areas).size === tokens.length) return tokens;
  return [part];
}

/** "EU/UK" or "Germany/Austria": places joined by a bare slash, unless a piece is no place alone. */
function splitSlashList(part: string): string[] {
  const pieces = part.split(/\s*\/\s*/).filter(Boolean);
  if (pieces.length < 2) return [part];
  return pieces.every((p) => hasLocation(normalisePlace(p))) ? pieces : [part];
}

function splitPlaces(text: string): string[] {
  return text
    .split(/\s*(?:;|\s\/\s|\s\|\s|\s+or\s+|\s+&\s+|\s+and\s+|\n)\s*/i)
    .flatMap(splitSlashList)
    .flatMap(splitCommaList)
    .map((s) => s.trim())
    .filter(Boolean);
}

function scopeOf(place: Place): string | undefined {
  if (place.country) return place.country;
  if (place.region && isMacroRegion(place.region)) return place.region.toUpperCase();
  return undefined;
}

function hasLocation(place: Place): boolean {
  return !!(place.city || place.country || place.region);
}

const ANYWHERE_ALL = new RegExp(ANYWHERE.source, 'gi');
// Alternatives within one location string: "San Francisco (Hybrid) OR Remote-Global".
const ALTERNATIVES = /\s+or\s+|\s*;\s*|\s+\|\s+/i;

/**
 * The place a part names. "The" is part of some names (The Hague) but only an article in "anywhere
 * in the US", where the place reader would take it for a city.
 */
function placeOf(part: string): Place {
  const place = normalisePlace(part);
  const bare = /^the\s+(.+)$/i.exec(part)?.[1];
  if (!bare || (hasLocation(place) && !/^the$/i.test(place.city ?? ''))) return place;
  return normalisePlace(bare);
}

function placesIn(text: string): Place[] {
  return splitPlaces(stripModeWords(text.replace(ANYWHERE_ALL, ' ')))
    .map(placeOf)
    .filter(hasLocation);
}

// "Anywhere in the world" names a scope, not a place.
function isWorld(place: Place): boolean {
  return place.region === 'WORLD';
}

/**
 * "Anywhere" or "Global" with no place beside it means anywhere in the world; "Anywhere in France"
 * or "Europe - Anywhere" means anywhere within the place named, which is its scope.
 */
function anywhereUnbounded(text: string): boolean {
  return text
    .split(ALTERNATIVES)
    .some((alt) => ANYWHERE.test(alt) && !placesIn(alt).some((p) => scopeOf(p) && !isWorld(p)));
}

export interface JobLocation {
  places: Place[];
  remote: RemoteMode;
  remoteScope: string[];
}

/**
 * Reads a job's location strings ("Remote - US", "US-Remote", "Remote (US only)", "Hybrid - London",
 * "London / Remote", "New York, NY; San Francisco, CA", "Anywhere", "Europe"). The board's structured
 * workplace flag, when known, decides the mode; the text gives places and the remote scope
 * ('WORLD' for anywhere/worldwide, empty when the text does not say).
 */
export function parseJobLocation(locations: string[], workplaceHint?: RemoteMode): JobLocation {
  const read = readLocation(JSON.stringify([workplaceHint ?? null, locations]));
  // Each job gets its own copies: a remembered reading is shared by every job with the same strings.
  return { places: read.places.map((p) => ({ ...p })), remote: read.remote, remoteScope: [...read.remoteScope] };
}

const readLocation = memoByText((key: string): JobLocation => {
  const [hint, locations] = JSON.parse(key) as [RemoteMode | null, string[]];
  return readLocationStrings(locations, hint ?? undefined);
});

function readLocationStrings(locations: string[], workplaceHint?: RemoteMode): JobLocation {
  const places: Place[] = [];
  const scope = new Set<string>();
  let sawRemote = false;
  let sawHybrid = false;
  let sawOnsite = false;
  for (const location of locations) {
    const text = location.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const remote = REMOTE.test(text) || ANYWHERE.test(text);
    sawRemote ||= remote;
    sawHybrid ||= HYBRID.test(text);
    sawOnsite ||= ONSITE.test(text);
    if (anywhereUnbounded(text)) scope.add('WORLD');
    for (const place of placesIn(text)) {
      if (isWorld(place)) {
        if (remote) scope.add('WORLD');
        continue;
      }
      places.push(place);
      if (remote) {
        const s = scopeOf(place);
        if (s) scope.add(s);
      }
    }
  }
  const mode: RemoteMode =
    workplaceHint && workplaceHint !== 'unknown'
      ? workplaceHint
      : sawRemote
        ? 'remote'
        : sawHybrid
          ? 'hybrid'
          : sawOnsite
            ? 'onsite'
            : 'unknown';
  // A board that flags the job remote and names only countries/regions is telling us where from.
  if (mode === 'remote' && scope.size === 0 && places.length > 0 && places.every((p) => !p.city)) {
    for (const p of places) {
      const s = scopeOf(p);
      if (s) scope.add(s);
    }
  }
  if (scope.has('WORLD')) return { places, remote: mode, remoteScope: ['WORLD'] };
  return { places, remote: mode, remoteScope: [...scope] };
}
