import { industryListMatches, isMacroRegion, normalisePlace, regionContains } from '@job-hunter/domain';
import type { CandidateProfile, Company, Place, SearchPreferences } from '@job-hunter/domain';
import { companyNameKey as companyKey } from './company-tiers';

/** Region codes that stand for "anywhere": a company hiring there fits every person. */
const WORLDWIDE = new Set(['WORLD', 'GLOBAL', 'ANYWHERE']);

export function isExcludedCompany(company: Company, excluded: readonly string[]): boolean {
  const key = companyKey(company.name);
  return excluded.some((e) => companyKey(e) === key && key !== '');
}

/** The company's declared industries name an excluded one, as the job filter reads them (web3 is crypto). */
export function isExcludedIndustry(company: Company, excluded: readonly string[]): boolean {
  if (!company.industries?.length) return false;
  const declared = company.industries;
  return excluded.some((e) => industryListMatches(declared, e));
}

/**
 * Where the person can work: countries of their on-site/hybrid locations and their remote
 * scopes. A worldwide remote scope is left out on purpose: accepting worldwide-remote jobs
 * does not make a US-only employer a fit. Falls back to the resume's location.
 */
export function personAreas(prefs: SearchPreferences, profile: CandidateProfile): string[] {
  const areas = new Set<string>();
  const addPlace = (p: Place): void => {
    const parsed = p.country ? p : normalisePlace(p.raw);
    const region = [p.region, parsed.region].find((r) => r && isMacroRegion(r));
    if (parsed.country) areas.add(parsed.country.toUpperCase());
    else if (region && !WORLDWIDE.has(region.toUpperCase())) areas.add(region.toUpperCase());
  };
  prefs.locations.forEach(addPlace);
  for (const scope of prefs.remoteScopes) {
    const code = scope.trim().toUpperCase();
    if (code && !WORLDWIDE.has(code)) areas.add(code);
  }
  if (areas.size === 0 && profile.location) addPlace(profile.location);
  return [...areas];
}

/** True when the company hires somewhere the person can work; unknown regions count as a fit. */
export function regionsFit(company: Company, areas: readonly string[]): boolean {
  const regions = (company.regions ?? []).map((r) => r.trim().toUpperCase()).filter(Boolean);
  if (regions.length === 0 || areas.length === 0) return true;
  if (regions.some((r) => WORLDWIDE.has(r))) return true;
  return regions.some((r) => areas.some((a) => r === a || regionContains(r, a) || regionContains(a, r)));
}

/** The preference filters the curated registry goes through, in its original order. */
export function filterCompanies(
  companies: readonly Company[],
  prefs: SearchPreferences,
  profile: CandidateProfile,
): Company[] {
  const areas = personAreas(prefs, profile);
  return companies.filter(
    (c) =>
      !isExcludedCompany(c, prefs.excludedCompanies) &&
      !isExcludedIndustry(c, prefs.excludedIndustries) &&
      regionsFit(c, areas),
  );
}
