import type { RawJob, RemoteMode, Salary, SalaryPeriod } from '@job-hunter/domain';
import { toIsoDate } from '@job-hunter/domain';
import type { BoardFetchResult, BoardTarget } from '../job-board-client';
import { mapPostings } from '../job-board-client';
import { joinParts, text, uniqueStrings } from '../shared/html';
import { structuredSalary } from '../shared/salary';
import type { RecruiteeLocation, RecruiteeOffer, RecruiteeSalary } from './recruitee.types';

export function mapRecruiteeOffers(
  offers: readonly RecruiteeOffer[],
  target: BoardTarget,
  fetchedAt: string,
): BoardFetchResult {
  return mapPostings(
    offers,
    (offer) => mapRecruiteeOffer(offer, target, fetchedAt),
    // The public endpoint lists published offers; anything else that slips through is not open.
    (offer) => (offer.status && offer.status !== 'published' ? 'unpublished' : undefined),
  );
}

export function mapRecruiteeOffer(offer: RecruiteeOffer, target: BoardTarget, fetchedAt: string): RawJob | null {
  const title = text(offer.title);
  if (!title || offer.id === null || offer.id === undefined) return null;
  const published = toIsoDate(offer.published_at);
  // created_at precedes publication, so it only stands in for the posting date.
  const created = published ? null : toIsoDate(offer.created_at);
  const slug = text(offer.slug);
  return {
    ats: 'recruitee',
    company: target.company,
    board: target.board,
    externalId: String(offer.id),
    title,
    url:
      text(offer.careers_url) ??
      (slug ? `https://${target.board}.recruitee.com/o/${slug}` : undefined) ??
      text(offer.careers_apply_url) ??
      `https://${target.board}.recruitee.com/`,
    locations: recruiteeLocations(offer),
    workplace: recruiteeWorkplace(offer),
    descriptionHtml: joinParts([offer.description, offer.requirements], '\n'),
    department: text(offer.department),
    employmentType: employmentType(offer.employment_type_code),
    postedAt: published ?? created,
    dateSource: published ? 'exact' : created ? 'updated' : 'unknown',
    salary: recruiteeSalary(offer.salary),
    fetchedAt,
  };
}

function recruiteeLocations(offer: RecruiteeOffer): string[] {
  const listed = uniqueStrings((offer.locations ?? []).map(locationLabel));
  if (listed.length) return listed;
  return uniqueStrings([
    text(offer.location) ??
      locationLabel({ city: offer.city, state: offer.state_name, country: offer.country ?? offer.country_code }),
  ]);
}

function locationLabel(l: RecruiteeLocation): string {
  const parts = uniqueStrings([l.city, l.state, text(l.country) ?? l.country_code]);
  return parts.length ? parts.join(', ') : (text(l.name) ?? '');
}

/** Newer offers carry remote, hybrid and on_site flags; older ones only `remote`, whose false says nothing. */
function recruiteeWorkplace(offer: RecruiteeOffer): RemoteMode | undefined {
  if (offer.hybrid === true) return 'hybrid';
  if (offer.remote === true) return 'remote';
  if (offer.on_site === true) return 'onsite';
  return undefined;
}

const EMPLOYMENT_TYPES: Record<string, string> = {
  fulltime: 'full-time',
  fulltime_permanent: 'full-time',
  fulltime_fixed_term: 'full-time, fixed term',
  parttime: 'part-time',
  parttime_permanent: 'part-time',
  parttime_fixed_term: 'part-time, fixed term',
  contract: 'contract',
  freelance: 'freelance',
  internship: 'internship',
  temporary: 'temporary',
  traineeship: 'traineeship',
  apprenticeship: 'apprenticeship',
  volunteer: 'volunteer',
};

function employmentType(code: string | null | undefined): string | undefined {
  const t = text(code)?.toLowerCase();
  return t ? (EMPLOYMENT_TYPES[t] ?? t.replace(/_/g, ' ')) : undefined;
}

const PERIODS: Record<string, { period: SalaryPeriod; factor: number }> = {
  year: { period: 'year', factor: 1 },
  month: { period: 'month', factor: 1 },
  week: { period: 'year', factor: 52 },
  day: { period: 'day', factor: 1 },
  hour: { period: 'hour', factor: 1 },
};

function recruiteeSalary(salary: RecruiteeSalary | null | undefined): Salary | undefined {
  if (!salary) return undefined;
  const unit = PERIODS[text(salary.period)?.toLowerCase() ?? 'year'];
  if (!unit) return undefined;
  const min = amount(salary.min);
  const max = amount(salary.max);
  const raw = `${min ?? '?'}–${max ?? '?'} ${salary.currency ?? ''} per ${salary.period ?? 'year'}`.trim();
  const scale = (n: number | null) => (n === null ? null : n * unit.factor);
  return structuredSalary(scale(min), scale(max), salary.currency, unit.period, raw);
}

function amount(value: number | string | null | undefined): number | null {
  if (typeof value === 'number') return value;
  const n = typeof value === 'string' ? Number(value.replace(/[\s,]/g, '')) : NaN;
  return Number.isFinite(n) ? n : null;
}
