/*
 * Oracle Recruiting Cloud Candidate Experience REST (no key): field names as public clients read
 * them (complete-labs/ats-scrapers oracle.py, santifer/career-ops oraclecloud.mjs, fixtures trimmed
 * from live boards in Girish-Garg/jobdekho). Every field may be null or missing.
 */

/** GET {host}/hcmRestApi/resources/latest/recruitingCEJobRequisitions?…&finder=findReqs;siteNumber=…,limit=…,offset=… */
export interface OracleListResponse {
  items?: OracleSearch[] | null;
  count?: number | null;
  hasMore?: boolean | null;
}

/** The one search context the finder answers with. */
export interface OracleSearch {
  TotalJobsCount?: number | null;
  Offset?: number | null;
  Limit?: number | null;
  SiteNumber?: string | null;
  /** Present only with `expand=requisitionList…`. */
  requisitionList?: OracleRequisition[] | null;
}

export interface OracleSecondaryLocation {
  Name?: string | null;
  CountryCode?: string | null;
}

export interface OracleRequisition {
  /** The requisition's public id (a string of digits on the boards seen; a number is accepted too). */
  Id?: string | number | null;
  Title?: string | null;
  /** Day only, e.g. "2026-09-30". */
  PostedDate?: string | null;
  PostingEndDate?: string | null;
  PrimaryLocation?: string | null;
  /** ISO 3166-1 alpha-2. */
  PrimaryLocationCountry?: string | null;
  secondaryLocations?: OracleSecondaryLocation[] | null;
  /** ORA_REMOTE | ORA_HYBRID | ORA_ON_SITE (the label `WorkplaceType` is the company's own words). */
  WorkplaceTypeCode?: string | null;
  WorkplaceType?: string | null;
  /** HTML or plain text; often empty. */
  ShortDescriptionStr?: string | null;
  JobFamily?: string | null;
  JobFunction?: string | null;
  JobSchedule?: string | null;
  WorkerType?: string | null;
  ContractType?: string | null;
}

/** GET {host}/hcmRestApi/resources/latest/recruitingCEJobRequisitionDetails?expand=all&onlyData=true&finder=ById;Id="…",siteNumber=… */
export interface OracleDetailResponse {
  items?: OracleRequisitionDetail[] | null;
}

export interface OracleRequisitionDetail extends OracleRequisition {
  Category?: string | null;
  /** Exact, e.g. "2026-09-30T13:09:42+00:00". */
  ExternalPostedStartDate?: string | null;
  ExternalPostedEndDate?: string | null;
  /** The job's own texts, HTML. */
  ExternalDescriptionStr?: string | null;
  ExternalResponsibilitiesStr?: string | null;
  ExternalQualificationsStr?: string | null;
  /** Company boilerplate repeated on every posting; left out of the description. */
  CorporateDescriptionStr?: string | null;
  OrganizationDescriptionStr?: string | null;
}
