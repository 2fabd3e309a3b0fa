/** schema.org JobPosting as careers pages embed it in JSON-LD; every field may be missing or oddly typed. */
export interface JobPosting {
  '@type'?: string | string[];
  title?: unknown;
  name?: unknown;
  url?: unknown;
  identifier?: unknown;
  datePosted?: unknown;
  validThrough?: unknown;
  description?: unknown;
  employmentType?: unknown;
  jobLocation?: unknown;
  jobLocationType?: unknown;
  applicantLocationRequirements?: unknown;
  baseSalary?: unknown;
  estimatedSalary?: unknown;
  hiringOrganization?: unknown;
  occupationalCategory?: unknown;
  industry?: unknown;
  directApply?: unknown;
}

/** A JobPosting and the page it was found on (its URL when the posting has none). */
export interface FoundPosting {
  posting: JobPosting;
  pageUrl: string;
  /** How many postings that page held: a lone posting without a URL belongs to its page. */
  onPage: number;
}
