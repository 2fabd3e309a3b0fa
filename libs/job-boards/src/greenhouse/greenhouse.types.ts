/** GET https://boards-api.greenhouse.io/v1/boards/{token}/jobs?content=true */
export interface GreenhouseJobsResponse {
  jobs: GreenhouseJob[];
  meta?: { total?: number };
}

export interface GreenhouseJob {
  id: number;
  internal_job_id?: number;
  title?: string | null;
  /** Entity-escaped HTML, e.g. `&lt;p&gt;`. */
  content?: string | null;
  absolute_url?: string | null;
  updated_at?: string | null;
  first_published?: string | null;
  requisition_id?: string | null;
  company_name?: string | null;
  language?: string | null;
  location?: { name?: string | null } | null;
  metadata?: GreenhouseMetadata[] | null;
  departments?: Array<{ id: number; name?: string | null }> | null;
  offices?: Array<{ id: number; name?: string | null; location?: string | null }> | null;
  /** Present on boards with pay transparency turned on. */
  pay_input_ranges?: GreenhousePayRange[] | null;
}

export interface GreenhouseMetadata {
  id: number;
  name?: string | null;
  value?: string | string[] | number | boolean | null;
  value_type?: string | null;
}

export interface GreenhousePayRange {
  min_cents?: number | null;
  max_cents?: number | null;
  currency_type?: string | null;
  title?: string | null;
  blurb?: string | null;
}
