import type { JobHunterError } from '@job-hunter/domain';
import { asRecord, feedMalformed } from '../shared/payload';
import { declaresEntities, looksLikeHtml, parseFeedXml, xmlParser } from '../shared/xml';
import type { PersonioPosition } from './personio.types';

/** The elements that repeat in the feed: read as lists even when a board has only one. */
const REPEATED = new Set([
  'workzag-jobs.position',
  'workzag-jobs.position.additionalOffices.office',
  'workzag-jobs.position.jobDescriptions.jobDescription',
  'workzag-jobs.position.jobDescription',
]);

// Text stays text (shared defaults): ids, dates and the HTML in CDATA are read as strings, never as numbers.
const parser = xmlParser({
  ignoreAttributes: true,
  // Decodes the XML escapes and numeric references of plain fields once ("Sales &amp; Marketing");
  // CDATA (the description HTML) is kept as written.
  htmlEntities: true,
  isArray: (_name, jPath) => REPEATED.has(String(jPath)),
});

/** What `/xml` answered: the positions of a feed, or a web page (a board whose feed is off, or no board). */
export type PersonioFeed = { kind: 'feed'; positions: PersonioPosition[]; invalid: number } | { kind: 'page' };

/**
 * Reads Personio's `<workzag-jobs>` document. An HTML page (Personio's "Page not found", or the
 * marketing site an unknown company is redirected to) is reported as `page`; any other document
 * is BOARD_MALFORMED. Documents declaring entities are refused before parsing.
 */
export function parsePersonioFeed(body: string, where: string): PersonioFeed {
  if (declaresEntities(body)) throw malformed(where, 'declares XML entities');
  if (looksLikeHtml(body)) return { kind: 'page' };
  const doc = parseFeedXml(parser, body, 'Personio', where);
  const root = asRecord(doc);
  if (root && 'html' in root) return { kind: 'page' };
  if (!root || !('workzag-jobs' in root)) throw malformed(where, 'is not a <workzag-jobs> feed');
  // An empty board is `<workzag-jobs></workzag-jobs>`, which parses to ''.
  const jobs = asRecord(root['workzag-jobs']);
  const listed: unknown[] = Array.isArray(jobs?.['position']) ? jobs['position'] : [];
  const positions = listed.filter((p): p is PersonioPosition => asRecord(p) !== null);
  return { kind: 'feed', positions, invalid: listed.length - positions.length };
}

function malformed(where: string, what: string): JobHunterError {
  return feedMalformed('Personio', where, what);
}
