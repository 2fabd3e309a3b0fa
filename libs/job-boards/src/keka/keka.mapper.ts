import type { RawJob, Salary, SalaryPeriod } from '@job-hunter/domain';
import { toIsoDate } from '@job-hunter/domain';
import type { BoardFetchResult, BoardTarget } from '../job-board-client';
import { mapPostings } from '../job-board-client';
import { text, uniqueStrings } from '../shared/html';
import { structuredSalary } from '../shared/salary';
import type { KekaJob, KekaLocation, KekaSalaryRange } from './keka.types';

export function mapKekaJobs(
  jobs: readonly KekaJob[],
  portalUrl: string,
  target: BoardTarget,
  fetchedAt: string,
): BoardFetchResult {
  return mapPostings(jobs, (job) => mapKekaJob(job, portalUrl, target, fetchedAt));
}

/** `portalUrl` is the careers portal, e.g. https://acme.keka.com/careers; jobs live under it. */
export function mapKekaJob(job: KekaJob, portalUrl: string, target: BoardTarget, fetchedAt: string): RawJob | null {
  const id = jobId(job.id);
  const title = text(job.title);
  if (!id || !title) return null;
  const published = toIsoDate(job.publishedOn);
  return {
    ats: 'keka',
    company: target.company,
    board: target.board,
    externalId: id,
    title,
    url: `${portalUrl}/jobdetails/${id}`,
    // Keka has no workplace field: a remote job says so in its location text, which normalising reads.
    locations: uniqueStrings((job.jobLocations ?? []).map(placeLabel)),
    descriptionHtml: text(job.description),
    department: text(job.departmentName),
    employmentType: job.jobType === 2 ? 'full-time' : undefined,
    postedAt: published,
    dateSource: published ? 'exact' : 'unknown',
    salary: kekaSalary(job.salaryRange, job.salaryRangeFormat),
    fetchedAt,
  };
}

function jobId(value: number | string | null | undefined): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? String(value) : undefined;
  const t = text(value ?? undefined);
  return t && /^\d+$/.test(t) ? t : undefined;
}

const BLANK = new Set(['na', 'n/a', 'none', '-']);

/** "City, State, Country"; the office's name only when it has none of them. */
function placeLabel(l: KekaLocation): string | undefined {
  const parts = uniqueStrings([l.city, l.state, l.countryName]).filter((p) => !BLANK.has(p.toLowerCase()));
  return parts.length ? parts.join(', ') : text(l.name);
}

/** Keka's salaryPeriod codes with a domain period; 0 (not available) and 2 (bi-weekly) have none. */
const PERIODS: Record<number, SalaryPeriod> = { 1: 'hour', 3: 'month', 4: 'year' };

/** No currency pays a year's work with fewer units than this. */
const MIN_PLAUSIBLE_YEARLY = 1000;

/**
 * The range when the company filled it in: an amount above 0, a currency and a period. Companies
 * also type lakh shorthand ("5 - 10" for ₹5–10 lakh a year) into the same field; a range worth
 * less than 1,000 a year is that, and is left out rather than read wrongly.
 */
export function kekaSalary(
  range: KekaSalaryRange | null | undefined,
  format: string | null | undefined,
): Salary | undefined {
  const period = typeof range?.salaryPeriod === 'number' ? PERIODS[range.salaryPeriod] : undefined;
  if (!range || !period) return undefined;
  const currency = text(range.currency);
  const raw = text(format) ?? `${range.minimum ?? '?'}–${range.maximum ?? '?'} ${currency ?? ''} per ${period}`.trim();
  const salary = structuredSalary(range.minimum, range.maximum, currency, period, raw);
  if (!salary) return undefined;
  const yearly = salary.annualMax ?? salary.annualMin ?? 0;
  return yearly < MIN_PLAUSIBLE_YEARLY ? undefined : salary;
}
