/** GET https://api.lever.co/v0/postings/{site}?mode=json (EU: api.eu.lever.co) answers a list of these. */
export interface LeverPosting {
  id: string;
  /** The title. */
  text?: string | null;
  categories?: LeverCategories | null;
  country?: string | null;
  /** Epoch milliseconds. */
  createdAt?: number | null;
  updatedAt?: number | null;
  description?: string | null;
  descriptionPlain?: string | null;
  lists?: Array<{ text?: string | null; content?: string | null }> | null;
  additional?: string | null;
  additionalPlain?: string | null;
  /** The job's own page. */
  hostedUrl?: string | null;
  applyUrl?: string | null;
  workplaceType?: LeverWorkplaceType | null;
  salaryRange?: LeverSalaryRange | null;
  salaryDescription?: string | null;
  salaryDescriptionPlain?: string | null;
}

export interface LeverCategories {
  commitment?: string | null;
  department?: string | null;
  location?: string | null;
  team?: string | null;
  allLocations?: string[] | null;
}

export type LeverWorkplaceType = 'on-site' | 'remote' | 'hybrid' | 'unspecified';

export type LeverSalaryInterval =
  | 'per-year-salary'
  | 'per-month-salary'
  | 'semi-month-salary'
  | 'bi-month-salary'
  | 'bi-week-salary'
  | 'per-week-salary'
  | 'per-day-wage'
  | 'per-hour-wage'
  | 'one-time';

export interface LeverSalaryRange {
  min?: number | null;
  max?: number | null;
  currency?: string | null;
  interval?: LeverSalaryInterval | string | null;
}
