import type { CandidateProfile, SearchPreferences } from '@job-hunter/domain';
import { emptyPreferences } from '@job-hunter/domain';

/** Preferences with everything open; tests override what they exercise. */
export function prefsWith(overrides: Partial<SearchPreferences> = {}): SearchPreferences {
  return {
    ...emptyPreferences(),
    ...overrides,
  };
}

export function profileWith(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return { titles: [], skills: [], yearsExperience: null, seniority: null, education: [], text: '', ...overrides };
}
