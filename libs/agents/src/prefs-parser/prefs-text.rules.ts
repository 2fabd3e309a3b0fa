import { extractSkills, type SearchPreferences } from '@job-hunter/domain';
import { employmentTypesFrom, excludedIndustriesFrom, excludedTitlesFrom, strictRecencyFrom } from './prefs-filters';
import { excludedCompaniesFrom } from './prefs-companies';
import { excludedRolesFrom } from './prefs-excluded-roles';
import { negatedSpans, withoutNegated } from './prefs-negation';
import { normalisePrefsText } from './prefs-normalise';
import { seniorityRange } from './prefs-phrases';
import { currencyOfPlaces, placePrefs } from './prefs-places';
import { maxAgeFrom } from './prefs-recency';
import { minSalaryFrom } from './prefs-salary';
import { needsVisaFrom } from './prefs-visa';
import { wishedRolesFrom } from './prefs-wished-roles';

/** Title phrases the hard filter drops: refused title words, then refused roles they do not already cover. */
function titlesToExclude(titles: string[], excludedRoles: string[], roles: string[]): string[] {
  // A title word inside a wished role ("manager" for a product manager) is never excluded.
  const inWished = (t: string) => roles.some((r) => ` ${r} `.includes(` ${t} `));
  const kept = titles.filter((t) => !inWished(t));
  const covered = (role: string) => kept.some((t) => ` ${role} `.includes(` ${t} `));
  return [...new Set([...kept, ...excludedRoles.filter((r) => !covered(r) && !inWished(r))])];
}

/**
 * Preferences from freeform English, by rules. Understood phrases (case-insensitive):
 * - roles: phrases built on a role noun or a whole-role abbreviation, e.g. "backend or platform
 *   engineering roles" (→ backend engineer, platform engineer), "data scientist or ML engineer",
 *   "Staff SWE", "SDE-2/SDE-3", "senior PM roles", "product design roles" (→ product designer)
 * - seniority: "senior or staff", "mid to senior", "senior+", "senior and above", "at least senior",
 *   "not junior", "no director roles"
 * - places: city/country/state/region names and aliases ("Bangalore", "NYC", "Deutschland", "EMEA")
 * - remote scopes (where the person can work remotely from): "remote within India", "remote EU",
 *   "Remote (US only)", "US remote"; "remote in India or Singapore" scopes both. "Remote worldwide is
 *   fine" means jobs open worldwide are acceptable, so it becomes the person's own country or region,
 *   and 'WORLD' only when nothing says where the person is (see placePrefs)
 * - work models: "hybrid or remote", "remote only", "fully remote", "no onsite", "in-office"
 * - minimum pay: "at least 45 LPA", "min $150k", "€80k+", "£70,000 a year", "$60/hour"; with no currency
 *   written ("90k+", "salary 90,000+", "300k TC") the currency of the named places, else of the resume's home
 * - recency: "posted in the last 60 days", "past 2 weeks", "last month", "no older than 30 days";
 *   "strictly" / "only dated jobs" → undated jobs dropped too
 * - exclusions: companies ("not Google or Meta", "avoid Acme"), titles ("no manager roles", "not looking for
 *   management roles"; a title word inside a wanted role, "manager" for a product manager, is not excluded),
 *   industries ("no crypto/web3", "gambling", "defense", "no fintech or insurance", "no recruitment agencies")
 * - "I need visa sponsorship"; employment type "full-time only", "contract", "no contract"
 * - skills named in a wish; skills in a refusal ("not interested in crypto", "no Java") are never wanted
 */
export function prefsFromText(raw: string): SearchPreferences {
  const text = normalisePrefsText(raw);
  const negated = negatedSpans(text);
  const { min, max } = seniorityRange(text, negated);
  const places = placePrefs(text, negated);
  const roles = wishedRolesFrom(text, negated);
  const excludedRoles = excludedRolesFrom(text, negated);
  return {
    roles,
    seniorityMin: min,
    seniorityMax: max,
    locations: places.locations,
    workModels: places.workModels,
    remoteScopes: places.remoteScopes,
    minSalary: minSalaryFrom(text, currencyOfPlaces(places)),
    maxAgeDays: maxAgeFrom(text),
    strictRecency: strictRecencyFrom(text),
    excludedCompanies: excludedCompaniesFrom(text, negated),
    excludedRoles,
    // Title phrases the hard filter drops: the refused title words and the refused roles, never part of a wished role.
    excludedTitles: titlesToExclude(excludedTitlesFrom(text), excludedRoles, roles),
    excludedIndustries: excludedIndustriesFrom(text, negated),
    needsVisaSponsorship: needsVisaFrom(text),
    employmentTypes: employmentTypesFrom(text),
    skills: extractSkills(withoutNegated(text, negated)),
    raw,
  };
}
