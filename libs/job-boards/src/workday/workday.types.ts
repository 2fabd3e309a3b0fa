/**
 * POST https://{host}/wday/cxs/{tenant}/{site}/jobs with `{ appliedFacets, limit (≤ 20), offset, searchText }`.
 * `total` is only reliable on the first page (later pages often send 0).
 */
export interface WorkdayListResponse {
  total?: number | null;
  jobPostings?: WorkdayPostingSummary[] | null;
  facets?: unknown;
}

export interface WorkdayPostingSummary {
  title?: string | null;
  /** `/job/{location-slug}/{title-slug}_{req}`; appended to the cxs site URL for the detail. */
  externalPath?: string | null;
  /** A place, or a summary such as "2 Locations" when the job has several. */
  locationsText?: string | null;
  /** Relative: "Posted Today", "Posted Yesterday", "Posted 3 Days Ago", "Posted 30+ Days Ago". */
  postedOn?: string | null;
  /** Usually `[jobReqId]`, sometimes more labels. */
  bulletFields?: string[] | null;
}

/** GET https://{host}/wday/cxs/{tenant}/{site}{externalPath} */
export interface WorkdayDetailResponse {
  jobPostingInfo?: WorkdayJobPostingInfo | null;
  hiringOrganization?: { name?: string | null; url?: string | null } | null;
}

export interface WorkdayJobPostingInfo {
  id?: string | null;
  title?: string | null;
  /** HTML (not entity-escaped). */
  jobDescription?: string | null;
  /** The primary location. */
  location?: string | null;
  additionalLocations?: string[] | null;
  postedOn?: string | null;
  /** The posting's start date, `YYYY-MM-DD`: the exact posting date. */
  startDate?: string | null;
  endDate?: string | null;
  /** e.g. "Full time", "Part time". */
  timeType?: string | null;
  jobReqId?: string | null;
  /** The last segment of `externalPath`, e.g. `Quality-Lead_JR61760`. */
  jobPostingId?: string | null;
  jobPostingSiteId?: string | null;
  /** The primary location's country. */
  country?: { descriptor?: string | null; id?: string | null } | null;
  jobRequisitionLocation?: {
    descriptor?: string | null;
    country?: { descriptor?: string | null; alpha2Code?: string | null } | null;
  } | null;
  /** The job's public page. */
  externalUrl?: string | null;
  /** Newer tenants: "Remote", "Hybrid", "On-Site", "Flexible". */
  remoteType?: string | null;
  canApply?: boolean | null;
  posted?: boolean | null;
}
