import type { RawJob } from '@job-hunter/domain';
import type { BoardFetchResult, BoardTarget } from '../job-board-client';
import { mapPostings } from '../job-board-client';
import { text, uniqueStrings } from '../shared/html';
import type { ZohoJobOpening } from './zohorecruit.types';

/** Where the openings were read: the tenant host (it names the data centre) and the career-site page. */
export interface ZohoSite {
  host: string;
  pagename: string;
}

export function mapZohoJobOpenings(
  openings: readonly ZohoJobOpening[],
  site: ZohoSite,
  target: BoardTarget,
  fetchedAt: string,
): BoardFetchResult {
  return mapPostings(
    openings,
    (opening) => mapZohoJobOpening(opening, site, target, fetchedAt),
    (opening) => (opening.Publish === false || opening.Publish === 'false' ? 'unpublished' : undefined),
  );
}

export function mapZohoJobOpening(
  opening: ZohoJobOpening,
  site: ZohoSite,
  target: BoardTarget,
  fetchedAt: string,
): RawJob | null {
  const id = opening.id === null || opening.id === undefined ? undefined : text(String(opening.id));
  const title = text(opening.Posting_Title) ?? text(opening.Job_Opening_Name);
  if (!id || !title) return null;
  const opened = openedDate(opening.Date_Opened);
  return {
    ats: 'zohorecruit',
    company: target.company,
    board: target.board,
    externalId: id,
    title,
    url: jobPage(opening.$url, site) ?? builtJobPage(site, id, title),
    locations: placeLabel(opening),
    // Zoho has one "remote job" checkbox and no hybrid: only a ticked box is a workplace fact.
    workplace: isTicked(opening.Remote_Job) ? 'remote' : undefined,
    descriptionHtml: text(opening.Job_Description),
    department: text(opening.Department),
    employmentType: text(opening.Job_Type),
    postedAt: opened,
    dateSource: opened ? 'exact' : 'unknown',
    fetchedAt,
  };
}

function placeLabel(o: ZohoJobOpening): string[] {
  const label = uniqueStrings([o.City, o.State, text(o.Country) ?? o.Country1]).join(', ');
  return label ? [label] : [];
}

function isTicked(value: boolean | string | null | undefined): boolean {
  return value === true || (typeof value === 'string' && /^(?:true|yes)$/i.test(value.trim()));
}

/**
 * Date_Opened as an ISO day: "MM/DD/YYYY" (the notes' format) or "YYYY-MM-DD". A first field above 12
 * cannot be a month (the site writes day first): that date is left unknown rather than guessed.
 */
export function openedDate(value: string | null | undefined): string | null {
  const t = text(value);
  if (!t) return null;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const [year, month, day] = us ? [us[3], us[1], us[2]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const valid =
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day);
  return valid && Number(year) >= 2000 ? date.toISOString() : null;
}

/** `$url` when it is a job page of this career site (https, the tenant host, under /jobs/). */
function jobPage(value: string | null | undefined, site: ZohoSite): string | undefined {
  const t = text(value);
  if (!t) return undefined;
  try {
    const url = new URL(t);
    const segments = url.pathname.split('/').filter(Boolean);
    return url.protocol === 'https:' &&
      url.hostname.toLowerCase() === site.host &&
      segments[0] === 'jobs' &&
      segments.length >= 3
      ? t
      : undefined;
  } catch {
    return undefined;
  }
}

/** https://{host}/jobs/{page}/{id}/{Title-Slug}?source=CareerSite, the form the career site links. */
function builtJobPage(site: ZohoSite, id: string, title: string): string {
  const slug = title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'job';
  return `https://${site.host}/jobs/${encodeURIComponent(site.pagename)}/${encodeURIComponent(id)}/${encodeURIComponent(slug)}?source=CareerSite`;
}
