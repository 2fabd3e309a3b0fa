import { extractSkills, type SearchPreferences } from '@job-hunter/domain';
import {
  employmentTypesFrom,
  excludedCompaniesFrom,
  excludedIndustriesFrom,
  excludedTitlesFrom,
  maxAgeFrom,
  minSalaryFrom,
  needsVisaFrom,
  strictRecencyFrom,
} from './prefs-filters';
import { placePrefs, rolesFrom, seniorityRange } from './prefs-phrases';

/**
 * Preferences from freeform English, by rules. Understood phrases (case-insensitive):
 * - roles: "looking for backend or platform engineering roles", "roles: data engineer, ML engineer",
 *   "as a product designer"
 * - seniority: "senior or staff", "mid to senior", "senior+", "senior and above", "at least senior",
 *   "not junior", "no director roles"
 * - places: city/country/state/region names and aliases ("Bangalore", "NYC", "Deutschland", "EMEA")
 * - remote scopes: "remote within India", "remote EU", "Remote (US only)", "US remote", "remote
 *   anywhere" / "worldwide" (→ WORLD); "remote in India or Singapore" scopes both
 * - work models: "hybrid or remote", "remote only", "fully remote", "no onsite", "in-office"
 * - minimum pay: "at least 45 LPA", "min $150k", "€80k+", "£70,000 a year", "$60/hour"
 * - recency: "posted in the last 60 days", "past 2 weeks", "last month", "no older than 30 days";
 *   "strictly" / "only dated jobs" → undated jobs dropped too
 * - exclusions: companies ("not Google or Meta", "avoid Acme"), titles ("no manager roles"),
 *   industries ("no crypto/web3", "gambling", "defense")
 * - "I need visa sponsorship"; employment type "full-time only", "contract", "no contract"
 */
export function prefsFromText(text: string): SearchPreferences {
  const { min, max } = seniorityRange(text);
  const places = placePrefs(text);
  return {
    roles: rolesFrom(text),
    seniorityMin: min,
    seniorityMax: max,
    locations: places.locations,
    workModels: places.workModels,
    remoteScopes: places.remoteScopes,
    minSalary: minSalaryFrom(text),
    maxAgeDays: maxAgeFrom(text),
    strictRecency: strictRecencyFrom(text),
    excludedCompanies: excludedCompaniesFrom(text),
    excludedTitles: excludedTitlesFrom(text),
    excludedIndustries: excludedIndustriesFrom(text),
    needsVisaSponsorship: needsVisaFrom(text),
    employmentTypes: employmentTypesFrom(text),
    skills: extractSkills(text),
    raw: text,
  };
}

export function emptyPreferences(raw = ''): SearchPreferences {
  return {
    roles: [],
    seniorityMin: null,
    seniorityMax: null,
    locations: [],
    workModels: [],
    remoteScopes: [],
    minSalary: null,
    maxAgeDays: null,
    strictRecency: false,
    excludedCompanies: [],
    excludedTitles: [],
    excludedIndustries: [],
    needsVisaSponsorship: false,
    employmentTypes: [],
    skills: [],
    raw,
  };
}
