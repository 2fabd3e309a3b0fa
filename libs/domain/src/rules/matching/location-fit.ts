import type { NormalisedJob, Place, RemoteMode } from '../../models/job';

/** What the place checks read of a job: its places and work model, as the board or its text gave them. */
export type LocatedJob = Pick<NormalisedJob, 'places' | 'remote' | 'remoteScope' | 'locationLabel'>;
import type { SearchPreferences } from '../../models/candidate';
import { countryName, isMacroRegion, labelForPlaces, placeMatches, regionContains } from '../understanding';

export type LocationFitKind = 'place' | 'in_scope' | 'worldwide' | 'unknown_scope' | 'unfiltered';

export type LocationVerdict =
  | { pass: true; kind: LocationFitKind; note: string }
  | { pass: false; reason: 'location' | 'remote_scope' | 'work_model'; note: string };

type LocationPrefs = Pick<SearchPreferences, 'locations' | 'remoteScopes' | 'workModels'>;

// Read as "Remote within …".
const REGION_NAMES: Readonly<Record<string, string>> = {
  EU: 'the EU',
  EEA: 'the EEA',
  AMER: 'the Americas',
  WORLD: 'anywhere',
};

function code(s: string): string {
  return s.trim().toUpperCase();
}

function macroWithin(outer: string, inner: string): boolean {
  return placeMatches({ raw: outer, region: outer }, { raw: inner, region: inner });
}

/** Two scope codes (countries or regions) overlap when equal or when one contains the other ("EU" in "EMEA"). */
function overlaps(a: string, b: string): boolean {
  if (a === b || regionContains(a, b) || regionContains(b, a)) return true;
  return isMacroRegion(a) && isMacroRegion(b) && (macroWithin(a, b) || macroWithin(b, a));
}

/** Where the person can work from: their remote scopes plus the countries of their locations. */
export function personScopes(prefs: Pick<SearchPreferences, 'locations' | 'remoteScopes'>): string[] {
  const fromPlaces = prefs.locations.map((p) => p.country).filter((c): c is string => !!c);
  return [...new Set([...prefs.remoteScopes, ...fromPlaces].map(code).filter(Boolean))];
}

function scopeName(scope: string): string {
  const region = REGION_NAMES[scope];
  if (region) return region;
  return countryName(scope);
}

function workModelAccepts(models: readonly RemoteMode[], mode: RemoteMode): boolean {
  if (!models.length || mode === 'unknown' || models.includes(mode)) return true;
  // Someone who accepts working on site accepts the office days of a hybrid job.
  return mode === 'hybrid' && models.includes('onsite');
}

function matchingPlace(wanted: readonly Place[], places: readonly Place[]): Place | undefined {
  return places.find((have) => wanted.some((want) => placeMatches(want, have)));
}

function scopesNames(scopes: readonly string[]): string {
  return scopes.map((s) => scopeName(s)).join(', ');
}

/** Where a remote job's listed places are (countries, else macro-regions): "Remote (Paris, France)" → FR. */
function placeScopes(places: readonly Place[]): string[] {
  const scopes = places.map((p) => p.country ?? (p.region && isMacroRegion(p.region) ? p.region : undefined));
  return [...new Set(scopes.filter((s): s is string => !!s).map(code))];
}

/**
 * A remote job that states no scope but lists places ("Remote (Bogotá, Colombia)") hires where those
 * places are: most boards put a remote job at the office or country its people work from. It is held
 * to the person's scopes like a stated scope, and explained by its places, as its label shows them.
 */
function listedPlacesVerdict(job: LocatedJob, scopes: string[]): LocationVerdict {
  const where = labelForPlaces(job.places) || job.locationLabel;
  const listed = placeScopes(job.places);
  if (!listed.length) return { pass: true, kind: 'unknown_scope', note: 'Remote (where from is not stated)' };
  if (!scopes.length || scopes.includes('WORLD')) {
    return { pass: true, kind: 'unknown_scope', note: `Remote, listed in ${where}` };
  }
  if (listed.some((j) => scopes.some((s) => overlaps(j, s)))) {
    return { pass: true, kind: 'in_scope', note: `Remote, listed in ${where}` };
  }
  return {
    pass: false,
    reason: 'remote_scope',
    note: `Remote, listed in ${where}: outside ${scopesNames(scopes)}`,
  };
}

function remoteVerdict(job: LocatedJob, prefs: LocationPrefs, scopes: string[]): LocationVerdict {
  const jobScope = job.remoteScope.map(code);
  if (!jobScope.length) return listedPlacesVerdict(job, scopes);
  if (jobScope.includes('WORLD')) return { pass: true, kind: 'worldwide', note: 'Remote worldwide' };
  if (!scopes.length || scopes.includes('WORLD')) {
    return {
      pass: true,
      kind: 'unknown_scope',
      note: `Remote within ${scopesNames(jobScope)}`,
    };
  }
  const hit = jobScope.find((j) => scopes.some((s) => overlaps(j, s)));
  if (hit) return { pass: true, kind: 'in_scope', note: `Remote within ${scopeName(hit)}` };
  return {
    pass: false,
    reason: 'remote_scope',
    note: `Remote only within ${scopesNames(jobScope)}`,
  };
}

// Most jobs that state no work model are on site, so an unknown model is held to the
// person's places exactly like an on-site or hybrid job.
function placeVerdict(job: LocatedJob, prefs: LocationPrefs): LocationVerdict {
  if (!job.places.length) return { pass: false, reason: 'location', note: 'No location given for a non-remote job' };
  const place = matchingPlace(prefs.locations, job.places);
  const where = place ? labelForPlaces([place]) || place.raw : job.locationLabel || labelForPlaces(job.places);
  const note =
    job.remote === 'unknown'
      ? `Based in ${where}; work model not stated`
      : `${job.remote === 'hybrid' ? 'Hybrid' : 'On site'} in ${where}`;
  return place ? { pass: true, kind: 'place', note } : { pass: false, reason: 'location', note };
}

/** Whether the job's place and work model suit the person; shared by the hard filter and the score. */
export function locationFit(job: LocatedJob, prefs: LocationPrefs): LocationVerdict {
  if (!workModelAccepts(prefs.workModels, job.remote)) {
    return { pass: false, reason: 'work_model', note: `${job.remote} job; you want ${prefs.workModels.join(' or ')}` };
  }
  const scopes = personScopes(prefs);
  if (!prefs.locations.length && !prefs.remoteScopes.length) {
    return { pass: true, kind: 'unfiltered', note: job.locationLabel || 'Location not stated' };
  }
  return job.remote === 'remote' ? remoteVerdict(job, prefs, scopes) : placeVerdict(job, prefs);
}
