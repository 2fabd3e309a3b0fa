import type { CandidateProfile, SearchPreferences } from './candidate';
import type { RemoteMode, SalaryPeriod, Seniority } from './job';

/**
 * What the tool understood of a person's preferences: the reading of docs/contract.md ("The reading")
 * that `understand` prints, every run stores, and the corpus scorer compares with a careful person's.
 */
export interface Reading {
  roles: string[];
  excludedRoles: string[];
  seniority: { min: Seniority | null; max: Seniority | null };
  locations: { city: string | null; country: string | null }[];
  workModels: Exclude<RemoteMode, 'unknown'>[];
  remoteFrom: string[];
  minSalary: { amount: number; currency: string; period: SalaryPeriod } | null;
  maxAgeDays: number | null;
  excludedCompanies: string[];
  excludedIndustries: string[];
  needsVisaSponsorship: boolean;
  employmentTypes: string[];
}

/** A short account of the resume beside the reading: what the run assumes about the person. */
export interface ResumeSummary {
  titles: string[];
  yearsExperience: number | null;
  seniority: Seniority | null;
  home: { city: string | null; country: string | null } | null;
  topSkills: string[];
}

/** The reading's fields in the contract's order (schemas, comparisons and tables list them so). */
export const READING_FIELDS: readonly (keyof Reading)[] = [
  'roles',
  'excludedRoles',
  'seniority',
  'locations',
  'workModels',
  'remoteFrom',
  'minSalary',
  'maxAgeDays',
  'excludedCompanies',
  'excludedIndustries',
  'needsVisaSponsorship',
  'employmentTypes',
];

const WORK_MODEL_ORDER: readonly Exclude<RemoteMode, 'unknown'>[] = ['onsite', 'hybrid', 'remote'];

/** The reading of a set of preferences, in the contract's shape. */
export function readingOf(prefs: SearchPreferences): Reading {
  return {
    roles: [...prefs.roles],
    excludedRoles: [...prefs.excludedRoles],
    seniority: { min: prefs.seniorityMin, max: prefs.seniorityMax },
    locations: prefs.locations.map((p) => ({ city: p.city ?? null, country: p.country ?? null })),
    workModels: WORK_MODEL_ORDER.filter((m) => prefs.workModels.includes(m)),
    remoteFrom: [...prefs.remoteScopes],
    minSalary: prefs.minSalary
      ? { amount: prefs.minSalary.amount, currency: prefs.minSalary.currency, period: prefs.minSalary.period }
      : null,
    maxAgeDays: prefs.maxAgeDays,
    excludedCompanies: [...prefs.excludedCompanies],
    excludedIndustries: [...prefs.excludedIndustries],
    needsVisaSponsorship: prefs.needsVisaSponsorship,
    employmentTypes: [...prefs.employmentTypes],
  };
}

/** True when nothing at all was read: the text is then worth a warning, never silent acceptance. */
export function isEmptyReading(r: Reading): boolean {
  return (
    r.roles.length === 0 &&
    r.excludedRoles.length === 0 &&
    r.seniority.min === null &&
    r.seniority.max === null &&
    r.locations.length === 0 &&
    r.workModels.length === 0 &&
    r.remoteFrom.length === 0 &&
    r.minSalary === null &&
    r.maxAgeDays === null &&
    r.excludedCompanies.length === 0 &&
    r.excludedIndustries.length === 0 &&
    !r.needsVisaSponsorship &&
    r.employmentTypes.length === 0
  );
}

export function resumeSummaryOf(profile: CandidateProfile, topSkills = 8): ResumeSummary {
  const home = profile.location;
  return {
    titles: profile.titles.slice(0, 3),
    yearsExperience: profile.yearsExperience,
    seniority: profile.seniority,
    home: home ? { city: home.city ?? null, country: home.country ?? null } : null,
    topSkills: profile.skills.slice(0, topSkills),
  };
}

/** A field where Claude's reading and the rules' reading differ: shown to the person, never hidden. */
export interface ReadingDisagreement {
  field: keyof Reading;
  rules: unknown;
  claude: unknown;
}

/**
 * Everything the tool shows of what it understood before any job is judged: the reading of the
 * preferences text, who read it, where Claude and the rules disagreed, warnings (e.g. a text from
 * which nothing could be read) and, when a resume was given, a short summary of it.
 */
export interface Understanding {
  reading: Reading;
  readBy: 'rules' | 'rules+claude';
  disagreements: ReadingDisagreement[];
  warnings: string[];
  resume?: ResumeSummary;
  /**
   * Fields the text left open that the run filled from the resume, with the values it used (e.g. the
   * latest title as the role); absent or empty when the resume filled nothing.
   */
  filledFromResume?: Partial<Reading>;
}
