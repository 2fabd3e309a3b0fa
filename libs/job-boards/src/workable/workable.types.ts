/** GET https://apply.workable.com/api/v1/widget/accounts/{account}?details=true */
export interface WorkableAccountResponse {
  name?: string | null;
  description?: string | null;
  jobs: WorkableJob[];
}

export interface WorkableJob {
  title?: string | null;
  shortcode?: string | null;
  code?: string | null;
  employment_type?: string | null;
  /** True for remote jobs; false is also sent for hybrid ones. */
  telecommuting?: boolean | null;
  department?: string | null;
  /** The job's own page, e.g. https://apply.workable.com/j/8B8A457674 */
  url?: string | null;
  shortlink?: string | null;
  application_url?: string | null;
  /** The posting date, "2025-09-21". */
  published_on?: string | null;
  /** When the job was created in the ATS, before it was published. */
  created_at?: string | null;
  country?: string | null;
  city?: string | null;
  state?: string | null;
  education?: string | null;
  experience?: string | null;
  function?: string | null;
  industry?: string | null;
  locations?: WorkableLocation[] | null;
  /** HTML, present with details=true. */
  description?: string | null;
  requirements?: string | null;
  benefits?: string | null;
}

export interface WorkableLocation {
  country?: string | null;
  countryCode?: string | null;
  city?: string | null;
  region?: string | null;
  /** The company hides this location from candidates. */
  hidden?: boolean | null;
}
