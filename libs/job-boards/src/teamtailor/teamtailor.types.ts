/**
 * One `<item>` of `GET https://{host}/jobs.rss` (Teamtailor's public RSS, support.teamtailor.com), as
 * the XML parser gives it: every leaf is a string; the Teamtailor fields are read under the prefix
 * the feed binds to {@link TEAMTAILOR_NS} (`tt:` in every feed seen).
 */
export interface TeamtailorItem {
  title?: unknown;
  /** The job's own page, `https://{host}/jobs/{id}-{title-slug}`. */
  link?: unknown;
  /** RFC 2822, "Fri, 27 Feb 2026 19:59:48 +0100". */
  pubDate?: unknown;
  /** A UUID (`isPermaLink="false"`). */
  guid?: unknown;
  /** HTML, entity-escaped or in CDATA. */
  description?: unknown;
  /** 'fully', 'hybrid', 'temporary' or 'none'. */
  remoteStatus?: unknown;
  /** `tt:department`, `tt:role`, `tt:locations`, … keyed by their prefixed names. */
  [prefixed: string]: unknown;
}

/** `<tt:location>`: a location's label and its address parts (also `tt:address`, `tt:zip`). */
export interface TeamtailorLocation {
  name?: string;
  city?: string;
  country?: string;
}

/** The namespace of Teamtailor's own RSS elements ([CL] teamtailor.py; every public feed excerpt). */
export const TEAMTAILOR_NS = 'https://teamtailor.com/locations';
