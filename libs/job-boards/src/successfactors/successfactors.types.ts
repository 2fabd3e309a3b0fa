/*
 * SuccessFactors public feeds, with the field names public clients read (sources in each comment).
 * Every field may be missing.
 */

/**
 * One `<item>` of `GET https://{rmk-host}/sitemal.xml` (RSS 2.0 with the Google Base `g:` namespace;
 * samples from careers.teva / careers.icl-group.com quoted in public tests, [CL], [PROBE]).
 */
export interface SuccessFactorsRssItem {
  /** Often "Title (City, ST, Country)". */
  title?: string;
  /** The job's page on the site. */
  link?: string;
  guid?: string;
  /** Full HTML (CDATA). */
  description?: string;
  /** Usually absent. */
  pubDate?: string;
  'g:id'?: string;
  'g:location'?: string;
  'g:employer'?: string;
  'g:job_function'?: string;
  /** When the posting closes; never read as a posting date. */
  'g:expiration_date'?: string;
}

/**
 * One `<Job>` of the hosted page's `career?company={ID}&career_ns=job_listing_summary&resultType=XML`
 * (`<Job-Listing><Job><ReqId/><JobTitle/><Job-Description/><Posted-Date/>…`), plus the tenant's
 * `<filterN>`/`<mfieldN>` label/value facets.
 */
export interface SuccessFactorsLegacyJob {
  reqId?: string;
  title?: string;
  descriptionHtml?: string;
  postedDate?: string;
  /** NetApp-style `<Location>`. */
  location?: string;
  /** Label (lower case) and value of each configured facet, in document order. */
  facets: Array<{ label: string; value: string }>;
}

/**
 * `POST https://{host}/services/recruiting/v1/jobs` with
 * `{"keywords":"","locale":"de_DE","location":"","pageNumber":0,"sortBy":"recent"}`: 10 a page,
 * 0-based ([CO] successfactors.mjs; BBC, Komax and INPEX notes in other public code).
 */
export interface SuccessFactorsCsbResponse {
  jobSearchResult?: Array<{ response?: SuccessFactorsCsbJob | null } | null> | null;
  totalJobs?: number | null;
}

export interface SuccessFactorsCsbJob {
  id?: string | number | null;
  unifiedStandardTitle?: string | null;
  jobTitle?: string | null;
  /** Already percent-encoded by the API; HTML entities may be left in. */
  unifiedUrlTitle?: string | null;
  urlTitle?: string | null;
  /** e.g. ["Karlovy Vary, CZE, 36004<br/>"]. */
  jobLocationShort?: string[] | string | null;
  sfstd_jobLocation_obj?: string[] | string | null;
  /** The posting date in the query locale's short format: "6/18/26" (en_US), "20.11.23" (de_DE), "15/07/2026" (en_GB). */
  unifiedStandardStart?: string | null;
  supportedLocales?: string[] | null;
}
