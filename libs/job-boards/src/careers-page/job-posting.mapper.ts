import type { RawJob, Salary, SalaryPeriod } from '@job-hunter/domain';
import { toIsoDate } from '@job-hunter/domain';
import type { BoardFetchResult, BoardTarget } from '../job-board-client';
import { countSkip } from '../job-board-client';
import { decodeEntities, text, uniqueStrings } from '../shared/html';
import { fieldOf, leafText } from '../shared/payload';
import { structuredSalary } from '../shared/salary';
import type { FoundPosting } from './job-posting.types';

/** Maps found postings, one job per URL; expired and URL-less listing entries are counted, not lost. */
export function mapJobPostings(
  found: readonly FoundPosting[],
  target: BoardTarget,
  fetchedAt: string,
): BoardFetchResult {
  const result: BoardFetchResult = { jobs: [], skipped: {} };
  const seen = new Set<string>();
  const now = Date.parse(fetchedAt);
  for (const f of found) {
    const outcome = mapJobPosting(f, target, fetchedAt, now);
    if (typeof outcome === 'string') {
      countSkip(result.skipped, outcome);
    } else if (seen.has(outcome.url)) {
      countSkip(result.skipped, 'duplicate');
    } else {
      seen.add(outcome.url);
      result.jobs.push(outcome);
    }
  }
  return result;
}

/** A RawJob, or the reason the posting is skipped. */
export function mapJobPosting(
  f: FoundPosting,
  target: BoardTarget,
  fetchedAt: string,
  now = Date.parse(fetchedAt),
): RawJob | string {
  const p = f.posting;
  const title = leafText(p.title) ?? leafText(p.name);
  if (!title) return 'invalid';
  const url = postingUrl(f);
  // A listing page's URL is not the job's own page, so a listed posting without one cannot be applied to.
  if (!url) return 'no_job_url';
  const validThrough = toIsoDate(leafText(p.validThrough));
  if (validThrough && Date.parse(validThrough) < now) return 'expired';
  const remote = list(p.jobLocationType).some((t) => /telecommute|remote/i.test(leafText(t) ?? ''));
  const postedAt = toIsoDate(leafText(p.datePosted));
  return {
    ats: 'careers-page',
    company: text(target.company) ?? organisationName(p.hiringOrganization) ?? '',
    board: target.board,
    externalId: identifier(p.identifier) ?? url,
    title: decodeEntities(title),
    url,
    locations: uniqueStrings([
      ...list(p.jobLocation).map(placeLabel),
      // Where a remote job may be done from; "Remote - India" is how the location rules read a scope.
      ...(remote
        ? list(p.applicantLocationRequirements)
            .map((a) => areaName(a))
            .map((n) => (n ? `Remote - ${n}` : undefined))
        : []),
    ]),
    workplace: remote ? 'remote' : undefined,
    descriptionHtml: descriptionHtml(leafText(p.description)),
    department: leafText(p.occupationalCategory),
    employmentType: employmentType(p.employmentType),
    postedAt,
    dateSource: postedAt ? 'exact' : 'unknown',
    salary: postingSalary(p.baseSalary) ?? postingSalary(p.estimatedSalary),
    fetchedAt,
  };
}

/** The job's own page: its `url`, or the page it was found on when it was alone there. */
export function postingUrl(f: FoundPosting): string | undefined {
  return absoluteUrl(leafText(f.posting.url), f.pageUrl) ?? (f.onPage === 1 ? f.pageUrl : undefined);
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function absoluteUrl(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function identifier(value: unknown): string | undefined {
  return leafText(value) ?? leafText(fieldOf(value, 'value')) ?? leafText(fieldOf(value, '@id'));
}

function organisationName(value: unknown): string | undefined {
  return leafText(value) ?? leafText(fieldOf(value, 'name'));
}

/** A Country, State or AdministrativeArea, by name or as a plain string. */
function areaName(value: unknown): string | undefined {
  return (
    leafText(value) ??
    leafText(fieldOf(value, 'name')) ??
    leafText(fieldOf(fieldOf(value, 'address'), 'addressCountry'))
  );
}

function placeLabel(place: unknown): string | undefined {
  const address = fieldOf(place, 'address') ?? place;
  const flat = leafText(address);
  if (flat) return flat;
  const parts = uniqueStrings([
    leafText(fieldOf(address, 'addressLocality')),
    leafText(fieldOf(address, 'addressRegion')),
    areaName(fieldOf(address, 'addressCountry')),
  ]);
  return parts.length ? parts.join(', ') : leafText(fieldOf(place, 'name'));
}

/** Some CMSs escape the HTML once more; decode it when it holds escaped tags and no real ones. */
function descriptionHtml(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return /&lt;\/?[a-z]/i.test(value) && !/<\/?[a-z]/i.test(value) ? decodeEntities(value) : value;
}

const EMPLOYMENT_TYPES: Record<string, string> = {
  FULL_TIME: 'full-time',
  PART_TIME: 'part-time',
  CONTRACTOR: 'contract',
  TEMPORARY: 'temporary',
  INTERN: 'internship',
  VOLUNTEER: 'volunteer',
  PER_DIEM: 'per diem',
  OTHER: 'other',
};

function employmentType(value: unknown): string | undefined {
  const types = uniqueStrings(
    list(value).map((v) => {
      const t = leafText(v);
      return t ? (EMPLOYMENT_TYPES[t.toUpperCase().replace(/[\s-]+/g, '_')] ?? t) : undefined;
    }),
  );
  return types.length ? types.join(', ') : undefined;
}

const HOUR = { period: 'hour', factor: 1 } as const;
const DAY = { period: 'day', factor: 1 } as const;
const WEEK = { period: 'year', factor: 52 } as const;
const MONTH = { period: 'month', factor: 1 } as const;
const YEAR = { period: 'year', factor: 1 } as const;
/** schema.org asks for HOUR/DAY/WEEK/MONTH/YEAR in unitText; sites also write the adjectives. */
const UNITS: Record<string, { period: SalaryPeriod; factor: number }> = {
  HOUR,
  HOURLY: HOUR,
  DAY,
  DAILY: DAY,
  WEEK,
  WEEKLY: WEEK,
  MONTH,
  MONTHLY: MONTH,
  YEAR,
  YEARLY: YEAR,
  ANNUAL: YEAR,
  ANNUALLY: YEAR,
};

/** MonetaryAmount { currency, value: QuantitativeValue { minValue, maxValue, value, unitText } | number }. */
function postingSalary(amount: unknown): Salary | undefined {
  const first = list(amount)[0];
  if (!first) return undefined;
  const value = fieldOf(first, 'value');
  const quantity = typeof value === 'object' ? value : { value };
  const unitText = (
    leafText(fieldOf(quantity, 'unitText')) ??
    leafText(fieldOf(first, 'unitText')) ??
    'YEAR'
  ).toUpperCase();
  const unit = UNITS[unitText];
  if (!unit) return undefined;
  const exact = num(fieldOf(quantity, 'value'));
  const min = num(fieldOf(quantity, 'minValue')) ?? exact;
  const max = num(fieldOf(quantity, 'maxValue')) ?? exact;
  const currency = leafText(fieldOf(first, 'currency')) ?? leafText(fieldOf(quantity, 'currency'));
  const scale = (n: number | null) => (n === null ? null : n * unit.factor);
  const raw = `${min ?? '?'}–${max ?? '?'} ${currency ?? ''} per ${unitText.toLowerCase()}`;
  return structuredSalary(scale(min), scale(max), currency, unit.period, raw);
}

function num(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const n = Number(value.replace(/[\s,]/g, ''));
  return Number.isFinite(n) ? n : null;
}
