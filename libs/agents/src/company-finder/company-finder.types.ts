import type { CandidateProfile, SearchPreferences } from '@job-hunter/domain';

export interface CompanyFinderInput {
  /** A user-given companies file: when set, exactly these companies are searched (no discovery). */
  companiesPath?: string;
  prefs: SearchPreferences;
  profile: CandidateProfile;
  /** At most this many companies (the `--company-limit` option). */
  limit?: number;
}

export interface CompanyFinderOptions {
  /** The curated registry file; default: data/registry/companies.yaml found above this module. */
  registryPath?: string;
}

/** Nest token for optional CompanyFinderOptions. */
export const COMPANY_FINDER_OPTIONS = Symbol('COMPANY_FINDER_OPTIONS');
