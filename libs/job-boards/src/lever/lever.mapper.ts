import type { RawJob, RemoteMode, Salary, SalaryPeriod } from '@job-hunter/domain';
import type { BoardFetchResult, BoardTarget } from '../job-board-client';
import { mapPostings } from '../job-board-client';
import { descriptionOf } from '../shared/description';
import { htmlToPlain, isoDate, joinParts, text, uniqueStrings } from '../shared/html';
import { structuredSalary } from '../shared/salary';
import type { LeverPosting, LeverSalaryRange } from './lever.types';

export function mapLeverPostings(
  postings: readonly LeverPosting[],
  target: BoardTarget,
  fetchedAt: string,
): BoardFetchResult {
  return mapPostings(postings, (posting) => mapLeverPosting(posting, target, fetchedAt));
}

export function mapLeverPosting(p: LeverPosting, target: BoardTarget, fetchedAt: string): RawJob | null {
  const title = text(p.text);
  const id = text(p.id);
  if (!title || !id) return null;
  const categories = p.categories ?? {};
  const lists = p.lists ?? [];
  const postedAt = typeof p.createdAt === 'number' ? isoDate(p.createdAt) : null;
  return {
    ats: 'lever',
    company: target.company,
    board: target.board,
    externalId: id,
    title,
    url: text(p.hostedUrl) ?? text(p.applyUrl) ?? `https://jobs.lever.co/${target.board}/${id}`,
    locations: uniqueStrings([categories.location, ...(categories.allLocations ?? [])]),
    workplace: leverWorkplace(p.workplaceType),
    ...descriptionOf(
      joinParts(
        [p.description, ...lists.map((l) => `<h3>${l.text ?? ''}</h3><ul>${l.content ?? ''}</ul>`), p.additional],
        '\n',
      ),
      () =>
        joinParts([
          p.descriptionPlain,
          ...lists.map((l) => joinParts([l.text, l.content ? htmlToPlain(l.content) : undefined], '\n')),
          p.additionalPlain,
        ]),
    ),
    department: text(categories.department) ?? text(categories.team),
    employmentType: text(categories.commitment),
    postedAt,
    dateSource: postedAt ? 'exact' : 'unknown',
    salary: leverSalary(p.salaryRange, text(p.salaryDescriptionPlain)),
    fetchedAt,
  };
}

const WORKPLACE_TYPES: Record<string, RemoteMode> = {
  remote: 'remote',
  hybrid: 'hybrid',
  'on-site': 'onsite',
  onsite: 'onsite',
  unspecified: 'unknown',
};

function leverWorkplace(value: string | null | undefined): RemoteMode | undefined {
  return value ? WORKPLACE_TYPES[value] : undefined;
}

/** Lever intervals the domain has no period for are scaled to one it has. */
const INTERVALS: Record<string, { period: SalaryPeriod; factor: number }> = {
  'per-year-salary': { period: 'year', factor: 1 },
  'per-month-salary': { period: 'month', factor: 1 },
  'semi-month-salary': { period: 'month', factor: 2 },
  'bi-month-salary': { period: 'month', factor: 0.5 },
  'bi-week-salary': { period: 'year', factor: 26 },
  'per-week-salary': { period: 'year', factor: 52 },
  'per-day-wage': { period: 'day', factor: 1 },
  'per-hour-wage': { period: 'hour', factor: 1 },
};

function leverSalary(range: LeverSalaryRange | null | undefined, description: string | undefined): Salary | undefined {
  const interval = range?.interval ? INTERVALS[range.interval] : undefined;
  if (!range || !interval) return undefined;
  const scale = (n: number | null | undefined): number | null => (typeof n === 'number' ? n * interval.factor : null);
  const raw = description ?? `${range.min ?? '?'}–${range.max ?? '?'} ${range.currency ?? ''} ${range.interval}`.trim();
  return structuredSalary(scale(range.min), scale(range.max), range.currency, interval.period, raw);
}
