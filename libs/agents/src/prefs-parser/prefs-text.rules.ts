import { extractSkills, type SearchPreferences } from '@job-hunter/domain';
import { employmentTypesFrom, excludedIndustriesFrom, excludedTitlesFrom, strictRecencyFrom } from './prefs-filters';
import { excludedCompaniesFrom } from './prefs-companies';
import { excludedRolesFrom } from './prefs-excluded-roles';
import { negatedSpans, takenBackClauses, withoutNegated } from './prefs-negation';
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
 * Preferences from freeform English, by a small grammar in stages rather than one pattern per sentence:
 * 1. normalise once (prefs-normalise): shorthands (sr, jr, blr, LPA, yoe, IC, "<60d", "remote IN"),
 *    unicode punctuation, bullets, emoji and one-letter slips in role nouns ("enginer", "analist");
 * 2. refusals and their reach (prefs-negation): "no X, Y or Z", "leave out", "I'd rather not", "any
 *    industry but", "X-free", a dash followed by "and …", parentheses kept with their clause;
 * 3. slots, each read with that polarity: wished roles against the person's background and corrections
 *    (prefs-wished-roles, prefs-roles), refused roles (prefs-excluded-roles), seniority (prefs-phrases),
 *    places by use: office, home, past, visa, working hours (prefs-places, prefs-residence), work models
 *    per the contract (prefs-work-models), pay in every written form (prefs-salary), recency
 *    (prefs-recency), companies inside refusals (prefs-companies), industries, sponsorship (prefs-visa)
 *    and employment types.
 * The legacy fields the filters read (excludedTitles, skills, strictRecency) come from the same reading.
 */
export function prefsFromText(raw: string): SearchPreferences {
  const text = normalisePrefsText(raw);
  const negated = negatedSpans(text);
  const { min, max } = seniorityRange(text, negated);
  const places = placePrefs(text, negated);
  // "actually developers are fine" takes a refusal back; it wishes for no developer role.
  const excludedRoles = excludedRolesFrom(text, negated);
  const roles = wishedRolesFrom(withoutNegated(text, takenBackClauses(text)), negated, excludedRoles);
  const excludedCompanies = excludedCompaniesFrom(text, negated);
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
    excludedCompanies,
    excludedRoles,
    // Title phrases the hard filter drops: the refused title words and the refused roles, never part of a wished role.
    excludedTitles: titlesToExclude(excludedTitlesFrom(text), excludedRoles, roles),
    excludedIndustries: excludedIndustriesFrom(text, negated, excludedCompanies),
    needsVisaSponsorship: needsVisaFrom(text),
    employmentTypes: employmentTypesFrom(text, negated),
    skills: extractSkills(withoutNegated(text, negated)),
    raw,
  };
}
