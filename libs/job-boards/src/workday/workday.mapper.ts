import type { DateSource, RawJob, RemoteMode } from '@job-hunter/domain';
import { parseRelativeDate, toIsoDate } from '@job-hunter/domain';
import type { BoardTarget } from '../job-board-client';
import { text, uniqueStrings } from '../shared/html';
import type { WorkdayBoard } from './workday-board';
import { workdayJobUrl } from './workday-board';
import type { WorkdayJobPostingInfo, WorkdayPostingSummary } from './workday.types';

export interface WorkdayMapContext {
  target: BoardTarget;
  board: WorkdayBoard;
  locale?: string;
  /** When the list was read: relative labels ("Posted 3 Days Ago") count back from it. */
  fetchedAt: Date;
}

/**
 * One Workday posting from its list entry and, when it could be read, its detail. The detail
 * wins: it has the description, the real locations (the list may say "2 Locations"), the exact
 * `startDate` and the public URL. Without it the job keeps its list data. Workday has no
 * structured pay field; pay written in the description is left to the processor's text parsing.
 */
export function mapWorkdayPosting(
  summary: WorkdayPostingSummary,
  detail: WorkdayJobPostingInfo | undefined,
  ctx: WorkdayMapContext,
): RawJob | null {
  const externalPath = text(summary.externalPath);
  const title = text(detail?.title) ?? text(summary.title);
  if (!externalPath || !title) return null;
  const { postedAt, dateSource } = workdayDate(summary, detail, ctx.fetchedAt);
  const locations = workdayLocations(summary, detail);
  return {
    ats: 'workday',
    company: ctx.target.company,
    board: ctx.target.board,
    // The posting id (not the requisition id, which several postings may share), stable with or without the detail.
    externalId: text(detail?.jobPostingId) ?? externalPath.split('/').pop() ?? externalPath,
    title,
    url: text(detail?.externalUrl) ?? workdayJobUrl(ctx.board, externalPath, ctx.locale),
    locations,
    workplace: workdayWorkplace(detail?.remoteType),
    descriptionHtml: text(detail?.jobDescription),
    employmentType: text(detail?.timeType),
    postedAt,
    dateSource,
    fetchedAt: ctx.fetchedAt.toISOString(),
  };
}

/** "2 Locations" (or a localised "3 Standorte") summarises several places without naming them. */
const LOCATION_SUMMARY =
  /^\d+\s+(?:locations?|standorte?|lieux|emplacements|ubicaciones|localidades|localizações|sedi|locaties|lokalizacje)$/i;

export function isLocationSummary(value: string): boolean {
  return LOCATION_SUMMARY.test(value.trim());
}

function workdayLocations(summary: WorkdayPostingSummary, detail: WorkdayJobPostingInfo | undefined): string[] {
  const primary = text(detail?.location) ?? text(detail?.jobRequisitionLocation?.descriptor);
  if (primary) {
    // Workday names the primary place without its country ("Hobart (TAS)"); the country travels beside it.
    const country = text(detail?.country?.descriptor) ?? text(detail?.jobRequisitionLocation?.country?.descriptor);
    const withCountry =
      country && !primary.toLowerCase().includes(country.toLowerCase()) ? `${primary}, ${country}` : primary;
    return uniqueStrings([withCountry, ...(detail?.additionalLocations ?? [])]);
  }
  const listed = text(summary.locationsText);
  // A summary is no place: better no location (left to the description) than a wrong one.
  return listed && !isLocationSummary(listed) ? [listed] : [];
}

function workdayDate(
  summary: WorkdayPostingSummary,
  detail: WorkdayJobPostingInfo | undefined,
  fetchedAt: Date,
): { postedAt: string | null; dateSource: DateSource } {
  const exact = toIsoDate(detail?.startDate);
  if (exact) return { postedAt: exact, dateSource: 'exact' };
  for (const label of [summary.postedOn, detail?.postedOn]) {
    const relative = label ? parseRelativeDate(label, fetchedAt) : null;
    if (relative) return { postedAt: relative.toISOString(), dateSource: 'relative' };
  }
  return { postedAt: null, dateSource: 'unknown' };
}

function workdayWorkplace(remoteType: string | null | undefined): RemoteMode | undefined {
  const t = text(remoteType)?.toLowerCase();
  if (!t) return undefined;
  if (/hybrid|flexible/.test(t)) return 'hybrid';
  if (/remote|home|virtual/.test(t)) return 'remote';
  if (/on-?\s?site|office/.test(t)) return 'onsite';
  return 'unknown';
}
