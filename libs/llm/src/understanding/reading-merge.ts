import {
  annualise,
  countryName,
  normalisePlace,
  type Place,
  type Reading,
  type SearchPreferences,
} from '@job-hunter/domain';
import { fold, nonEmpty, union } from './understanding-values';

function placeOf(location: Reading['locations'][number]): Place {
  const country = location.country ? countryName(location.country) : '';
  return normalisePlace([location.city, country].filter(Boolean).join(', '));
}

/**
 * The preferences a run uses when Claude's reading is valid. Which reading wins, per field:
 *
 * - Claude's, for every field it states (a non-empty list, a non-null value): it reads whole
 *   sentences — negation and its scope, corrections, per-place work models — where the rules read
 *   patterns, and its values were checked against the schema and, for roles, against the text.
 * - The rules', for a field Claude leaves empty: a forced tool's empty field is as often an
 *   omission as a statement, and the rules only fill a field from words they found.
 * - Fields that only make sense together move together: the seniority range as one, and where
 *   the person works (locations, work models, remote-from) as one, so the result is never half
 *   of one reading and half of the other.
 * - Exclusions (roles, companies, industries) are the union of both, each borne out by the text:
 *   a job the person ruled out and still shown costs more trust than one more job left out.
 * - needsVisaSponsorship is true when either reads it (false means "not stated").
 *
 * Nothing is chosen silently: every field the two readings differ on is listed as a disagreement
 * beside the result (see reading-compare), whichever reading won it.
 */
export function mergeReading(rules: SearchPreferences, claude: Reading): SearchPreferences {
  const claudeStatesSeniority = claude.seniority.min !== null || claude.seniority.max !== null;
  const claudeStatesWhere = claude.locations.length + claude.workModels.length + claude.remoteFrom.length > 0;
  const pay = claude.minSalary;
  return {
    ...rules,
    roles: nonEmpty(claude.roles, rules.roles),
    seniorityMin: claudeStatesSeniority ? claude.seniority.min : rules.seniorityMin,
    seniorityMax: claudeStatesSeniority ? claude.seniority.max : rules.seniorityMax,
    locations: claudeStatesWhere ? claude.locations.map(placeOf) : rules.locations,
    workModels: claudeStatesWhere ? [...claude.workModels] : rules.workModels,
    remoteScopes: claudeStatesWhere ? [...claude.remoteFrom] : rules.remoteScopes,
    minSalary: pay ? { ...pay, annual: annualise(pay.amount, pay.period) } : rules.minSalary,
    maxAgeDays: claude.maxAgeDays ?? rules.maxAgeDays,
    employmentTypes: nonEmpty(claude.employmentTypes, rules.employmentTypes),
    excludedRoles: union(rules.excludedRoles, claude.excludedRoles, fold),
    excludedCompanies: union(rules.excludedCompanies, claude.excludedCompanies, fold),
    excludedIndustries: union(rules.excludedIndustries, claude.excludedIndustries, fold),
    needsVisaSponsorship: rules.needsVisaSponsorship || claude.needsVisaSponsorship,
  };
}
