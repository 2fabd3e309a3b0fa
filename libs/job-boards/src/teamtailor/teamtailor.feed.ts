import { JobHunterError } from '@job-hunter/domain';
import { asRecord, feedMalformed } from '../shared/payload';
import { declaresEntities, looksLikeHtml, parseFeedXml, xmlParser } from '../shared/xml';
import type { TeamtailorItem } from './teamtailor.types';
import { TEAMTAILOR_NS } from './teamtailor.types';

/** Items, and each item's locations, are lists even when a feed has one. */
const REPEATED = /^rss\.channel\.item(?:\.[^.]+:locations\.[^.]+:location)?$/;

const parser = xmlParser({
  // Only namespace declarations are kept: they say which prefix Teamtailor's elements use.
  ignoreAttributes: (name: string) => !name.startsWith('xmlns'),
  attributeNamePrefix: '@_',
  // Plain fields and an entity-escaped description are decoded once; a CDATA description is kept as written.
  htmlEntities: true,
  isArray: (_name, jPath) => REPEATED.test(String(jPath)),
});

export interface TeamtailorFeed {
  items: TeamtailorItem[];
  /** Items that were not even elements. */
  invalid: number;
  /** The prefix bound to Teamtailor's namespace ('tt' when the feed does not declare it). */
  prefix: string;
}

/**
 * Reads a `jobs.rss` answer. A web page (a host that serves no Teamtailor feed) is BOARD_NOT_FOUND;
 * any other document, or one declaring entities, is BOARD_MALFORMED. A channel with no items is an
 * empty board.
 */
export function parseTeamtailorFeed(body: string, where: string): TeamtailorFeed {
  if (declaresEntities(body)) throw malformed(where, 'declares XML entities');
  if (looksLikeHtml(body)) {
    throw new JobHunterError(
      'BOARD_NOT_FOUND',
      `${where} answered a web page, not Teamtailor's job feed: the host has no Teamtailor board; check the careers URL or the company's board token.`,
    );
  }
  const doc = parseFeedXml(parser, body, 'Teamtailor', where);
  const rss = asRecord(asRecord(doc)?.['rss']);
  // `<channel>` of an empty board parses to '' when it has no children at all.
  const channel = rss?.['channel'];
  if (!rss || channel === undefined) throw malformed(where, 'is not an RSS feed');
  const listed = asRecord(channel)?.['item'];
  const all: unknown[] = Array.isArray(listed) ? listed : [];
  const items = all.filter((i): i is TeamtailorItem => asRecord(i) !== null);
  return { items, invalid: all.length - items.length, prefix: prefixOf(rss) };
}

function prefixOf(rss: Record<string, unknown>): string {
  for (const [key, value] of Object.entries(rss)) {
    const prefix = /^@_xmlns:(.+)$/.exec(key)?.[1];
    if (prefix && value === TEAMTAILOR_NS) return prefix;
  }
  return 'tt';
}

function malformed(where: string, what: string): JobHunterError {
  return feedMalformed('Teamtailor', where, what);
}
