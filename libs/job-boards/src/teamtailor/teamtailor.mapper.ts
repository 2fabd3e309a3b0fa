import type { RawJob, RemoteMode } from '@job-hunter/domain';
import { safeHttpUrl, toIsoDate } from '@job-hunter/domain';
import type { BoardFetchResult, BoardTarget } from '../job-board-client';
import { mapPostings } from '../job-board-client';
import { uniqueStrings } from '../shared/html';
import { asRecord, leafText } from '../shared/payload';
import type { TeamtailorItem, TeamtailorLocation } from './teamtailor.types';

/**
 * remoteStatus → workplace. 'temporary' ("temporarily remote": remote for now, at the office later)
 * names no lasting workplace, so it is left unset and the job's text decides.
 */
const WORKPLACE: Record<string, RemoteMode> = { fully: 'remote', hybrid: 'hybrid', none: 'onsite' };

/** The numeric job id in a job link, `/jobs/7308188-account-manager`. */
const LINK_ID = /\/jobs\/(\d+)(?:-|\/|$)/;

export function mapTeamtailorItems(
  items: readonly TeamtailorItem[],
  prefix: string,
  target: BoardTarget,
  fetchedAt: string,
): BoardFetchResult {
  return mapPostings(items, (item) => mapTeamtailorItem(item, prefix, target, fetchedAt));
}

/** One `<item>`; null without a title or a web link to the job's page. */
export function mapTeamtailorItem(
  item: TeamtailorItem,
  prefix: string,
  target: BoardTarget,
  fetchedAt: string,
): RawJob | null {
  const title = leafText(item.title);
  const url = safeHttpUrl(leafText(item.link));
  if (!title || !url) return null;
  const postedAt = toIsoDate(leafText(item.pubDate));
  return {
    ats: 'teamtailor',
    company: target.company,
    board: target.board,
    externalId: teamtailorJobId(item, url),
    title,
    url,
    locations: uniqueStrings(locationsOf(item, prefix).map(locationLabel)),
    workplace: WORKPLACE[leafText(item.remoteStatus)?.toLowerCase() ?? ''],
    descriptionHtml: leafText(item.description),
    department: leafText(item[`${prefix}:department`]),
    postedAt,
    dateSource: postedAt ? 'exact' : 'unknown',
    fetchedAt,
  };
}

/** The id in the job's link (stable and public), else the item's guid, else the link itself. */
export function teamtailorJobId(item: TeamtailorItem, url: string): string {
  return LINK_ID.exec(new URL(url).pathname)?.[1] ?? leafText(item.guid) ?? url;
}

function locationsOf(item: TeamtailorItem, prefix: string): TeamtailorLocation[] {
  const listed = asRecord(item[`${prefix}:locations`])?.[`${prefix}:location`];
  return (Array.isArray(listed) ? listed : []).map((l) => {
    const r = asRecord(l);
    return {
      name: leafText(r?.[`${prefix}:name`]),
      city: leafText(r?.[`${prefix}:city`]),
      country: leafText(r?.[`${prefix}:country`]),
    };
  });
}

/** "Dublin, Ireland" from the address parts; the location's own label ("Remote", "Dublin office") without them. */
function locationLabel(l: TeamtailorLocation): string {
  const parts = uniqueStrings([l.city, l.country]);
  if (parts.length === 0) return l.name ?? '';
  // A label that says remote says more than the address ("Remote" with a country).
  if (l.name && /\bremote\b/i.test(l.name) && !parts.some((p) => /\bremote\b/i.test(p))) {
    return `${l.name} (${parts.join(', ')})`;
  }
  return parts.join(', ');
}
