/*
 * Rippling's public job-board API (no key), as its own board pages read it. Rippling's reference
 * (developer.rippling.com, Job Board API) asks for a sign-in, so the shapes come from the research
 * notes (docs/ats-feeds.md §6) and the public clients they cite; every field is optional and checked.
 */

export interface RipplingLabel {
  id?: string | null;
  label?: string | null;
}

/**
 * One row of `GET https://api.rippling.com/platform/api/ats/v1/board/{slug}/jobs` (a bare array):
 * a job open at several work locations is listed once per location, with the same uuid.
 */
export interface RipplingRow {
  uuid?: string | null;
  name?: string | null;
  department?: RipplingLabel | null;
  /** The job's page, `https://ats.rippling.com/{slug}/jobs/{uuid}`. */
  url?: string | null;
  workLocation?: RipplingLabel | null;
}

/** A job after its rows are merged: every work location of its rows, in order. */
export interface RipplingPosting {
  uuid: string;
  name: string;
  department?: string;
  url?: string;
  locations: string[];
}

/**
 * One pay band of a job. The reference is not public: `currency`, `frequency` ("YEAR", "MONTH",
 * "HOUR", upper case), `rangeStart`, `rangeEnd`, and per band `location` and `isRemote`, as several
 * public clients read them from live answers; most jobs send an empty list.
 */
export interface RipplingPayRange {
  location?: string | null;
  currency?: string | null;
  frequency?: string | null;
  rangeStart?: number | null;
  rangeEnd?: number | null;
  isRemote?: boolean | null;
}

/** `GET …/board/{slug}/jobs/{uuid}` */
export interface RipplingJobDetail {
  uuid?: string | null;
  name?: string | null;
  url?: string | null;
  companyName?: string | null;
  department?: { name?: string | null; label?: string | null } | null;
  /** HTML: the role first in the page, the company's blurb beside it. */
  description?: { company?: string | null; role?: string | null } | null;
  /** `label` is the code (SALARIED_FT, HOURLY_PT, CONTRACTOR, …), `id` the company's wording ("Salaried, full-time"). */
  employmentType?: { label?: string | null; id?: string | null } | null;
  /** When the job was posted (ISO-8601). */
  createdOn?: string | null;
  /** Display names of the work locations. */
  workLocations?: Array<string | null> | null;
  payRangeDetails?: RipplingPayRange[] | null;
}
