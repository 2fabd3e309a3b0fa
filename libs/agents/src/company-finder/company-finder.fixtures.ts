import type { CandidateProfile, SearchPreferences } from '@job-hunter/domain';

/** Preferences with everything open; tests override what they exercise. */
export function prefsWith(overrides: Partial<SearchPreferences> = {}): SearchPreferences {
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
    raw: '',
    ...overrides,
  };
}

export function profileWith(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return { titles: [], skills: [], yearsExperience: null, seniority: null, education: [], text: '', ...overrides };
}
