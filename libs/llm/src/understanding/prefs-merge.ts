import {
  annualise,
  canonicalIndustry,
  countryName,
  INDUSTRY_TERMS,
  isMacroRegion,
  seniorityRank,
  type MinimumSalary,
  type Place,
  type RemoteMode,
  type SearchPreferences,
} from '@job-hunter/domain';
import { EMPLOYMENT_TYPES } from './understanding-prompt';
import {
  booleanOf,
  fold,
  isRecord,
  mentions,
  nonEmpty,
  numberIn,
  oneOf,
  placeOf,
  seniorityOf,
  stringList,
  union,
} from './understanding-values';

const WORK_MODELS: readonly RemoteMode[] = ['remote', 'hybrid', 'onsite'];
const PERIODS = ['hour', 'day', 'month', 'year'] as const;

/** ISO country codes the geography knows, or a macro-region code. */
function remoteScope(value: string): string | undefined {
  const code = value.trim().toUpperCase();
  if (isMacroRegion(code)) return code;
  return /^[A-Z]{2}$/.test(code) && countryName(code) !== code ? code : undefined;
}

function minSalaryOf(value: unknown): MinimumSalary | undefined {
  if (!isRecord(value)) return undefined;
  const amount = numberIn(value.amount, 0.01, 1e10);
  const period = oneOf(value.period, PERIODS);
  const currency = typeof value.currency === 'string' ? value.currency.trim().toUpperCase() : '';
  if (amount === undefined || !period || !/^[A-Z]{3}$/.test(currency)) return undefined;
  const annual = annualise(amount, period);
  // "25 LPA" read as 25 a year is a misreading, not a salary floor.
  return annual >= 1000 && annual <= 1e9 ? { amount, currency, period, annual } : undefined;
}

function places(value: unknown): Place[] {
  return (stringList(value, 20) ?? []).flatMap((s) => placeOf(s) ?? []);
}

function listOf<T extends string>(value: unknown, allowed: readonly T[]): T[] {
  return [...new Set((stringList(value) ?? []).flatMap((s) => oneOf(s.toLowerCase(), allowed) ?? []))];
}

/** Exclusions the model names that the text bears out, added to the rules' (an invented one would hide jobs). */
function grounded(value: unknown, text: string): string[] {
  return (stringList(value, 30, 80) ?? []).filter((s) => mentions(text, s));
}

function industries(value: unknown, text: string): string[] {
  return (stringList(value, 20, 60) ?? []).flatMap((s) => {
    const known = canonicalIndustry(s);
    const words = known ? [known, ...(INDUSTRY_TERMS[known] ?? [])] : [s];
    if (!words.some((w) => mentions(text, w))) return [];
    return [known ?? s.toLowerCase()];
  });
}

/**
 * The rules' preferences corrected by the model's answer (before enrichment from the resume): a
 * valid, non-empty value from the model wins, null or invalid leaves the rules' value, and
 * exclusions are the union of both, limited to what the text says.
 */
export function mergePreferences(rules: SearchPreferences, answer: unknown, text: string): SearchPreferences {
  if (!isRecord(answer)) return rules;
  let seniorityMin = seniorityOf(answer.seniorityMin) ?? rules.seniorityMin;
  let seniorityMax = seniorityOf(answer.seniorityMax) ?? rules.seniorityMax;
  if (seniorityMin && seniorityMax && seniorityRank(seniorityMin) > seniorityRank(seniorityMax)) {
    [seniorityMin, seniorityMax] = [rules.seniorityMin, rules.seniorityMax];
  }
  const maxAgeDays = numberIn(answer.maxAgeDays, 1, 3650);
  const scopes = (stringList(answer.remoteScopes) ?? []).flatMap((s) => remoteScope(s) ?? []);
  return {
    ...rules,
    roles: nonEmpty(stringList(answer.roles, 15, 80), rules.roles),
    seniorityMin,
    seniorityMax,
    locations: nonEmpty(places(answer.locations), rules.locations),
    remoteScopes: nonEmpty([...new Set(scopes)], rules.remoteScopes),
    workModels: nonEmpty(listOf(answer.workModels, WORK_MODELS), rules.workModels),
    minSalary: minSalaryOf(answer.minSalary) ?? rules.minSalary,
    maxAgeDays: maxAgeDays === undefined ? rules.maxAgeDays : Math.round(maxAgeDays),
    strictRecency: booleanOf(answer.strictRecency) ?? rules.strictRecency,
    excludedCompanies: union(rules.excludedCompanies, grounded(answer.excludedCompanies, text), fold),
    excludedTitles: union(rules.excludedTitles, grounded(answer.excludedTitles, text).map(fold), fold),
    excludedIndustries: union(rules.excludedIndustries, industries(answer.excludedIndustries, text), fold),
    needsVisaSponsorship: booleanOf(answer.needsVisaSponsorship) ?? rules.needsVisaSponsorship,
    employmentTypes: nonEmpty(listOf(answer.employmentTypes, EMPLOYMENT_TYPES), rules.employmentTypes),
  };
}
