import {
  type CandidateProfile,
  currencyOfCountry,
  type SearchPreferences,
  seniorityRank,
  SENIORITIES,
} from '@job-hunter/domain';
import { normalisePrefsText } from './prefs-normalise';
import { minSalaryFrom } from './prefs-salary';

const LEVEL_WORDS = /\b(?:intern|junior|jr\.?|associate|mid[\s-]level|senior|sr\.?|staff|principal|lead|i{1,3}|iv)\b/gi;

/**
 * Where the person can work remotely from, once the resume's home is known: 'WORLD' ("remote anywhere is
 * fine") becomes the home country, because a job open worldwide passes any country scope while a job
 * restricted to another country should not; someone remote-only who named no place gets the home country.
 * With no home known at all, or for someone who works on site anywhere, 'WORLD' stays, and country-restricted remote jobs are not filtered out.
 */
function remoteScopesWith(prefs: SearchPreferences, home: string | undefined, onlyRemote: boolean): string[] {
  if (!home) return prefs.remoteScopes;
  // "remote or onsite anywhere in the world": someone who would move anywhere to work on site can take a
  // remote job tied to any country too, so their 'WORLD' stays.
  const movesAnywhere = prefs.workModels.includes('onsite') && prefs.locations.length === 0;
  if (prefs.remoteScopes.includes('WORLD') && movesAnywhere) return prefs.remoteScopes;
  if (prefs.remoteScopes.includes('WORLD')) {
    const rest = prefs.remoteScopes.filter((s) => s !== 'WORLD');
    return rest.length > 0 ? rest : [home];
  }
  if (onlyRemote && prefs.remoteScopes.length === 0 && prefs.locations.length === 0) return [home];
  return prefs.remoteScopes;
}

/**
 * Fills what the preferences leave unsaid from the resume: a seniority band one step either side
 * of the profile's level, the latest title as the role, the profile's skills and home location, and
 * the home currency for pay written without one ("90k+") where the named places did not give one.
 */
export function enrichFromProfile(prefs: SearchPreferences, profile: CandidateProfile): SearchPreferences {
  const out = { ...prefs };
  if (out.seniorityMin === null && out.seniorityMax === null && profile.seniority) {
    const r = seniorityRank(profile.seniority);
    const floor = profile.seniority === 'intern' ? 0 : 1;
    out.seniorityMin = SENIORITIES[Math.max(floor, r - 1)] ?? null;
    out.seniorityMax = SENIORITIES[Math.min(SENIORITIES.length - 1, r + 1)] ?? null;
  }
  if (out.roles.length === 0 && profile.titles[0]) {
    const role = profile.titles[0].replace(LEVEL_WORDS, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
    if (role) out.roles = [role];
  }
  out.skills = [...new Set([...out.skills, ...profile.skills])];
  const homeCurrency = profile.location?.country && currencyOfCountry(profile.location.country);
  if (out.minSalary === null && homeCurrency) out.minSalary = minSalaryFrom(normalisePrefsText(out.raw), homeCurrency);
  const onlyRemote = out.workModels.length === 1 && out.workModels[0] === 'remote';
  const home = out.locations.find((l) => l.country)?.country ?? profile.location?.country;
  out.remoteScopes = remoteScopesWith(out, home, onlyRemote);
  if (out.locations.length === 0 && profile.location && !onlyRemote) out.locations = [profile.location];
  return out;
}
