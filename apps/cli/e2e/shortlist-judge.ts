import type { PostedPlace } from './snapshot-postings';

/**
 * Plain, independent judgements of a shortlisted job for the e2e tests: whether a person can work it
 * from where they live, and whether its apply link is for that one posting. They do not use the
 * product's own place or URL rules, so a mistake there cannot hide itself.
 */

/** Where a person can work, in their own words: onsite or hybrid in their city, or remote from places. */
export interface PersonaPlaces {
  /** Their city, with the other names people write it under. */
  city: string[];
  /** Remote jobs open to people here are fine: their country, and the regions that contain it. */
  remoteFrom: string[];
  /** Remote jobs open worldwide are fine too. */
  remoteWorldwide: boolean;
}

export const WORLDWIDE = /\b(?:worldwide|anywhere|global(?:ly)?|world)\b/i;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const mentions = (text: string, names: string[]): boolean =>
  names.some((n) => new RegExp(`\\b${escapeRegExp(n)}\\b`, 'i').test(text));

/** Whether the person can work a posting from where they live: any work model in their city, else remote. */
export function canWorkThere(posting: PostedPlace, persona: PersonaPlaces): boolean {
  if (posting.places.some((p) => mentions(p, persona.city))) return true;
  if (!posting.remote) return false;
  return posting.places.some((p) => mentions(p, persona.remoteFrom) || (persona.remoteWorldwide && WORLDWIDE.test(p)));
}

const ID_LIKE = /^(?:\d{4,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * A link to one posting, not to a board's front page: on the job board its path goes on past the board
 * token (…/acme/jobs/123, …/Acme/<uuid>); on the company's own careers site, where boards may send
 * applicants, the posting's id is in the path or the query (…/open-roles?gh_jid=123).
 */
export function isJobSpecific(applyUrl: string, careersUrl: string): boolean {
  const url = new URL(applyUrl);
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const token = decodeURIComponent(new URL(careersUrl).pathname.split('/').filter(Boolean)[0] ?? '').toLowerCase();
  const at = token ? segments.findIndex((s) => s.toLowerCase() === token) : -1;
  if (at >= 0) return segments.length > at + 1;
  return [...segments, ...url.searchParams.values()].some((part) => ID_LIKE.test(part));
}
