import type { RawJob, RemoteMode } from '@job-hunter/domain';
import { parseSalaryText, toIsoDate } from '@job-hunter/domain';
import type { BoardTarget } from '../job-board-client';
import { text, uniqueStrings } from '../shared/html';
import type { BambooHrAtsLocation, BambooHrJobOpening, BambooHrOpening, BambooHrPlace } from './bamboohr.types';

/** The job's own page on the company's BambooHR careers site. */
export function bambooHrJobUrl(slug: string, id: string): string {
  return `https://${slug}.bamboohr.com/careers/${encodeURIComponent(id)}`;
}

/** False when the opening says it no longer takes applications (any status but "Open"). */
export function isOpen(status: string | null | undefined): boolean {
  const s = text(status);
  return s === undefined || s.toLowerCase() === 'open';
}

/**
 * One BambooHR opening from its list entry (JSON list or embed widget) and, when it could be read,
 * its detail: the detail adds the description, the posting date and the compensation text.
 */
export function mapBambooHrOpening(
  opening: BambooHrOpening,
  detail: BambooHrJobOpening | undefined,
  target: BoardTarget,
  slug: string,
  fetchedAt: string,
): RawJob | null {
  const id = text(String(opening.id));
  const title = text(opening.jobOpeningName) ?? text(detail?.jobOpeningName);
  if (!id || !title) return null;
  const postedAt = toIsoDate(text(detail?.datePosted));
  const salary = compensationOf(detail?.compensation);
  const workplace = bambooHrWorkplace(detail) ?? bambooHrWorkplace(opening);
  return {
    ats: 'bamboohr',
    company: target.company,
    board: target.board,
    externalId: id,
    title,
    url: bambooHrJobUrl(slug, id),
    locations: bambooHrLocations(opening, detail),
    ...(workplace ? { workplace } : {}),
    ...(text(detail?.description) ? { descriptionHtml: text(detail?.description) } : {}),
    department: text(detail?.departmentLabel) ?? text(opening.departmentLabel),
    employmentType: text(detail?.employmentStatusLabel) ?? text(opening.employmentStatusLabel),
    postedAt,
    dateSource: postedAt ? 'exact' : 'unknown',
    ...(salary ? { salary } : {}),
    fetchedAt,
  };
}

/**
 * `isRemote: true` is remote whatever `locationType` says. `locationType` "0" on-site, "1" remote,
 * "2" hybrid: one public client inferred this mapping and others follow it; complete-labs reads "2"
 * as remote and "0" as "on-site or hybrid". No BambooHR label confirms either, so anything else is
 * left unset for the description to decide.
 */
export function bambooHrWorkplace(
  entry: Pick<BambooHrJobOpening, 'isRemote' | 'locationType'> | undefined,
): RemoteMode | undefined {
  if (!entry) return undefined;
  if (entry.isRemote === true) return 'remote';
  switch (String(entry.locationType ?? '').trim()) {
    case '0':
      return 'onsite';
    case '1':
      return 'remote';
    case '2':
      return 'hybrid';
    default:
      return undefined;
  }
}

/** The detail's full place (with country) first, else the list's, else the widget's text. */
function bambooHrLocations(opening: BambooHrOpening, detail: BambooHrJobOpening | undefined): string[] {
  for (const label of [
    placeLabel(detail?.location, detail?.atsLocation),
    placeLabel(opening.location, opening.atsLocation),
    text(opening.widgetLocation),
  ]) {
    if (label) return [label];
  }
  return [];
}

function placeLabel(
  place: BambooHrPlace | null | undefined,
  ats: BambooHrAtsLocation | null | undefined,
): string | undefined {
  const label = uniqueStrings([
    text(place?.city) ?? text(ats?.city),
    text(place?.state) ?? text(ats?.state) ?? text(ats?.province),
    text(place?.addressCountry) ?? text(ats?.country),
  ]).join(', ');
  return label || undefined;
}

/** BambooHR's compensation is free text the company typed: kept only when it reads as a salary. */
function compensationOf(raw: string | null | undefined): RawJob['salary'] {
  const t = text(raw);
  return (t && parseSalaryText(t)) || undefined;
}
