import type { RawJob, RemoteMode, Salary, SalaryPeriod } from '@job-hunter/domain';
import type { BoardFetchResult, BoardTarget } from '../job-board-client';
import { mapPostings } from '../job-board-client';
import { descriptionOf } from '../shared/description';
import { isoDate, text, uniqueStrings } from '../shared/html';
import { structuredSalary } from '../shared/salary';
import type { AshbyAddress, AshbyCompensation, AshbyJob } from './ashby.types';

export function mapAshbyJobs(jobs: readonly AshbyJob[], target: BoardTarget, fetchedAt: string): BoardFetchResult {
  return mapPostings(
    jobs,
    (job) => mapAshbyJob(job, target, fetchedAt),
    (job) => (job.isListed === false ? 'unlisted' : undefined),
  );
}

export function mapAshbyJob(job: AshbyJob, target: BoardTarget, fetchedAt: string): RawJob | null {
  const title = text(job.title);
  const id = text(job.id);
  if (!title || !id) return null;
  const named = uniqueStrings([job.location, ...(job.secondaryLocations ?? []).map((s) => s.location)]);
  const locations = named.length ? named : uniqueStrings([addressLabel(job.address)]);
  const postedAt = isoDate(job.publishedAt);
  return {
    ats: 'ashby',
    company: target.company,
    board: target.board,
    externalId: id,
    title,
    url: text(job.jobUrl) ?? text(job.applyUrl) ?? `https://jobs.ashbyhq.com/${target.board}/${id}`,
    locations,
    workplace: ashbyWorkplace(job, locations),
    ...descriptionOf(text(job.descriptionHtml), () => text(job.descriptionPlain)),
    department: text(job.department) ?? text(job.team),
    employmentType: employmentType(job.employmentType),
    postedAt,
    dateSource: postedAt ? 'exact' : 'unknown',
    salary: job.shouldDisplayCompensationOnJobPostings === false ? undefined : ashbySalary(job.compensation),
    fetchedAt,
  };
}

const WORKPLACE_TYPES: Record<string, RemoteMode> = { Remote: 'remote', Hybrid: 'hybrid', OnSite: 'onsite' };

/**
 * workplaceType is authoritative. Without it, isRemote:true means remote, but isRemote:false is
 * also set on hybrid jobs and on jobs whose location reads "Remote - Argentina", so a false that
 * the location text contradicts is reported as unknown and left to the description rules.
 */
function ashbyWorkplace(job: AshbyJob, locations: readonly string[]): RemoteMode {
  const flagged = job.workplaceType ? WORKPLACE_TYPES[job.workplaceType] : undefined;
  if (flagged) return flagged;
  if (job.isRemote === true) return 'remote';
  if (job.isRemote === false) return locations.some((l) => /remote|hybrid/i.test(l)) ? 'unknown' : 'onsite';
  return 'unknown';
}

const EMPLOYMENT_TYPES: Record<string, string> = {
  FullTime: 'full-time',
  PartTime: 'part-time',
  Intern: 'internship',
  Contract: 'contract',
  Temporary: 'temporary',
};

function employmentType(value: string | null | undefined): string | undefined {
  const t = text(value);
  return t ? (EMPLOYMENT_TYPES[t] ?? t) : undefined;
}

function addressLabel(address: AshbyAddress | null | undefined): string | undefined {
  const a = address?.postalAddress;
  return a ? uniqueStrings([a.addressLocality, a.addressRegion, a.addressCountry]).join(', ') : undefined;
}

const INTERVALS: Record<string, SalaryPeriod> = {
  '1 YEAR': 'year',
  '1 MONTH': 'month',
  '1 DAY': 'day',
  '1 HOUR': 'hour',
};

/** The summary's salary component spans all tiers; tiers are the fallback when the summary lacks a currency. */
function ashbySalary(compensation: AshbyCompensation | null | undefined): Salary | undefined {
  if (!compensation) return undefined;
  const tierComponents = (compensation.compensationTiers ?? []).flatMap((t) => t.components ?? []);
  const candidates = [...(compensation.summaryComponents ?? []), ...tierComponents];
  const raw = text(compensation.compensationTierSummary) ?? text(compensation.scrapeableCompensationSalarySummary);
  for (const c of candidates) {
    const period = c.interval ? INTERVALS[c.interval.toUpperCase()] : undefined;
    if (c.compensationType !== 'Salary' || !period) continue;
    const salary = structuredSalary(
      c.minValue,
      c.maxValue,
      c.currencyCode,
      period,
      raw ?? `${c.minValue ?? '?'}–${c.maxValue ?? '?'} ${c.currencyCode ?? ''}`,
    );
    if (salary) return salary;
  }
  return undefined;
}
