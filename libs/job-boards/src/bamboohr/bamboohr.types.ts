/*
 * BambooHR's public careers JSON, as the careers page's own app reads it (no key). Field names come
 * from the research notes (docs/ats-feeds.md §5) and the public clients they cite; BambooHR publishes
 * no reference for these endpoints, so every field is optional and checked before use.
 */

/** GET https://{slug}.bamboohr.com/careers/list (Accept: application/json). */
export interface BambooHrListResponse {
  meta?: { totalCount?: number | null } | null;
  result?: BambooHrListEntry[] | null;
}

export interface BambooHrPlace {
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
  /** The detail's country name (e.g. "United States"). */
  addressCountry?: string | null;
}

export interface BambooHrAtsLocation {
  country?: string | null;
  state?: string | null;
  province?: string | null;
  city?: string | null;
}

/** One opening of the list: no description, no date. */
export interface BambooHrListEntry {
  /** A numeric string ("60"); the job page is /careers/{id}. */
  id?: string | number | null;
  jobOpeningName?: string | null;
  departmentId?: string | null;
  departmentLabel?: string | null;
  employmentStatusLabel?: string | null;
  location?: BambooHrPlace | null;
  atsLocation?: BambooHrAtsLocation | null;
  isRemote?: boolean | null;
  /** "0" on-site, "1" remote, "2" hybrid (inferred by one source; no label confirms it). */
  locationType?: string | number | null;
  /** "Open" when the opening takes applications; the list normally omits it, the detail carries it. */
  jobOpeningStatus?: string | null;
}

/** GET https://{slug}.bamboohr.com/careers/{id}/detail */
export interface BambooHrDetailResponse {
  result?: { jobOpening?: BambooHrJobOpening | null } | null;
}

export interface BambooHrJobOpening {
  jobOpeningName?: string | null;
  /** HTML. */
  description?: string | null;
  /** YYYY-MM-DD, the day the opening was posted. */
  datePosted?: string | null;
  departmentLabel?: string | null;
  employmentStatusLabel?: string | null;
  /** Free text the company typed ("$90,000 - $110,000 per year"), or null. */
  compensation?: string | null;
  location?: BambooHrPlace | null;
  atsLocation?: BambooHrAtsLocation | null;
  isRemote?: boolean | null;
  locationType?: string | number | null;
  /** "Open" while the opening takes applications. */
  jobOpeningStatus?: string | null;
  jobOpeningShareUrl?: string | null;
}

/**
 * An opening as the list (JSON) or the embed widget (HTML, /jobs/embed2.php) gave it: the widget
 * shows only the title, the department and the location as one string.
 */
export interface BambooHrOpening extends BambooHrListEntry {
  id: string;
  /** The widget's location text ("Austin, Texas"), when the opening came from the widget. */
  widgetLocation?: string;
}
