/** Applicant tracking systems (job boards) the scraper knows how to read. */
export const ATS_KINDS = [
  'greenhouse',
  'lever',
  'ashby',
  'workday',
  'smartrecruiters',
  'workable',
  'recruitee',
  'personio',
  'teamtailor',
  'bamboohr',
  'zohorecruit',
  'keka',
  'rippling',
  'oracle',
  'successfactors',
  'gem',
  'careers-page',
] as const;
export type AtsKind = (typeof ATS_KINDS)[number];

export type RemoteMode = 'remote' | 'hybrid' | 'onsite' | 'unknown';

/** How a job's posting date was obtained. */
export type DateSource = 'exact' | 'relative' | 'updated' | 'unknown';

export type SalaryPeriod = 'hour' | 'day' | 'month' | 'year';

export interface Salary {
  min: number | null;
  max: number | null;
  /** ISO 4217 code, e.g. USD, EUR, GBP, INR. */
  currency: string;
  period: SalaryPeriod;
  /** Yearly equivalents of min/max in the same currency, for filtering. */
  annualMin: number | null;
  annualMax: number | null;
  /** The text or structured value the salary came from. */
  raw: string;
}

/** A place, normalised. `country` is an ISO 3166-1 alpha-2 code when known. */
export interface Place {
  raw: string;
  city?: string;
  region?: string;
  country?: string;
}

/**
 * A job as one board gave it, already mapped from the vendor payload into one
 * board-independent shape but not yet cleaned or normalised.
 */
export interface RawJob {
  ats: AtsKind;
  company: string;
  board: string;
  externalId: string;
  title: string;
  /** The job's own page (never the board's front page). */
  url: string;
  /** Location strings as the board wrote them, primary first. */
  locations: string[];
  /** The board's structured workplace flag, when it has one. */
  workplace?: RemoteMode;
  descriptionHtml?: string;
  /** The board's plain text, kept only beside HTML that may show none: normaliseJob reads it only then. */
  descriptionText?: string;
  department?: string;
  employmentType?: string;
  /** ISO-8601 or null. */
  postedAt: string | null;
  dateSource: DateSource;
  salary?: Salary;
  fetchedAt: string;
}

/** A cleaned, normalised, de-duplicated job. */
export interface NormalisedJob {
  /** Stable dedupe key (see rules/dedupe). */
  id: string;
  ats: AtsKind;
  company: string;
  externalId: string;
  title: string;
  url: string;
  /** Plain text description. */
  description: string;
  places: Place[];
  /** A short human label for the location(s), e.g. "Bengaluru, India (+2)". */
  locationLabel: string;
  remote: RemoteMode;
  /**
   * Where a remote job may be done from: ISO country codes and/or region codes
   * (see rules/location: 'EU', 'EMEA', 'APAC', 'AMER', 'WORLD'). Empty when unknown.
   */
  remoteScope: string[];
  seniority: Seniority | null;
  employmentType?: string;
  department?: string;
  postedAt: string | null;
  dateSource: DateSource;
  salary?: Salary;
  /** Canonical skills mentioned in title or description. */
  skills: string[];
  /**
   * The occupation the title names ("backend engineer", "registered nurse"; see
   * data/occupations), '' when the catalog knows none; unset until the job processor reads it.
   */
  occupation?: string;
}

/** A normalised job before its skills are read: all that de-duplication and the hard filters read. */
export type JobBeforeSkills = Omit<NormalisedJob, 'skills'>;

export const SENIORITIES = [
  'intern',
  'junior',
  'mid',
  'senior',
  'staff',
  'principal',
  'director',
  'executive',
] as const;
export type Seniority = (typeof SENIORITIES)[number];

export function seniorityRank(s: Seniority): number {
  return SENIORITIES.indexOf(s);
}
