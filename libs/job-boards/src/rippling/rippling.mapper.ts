import type { RawJob, RemoteMode, Salary, SalaryPeriod } from '@job-hunter/domain';
import { toIsoDate } from '@job-hunter/domain';
import type { BoardTarget } from '../job-board-client';
import { descriptionOf } from '../shared/description';
import { htmlToPlain, joinParts, text, uniqueStrings } from '../shared/html';
import { structuredSalary } from '../shared/salary';
import { absoluteWebUrl, boardSegment } from '../shared/url';
import type { RipplingJobDetail, RipplingPayRange, RipplingPosting, RipplingRow } from './rippling.types';

export interface MergedRows {
  postings: RipplingPosting[];
  /** Rows with no uuid or no title. */
  invalid: number;
}

/** The list repeats a job once per work location: one posting per uuid, with every location, in list order. */
export function mergeRipplingRows(rows: readonly RipplingRow[]): MergedRows {
  const byUuid = new Map<string, RipplingPosting>();
  let invalid = 0;
  for (const row of rows) {
    const uuid = text(row.uuid);
    const name = text(row.name);
    if (!uuid || !name) {
      invalid++;
      continue;
    }
    const place = text(row.workLocation?.label);
    const known = byUuid.get(uuid);
    if (known) {
      if (place) known.locations = uniqueStrings([...known.locations, place]);
      continue;
    }
    byUuid.set(uuid, {
      uuid,
      name,
      ...(text(row.department?.label) ? { department: text(row.department?.label) } : {}),
      ...(text(row.url) ? { url: text(row.url) } : {}),
      locations: place ? [place] : [],
    });
  }
  return { postings: [...byUuid.values()], invalid };
}

/**
 * One Rippling job from its merged list rows and, when it could be read, its record: the record adds
 * the description, the employment type, the posting date (`createdOn`; the list has none) and pay.
 */
export function mapRipplingPosting(
  posting: RipplingPosting,
  detail: RipplingJobDetail | undefined,
  target: BoardTarget,
  slug: string,
  fetchedAt: string,
): RawJob | null {
  const uuid = text(posting.uuid);
  const title = text(posting.name) ?? text(detail?.name);
  if (!uuid || !title) return null;
  const locations = posting.locations.length ? posting.locations : uniqueStrings(detail?.workLocations ?? []);
  const workplace = ripplingWorkplace(locations);
  const html = joinParts([detail?.description?.role, detail?.description?.company], '\n');
  const postedAt = toIsoDate(text(detail?.createdOn));
  const salary = ripplingSalary(detail?.payRangeDetails);
  return {
    ats: 'rippling',
    company: target.company,
    board: target.board,
    externalId: uuid,
    title,
    url:
      absoluteWebUrl(posting.url) ??
      absoluteWebUrl(detail?.url) ??
      `https://ats.rippling.com/${boardSegment(slug)}/jobs/${encodeURIComponent(uuid)}`,
    locations,
    ...(workplace ? { workplace } : {}),
    ...(html ? descriptionOf(html, () => htmlToPlain(html)) : {}),
    department: text(posting.department) ?? text(detail?.department?.name) ?? text(detail?.department?.label),
    employmentType: employmentTypeOf(detail?.employmentType),
    postedAt,
    dateSource: postedAt ? 'exact' : 'unknown',
    ...(salary ? { salary } : {}),
    fetchedAt,
  };
}

/**
 * Rippling's v1 list and record name work locations only ("Remote (United States)", "Austin, TX"):
 * a job is remote (or hybrid) when every one of its locations says so. Others are left unset: a
 * named office may still be hybrid, and the description decides.
 */
export function ripplingWorkplace(locations: readonly string[]): RemoteMode | undefined {
  if (locations.length === 0) return undefined;
  if (locations.every((l) => /\bremote\b/i.test(l))) return 'remote';
  if (locations.every((l) => /\bhybrid\b/i.test(l))) return 'hybrid';
  return undefined;
}

const PERIODS: Record<string, SalaryPeriod> = {
  YEAR: 'year',
  YEARLY: 'year',
  ANNUAL: 'year',
  MONTH: 'month',
  MONTHLY: 'month',
  DAY: 'day',
  DAILY: 'day',
  HOUR: 'hour',
  HOURLY: 'hour',
};

/** The code Rippling sends in `employmentType.label`, in the words the other boards use. */
const EMPLOYMENT: Record<string, string> = {
  SALARIED_FT: 'Full-time',
  HOURLY_FT: 'Full-time',
  SALARIED_PT: 'Part-time',
  HOURLY_PT: 'Part-time',
  CONTRACTOR: 'Contract',
  TEMP: 'Temporary',
  INTERN: 'Internship',
};

function employmentTypeOf(type: RipplingJobDetail['employmentType']): string | undefined {
  const code = text(type?.label)?.toUpperCase();
  return (code && EMPLOYMENT[code]) ?? text(type?.id) ?? text(type?.label);
}

/**
 * The pay of a job's bands (one per location or level): the lowest start and highest end among the
 * bands in the currency and period most bands share (ties: the first band's), so a CAD band never
 * widens a USD range. Bands in a period with no yearly equivalent here (e.g. WEEK) are not read.
 */
export function ripplingSalary(ranges: readonly RipplingPayRange[] | null | undefined): Salary | undefined {
  const bands = (ranges ?? []).flatMap((r) => {
    if (typeof r !== 'object' || r === null) return [];
    const currency = text(r.currency)?.toUpperCase();
    const period = PERIODS[text(r.frequency)?.toUpperCase() ?? ''];
    const start = amount(r.rangeStart);
    const end = amount(r.rangeEnd);
    return currency && period && (start !== null || end !== null)
      ? [{ currency, period, start, end, unit: `${currency} ${period}`, where: text(r.location) }]
      : [];
  });
  const first = bands[0];
  if (!first) return undefined;
  const counts = new Map<string, number>();
  for (const b of bands) counts.set(b.unit, (counts.get(b.unit) ?? 0) + 1);
  const best = Math.max(...counts.values());
  const unit = counts.get(first.unit) === best ? first.unit : [...counts].find(([, n]) => n === best)?.[0];
  const same = bands.filter((b) => b.unit === unit);
  const starts = same.flatMap((b) => (b.start === null ? [] : [b.start]));
  const ends = same.flatMap((b) => (b.end === null ? [] : [b.end]));
  const raw = same
    .map((b) => `${b.currency} ${b.start ?? ''}-${b.end ?? ''} per ${b.period}${b.where ? ` (${b.where})` : ''}`)
    .join('; ');
  const chosen = same[0] ?? first;
  return structuredSalary(
    starts.length ? Math.min(...starts) : null,
    ends.length ? Math.max(...ends) : null,
    chosen.currency,
    chosen.period,
    raw,
  );
}

function amount(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
}
