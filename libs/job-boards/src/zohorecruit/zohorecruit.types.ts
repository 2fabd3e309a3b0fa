/**
 * GET https://{host}/recruit/v2/public/Job_Openings?pagename={page}&source=CareerSite&extra_fields=[…]
 * → `{ code: "success", data: [ZohoJobOpening] }`: the JSON Zoho's own career-site widget reads.
 * The careers page https://{host}/jobs/{page} carries the same records, entity-encoded, in
 * `<input id="jobs" value="…">`. Field names as in the research notes and cited public clients.
 */
export interface ZohoJobOpeningsResponse {
  code?: string | null;
  data?: ZohoJobOpening[] | null;
}

export interface ZohoJobOpening {
  /** A long numeric string, e.g. "668572000021002942". */
  id?: string | number | null;
  Posting_Title?: string | null;
  Job_Opening_Name?: string | null;
  City?: string | null;
  State?: string | null;
  Country?: string | null;
  /** Some career sites name the country field this way (seen in one cited client). */
  Country1?: string | null;
  /** e.g. "Permanent", "Full time", "Contract". */
  Job_Type?: string | null;
  Work_Experience?: string | null;
  Required_Skills?: string | null;
  /** "MM/DD/YYYY" per the notes (e.g. "05/08/2024"); the format is not documented by Zoho. */
  Date_Opened?: string | null;
  /** A boolean per the notes; one cited client compares it to "Yes". */
  Remote_Job?: boolean | string | null;
  /** Rich text (HTML) with extra_fields, else absent or a short summary. */
  Job_Description?: string | null;
  Industry?: string | null;
  Department?: string | null;
  /** false: the opening is not on the career site and is dropped. */
  Publish?: boolean | string | null;
  /** The job's own page: https://{host}/jobs/{page}/{id}/{Title-Slug}?source=CareerSite */
  $url?: string | null;
}
