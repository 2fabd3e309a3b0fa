/**
 * GET https://{tenant}.keka.com/careers/api/embedjobs/{portal}/active/{portalUuid} → one array of the
 * portal's active jobs (no paging). Field names as in a recorded public answer (sayu320/ats_scraper
 * data/output_kekahr.json, `raw_payload`) and complete-labs-style `keka.py`.
 */
export interface KekaJob {
  /** Numeric, e.g. 107339; the job page is /careers/jobdetails/{id}. */
  id?: number | string | null;
  title?: string | null;
  /** HTML. */
  description?: string | null;
  departmentId?: number | null;
  departmentName?: string | null;
  jobLocations?: KekaLocation[] | null;
  /** 2 is full time in every source; 1 is part time in one and internship in another, so left unread. */
  jobType?: number | null;
  /** Free text, e.g. "8 - 10 years". */
  experience?: string | null;
  salaryRange?: KekaSalaryRange | null;
  /** e.g. "INR 5.00 - 10.00"; "" when no range is shown. */
  salaryRangeFormat?: string | null;
  /** ISO timestamp, e.g. "2025-10-27T14:20:04.963Z". */
  publishedOn?: string | null;
  publishedSinceDays?: number | null;
  jobNumber?: string | null;
  skillNames?: string[] | null;
}

export interface KekaLocation {
  id?: number | null;
  /** An office's name, e.g. "Bangalore office". */
  name?: string | null;
  city?: string | null;
  state?: string | null;
  countryCode?: string | null;
  countryName?: string | null;
}

export interface KekaSalaryRange {
  minimum?: number | null;
  maximum?: number | null;
  currency?: string | null;
  /** 0 not available, 1 hourly, 2 bi-weekly, 3 monthly, 4 annual (labels in one public client). */
  salaryPeriod?: number | null;
  cultureInfo?: string | null;
}
