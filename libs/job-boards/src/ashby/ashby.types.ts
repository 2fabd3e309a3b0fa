/** GET https://api.ashbyhq.com/posting-api/job-board/{board}?includeCompensation=true */
export interface AshbyJobBoardResponse {
  jobs: AshbyJob[];
  apiVersion?: string;
}

export interface AshbyJob {
  id: string;
  title?: string | null;
  department?: string | null;
  team?: string | null;
  /** 'FullTime' | 'PartTime' | 'Intern' | 'Contract' | 'Temporary'. */
  employmentType?: string | null;
  location?: string | null;
  secondaryLocations?: Array<{ location?: string | null; address?: AshbyAddress | null }> | null;
  address?: AshbyAddress | null;
  /** Newer boards; wins over isRemote. */
  workplaceType?: 'OnSite' | 'Remote' | 'Hybrid' | null;
  /** Often null, and may contradict workplaceType. */
  isRemote?: boolean | null;
  isListed?: boolean | null;
  publishedAt?: string | null;
  jobUrl?: string | null;
  applyUrl?: string | null;
  descriptionHtml?: string | null;
  descriptionPlain?: string | null;
  shouldDisplayCompensationOnJobPostings?: boolean | null;
  compensation?: AshbyCompensation | null;
}

export interface AshbyAddress {
  postalAddress?: {
    addressLocality?: string | null;
    addressRegion?: string | null;
    addressCountry?: string | null;
  } | null;
}

export interface AshbyCompensation {
  compensationTierSummary?: string | null;
  scrapeableCompensationSalarySummary?: string | null;
  compensationTiers?: Array<{ title?: string | null; components?: AshbyCompensationComponent[] | null }> | null;
  summaryComponents?: AshbyCompensationComponent[] | null;
}

export interface AshbyCompensationComponent {
  /** 'Salary' | 'Bonus' | 'Commission' | 'EquityPercentage' | … */
  compensationType?: string | null;
  /** e.g. '1 YEAR', '1 HOUR', 'NONE'. */
  interval?: string | null;
  currencyCode?: string | null;
  minValue?: number | null;
  maxValue?: number | null;
}
