import type { Place, RemoteMode, Salary, SalaryPeriod, Seniority } from './job';

/** A title held and when: ISO year-months ("2019-03"); a title still held ends in the month it was read. */
export interface HeldTitle {
  title: string;
  start: string;
  end: string;
  current: boolean;
}

export interface CandidateProfile {
  name?: string;
  email?: string;
  location?: Place;
  /** Job titles held, most recent first. */
  titles: string[];
  /** The titles with the dates the resume gives them, most recent first (absent when none are dated). */
  titleHistory?: HeldTitle[];
  /** Canonical skill names (see rules/skills). */
  skills: string[];
  yearsExperience: number | null;
  seniority: Seniority | null;
  education: string[];
  summary?: string;
  /** The resume's full extracted text. */
  text: string;
}

export interface MinimumSalary {
  amount: number;
  currency: string;
  period: SalaryPeriod;
  /** Yearly equivalent in `currency`. */
  annual: number;
}

export interface SearchPreferences {
  /** Wanted roles or titles, e.g. "backend engineer". */
  roles: string[];
  seniorityMin: Seniority | null;
  seniorityMax: Seniority | null;
  /** Places the person would work on site or hybrid. */
  locations: Place[];
  /** Accepted work models; empty means any. */
  workModels: RemoteMode[];
  /**
   * Where the person can work remotely from: country codes and/or region codes
   * ('EU', 'EMEA', 'APAC', 'AMER', 'WORLD'). Empty means remote is judged by `locations`.
   */
  remoteScopes: string[];
  minSalary: MinimumSalary | null;
  /** Drop jobs posted more than this many days ago. */
  maxAgeDays: number | null;
  /** When true, undated jobs are dropped too; otherwise kept and counted. */
  strictRecency: boolean;
  excludedCompanies: string[];
  /** Kinds of work ruled out, as role nouns ("frontend engineer", "engineering manager"). */
  excludedRoles: string[];
  excludedTitles: string[];
  excludedIndustries: string[];
  needsVisaSponsorship: boolean;
  /** e.g. 'full-time', 'contract'; empty means any. */
  employmentTypes: string[];
  /** Skills the person wants to use (canonical names). */
  skills: string[];
  /** The preferences as the person wrote them. */
  raw: string;
}

export type { Salary };

/** A profile that says nothing: no resume was given, or nothing could be read from it. */
export function emptyProfile(over: Partial<CandidateProfile> = {}): CandidateProfile {
  return { titles: [], skills: [], yearsExperience: null, seniority: null, education: [], text: '', ...over };
}

/** Preferences that rule nothing out: the starting point before any text or file is read. */
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
    excludedRoles: [],
    excludedTitles: [],
    excludedIndustries: [],
    needsVisaSponsorship: false,
    employmentTypes: [],
    skills: [],
    raw,
  };
}
