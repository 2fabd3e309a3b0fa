/** GET https://api.smartrecruiters.com/v1/companies/{company}/postings?limit=100&offset=N */
export interface SmartRecruitersListResponse {
  offset?: number | null;
  limit?: number | null;
  totalFound?: number | null;
  content?: SmartRecruitersPosting[] | null;
}

export interface SmartRecruitersLabel {
  id?: string | null;
  label?: string | null;
}

export interface SmartRecruitersPosting {
  /** Numeric string; the detail is `…/postings/{id}`. */
  id: string;
  /** The title. */
  name?: string | null;
  uuid?: string | null;
  jobAdId?: string | null;
  refNumber?: string | null;
  company?: { identifier?: string | null; name?: string | null } | null;
  /** ISO-8601, exact. */
  releasedDate?: string | null;
  location?: SmartRecruitersLocation | null;
  industry?: SmartRecruitersLabel | null;
  department?: SmartRecruitersLabel | null;
  function?: SmartRecruitersLabel | null;
  typeOfEmployment?: SmartRecruitersLabel | null;
  experienceLevel?: SmartRecruitersLabel | null;
  /** The posting's API URL, not a page a person can open. */
  ref?: string | null;
  language?: { code?: string | null; label?: string | null } | null;
}

export interface SmartRecruitersLocation {
  city?: string | null;
  region?: string | null;
  /** ISO 3166-1 alpha-2, lower case ("in", "de"). */
  country?: string | null;
  address?: string | null;
  postalCode?: string | null;
  remote?: boolean | null;
  /** Newer postings only. */
  hybrid?: boolean | null;
  /** e.g. "Bengaluru, Karnataka, India". */
  fullLocation?: string | null;
}

export interface SmartRecruitersSection {
  title?: string | null;
  /** HTML. */
  text?: string | null;
}

/** GET https://api.smartrecruiters.com/v1/companies/{company}/postings/{id}: the list fields plus these. */
export interface SmartRecruitersPostingDetail extends Partial<SmartRecruitersPosting> {
  jobAd?: {
    sections?: {
      companyDescription?: SmartRecruitersSection | null;
      jobDescription?: SmartRecruitersSection | null;
      qualifications?: SmartRecruitersSection | null;
      additionalInformation?: SmartRecruitersSection | null;
    } | null;
  } | null;
  /** The job's public page. */
  postingUrl?: string | null;
  applyUrl?: string | null;
  referralUrl?: string | null;
  active?: boolean | null;
}
