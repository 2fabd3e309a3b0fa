/**
 * GET https://api.gem.com/job_board/v0/{board}/job_posts/ (trailing slash required): a bare array.
 * Greenhouse-like but not Greenhouse's shape: string ids, real (not entity-escaped) HTML,
 * `first_published_at`, a structured `location_type`, and offices whose location is an object.
 * Fields as in payload excerpts cited in the report (e.g. one "trimmed from a live
 * api.gem.com/job_board/v0/soeffects/job_posts/ entry").
 */
export interface GemJobPost {
  /** Opaque string id, e.g. "am9icG9zdDpleGFtcGxl"; also the last segment of absolute_url. */
  id?: string | number | null;
  title?: string | null;
  /** The job's own page, https://jobs.gem.com/{board}/{id} */
  absolute_url?: string | null;
  /** HTML as is (not entity-escaped like Greenhouse's `content`). */
  content?: string | null;
  content_plain?: string | null;
  first_published_at?: string | null;
  updated_at?: string | null;
  created_at?: string | null;
  /** "remote" | "hybrid" | "in_office" */
  location_type?: string | null;
  /** e.g. "full_time", "intern" */
  employment_type?: string | null;
  requisition_id?: string | null;
  location?: { name?: string | null } | null;
  offices?: GemOffice[] | null;
  departments?: Array<{ id?: string | number | null; name?: string | null }> | null;
}

export interface GemOffice {
  name?: string | null;
  location?: { name?: string | null } | null;
}
