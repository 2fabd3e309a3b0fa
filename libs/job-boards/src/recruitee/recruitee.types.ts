/** GET https://{slug}.recruitee.com/api/offers/ */
export interface RecruiteeOffersResponse {
  offers: RecruiteeOffer[];
}

export interface RecruiteeOffer {
  id?: number | null;
  slug?: string | null;
  title?: string | null;
  status?: string | null;
  /** HTML. */
  description?: string | null;
  /** HTML. */
  requirements?: string | null;
  /** A display label, e.g. "Amsterdam, North Holland, Netherlands". */
  location?: string | null;
  city?: string | null;
  country?: string | null;
  country_code?: string | null;
  state_name?: string | null;
  state_code?: string | null;
  remote?: boolean | null;
  hybrid?: boolean | null;
  on_site?: boolean | null;
  employment_type_code?: string | null;
  category_code?: string | null;
  experience_code?: string | null;
  education_code?: string | null;
  department?: string | null;
  company_name?: string | null;
  /** The job's own page; may be on the company's custom careers domain. */
  careers_url?: string | null;
  careers_apply_url?: string | null;
  /** "2024-05-01 10:00:00 UTC" */
  published_at?: string | null;
  created_at?: string | null;
  updated_at?: string | null;
  close_at?: string | null;
  min_hours?: number | null;
  max_hours?: number | null;
  salary?: RecruiteeSalary | null;
  locations?: RecruiteeLocation[] | null;
  tags?: string[] | null;
}

/** Amounts arrive as numbers or digit strings; the currency may be lower case. */
export interface RecruiteeSalary {
  min?: number | string | null;
  max?: number | string | null;
  currency?: string | null;
  period?: string | null;
}

export interface RecruiteeLocation {
  id?: number | null;
  name?: string | null;
  city?: string | null;
  state?: string | null;
  state_code?: string | null;
  country?: string | null;
  country_code?: string | null;
  street?: string | null;
  postal_code?: string | null;
}
