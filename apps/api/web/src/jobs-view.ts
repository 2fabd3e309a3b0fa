// Which jobs the results page shows, and in what order: search, filters and sort, over the
// jobs of one run (all in the page already; nothing is asked of the API).
import type { Job } from './types.js';

export type SortKey = 'score' | 'date' | 'pay' | 'company';

export interface JobFilter {
  /** Words that must all appear in the job's title, company, place, pay, reasons or skills. */
  text: string;
  /** Work models to show; empty: all. */
  workModels: string[];
  /** A place from placeOf, or '' for all. */
  place: string;
  /** A level from levelOf, or '' for all. */
  level: string;
  postedWithinDays: number | null;
  newOnly: boolean;
  showHidden: boolean;
}

export const NO_FILTER: JobFilter = {
  text: '',
  workModels: [],
  place: '',
  level: '',
  postedWithinDays: null,
  newOnly: false,
  showHidden: false,
};

const LEVELS: Array<[RegExp, string]> = [
  [/\bintern(ship)?\b/i, 'Intern'],
  [/\b(junior|jr\.?|graduate|entry[- ]level)\b/i, 'Junior'],
  [/\b(director|head of|vp|vice president)\b/i, 'Director'],
  [/\bprincipal\b/i, 'Principal'],
  [/\bstaff\b/i, 'Staff'],
  [/\b(lead|manager)\b/i, 'Lead or manager'],
  [/\b(senior|sr\.?)\b/i, 'Senior'],
  [/\b(mid[- ]level|intermediate)\b|\b(engineer|developer) ii\b/i, 'Mid'],
];

/** The level a title states ("Senior", "Staff"…), or "Not stated". */
export function levelOf(title: string): string {
  return LEVELS.find(([pattern]) => pattern.test(title))?.[1] ?? 'Not stated';
}

/** The place a job's location names first: "Bengaluru, Karnataka, India" -> "Bengaluru". */
export function placeOf(job: Pick<Job, 'location'>): string {
  return job.location.split(',')[0]?.trim() || 'Not stated';
}

const PERIOD_FACTORS: Array<[RegExp, number]> = [
  [/\/\s*hour/i, 2080],
  [/\/\s*day/i, 260],
  [/\/\s*week/i, 52],
  [/\/\s*month/i, 12],
];

/**
 * The top of a stated pay range as a yearly number in its own currency (for sorting; currencies
 * are not converted), or null when the job states no pay. "₹55–75 LPA" -> 7,500,000.
 */
export function payValue(salary: string | undefined): number | null {
  if (!salary) return null;
  const unit = /\blpa\b|lakh/i.test(salary) ? 100_000 : /\bcr(ore)?\b/i.test(salary) ? 10_000_000 : 1;
  const amounts = [...salary.matchAll(/(\d[\d,.]*)\s*([kKmM])?/g)].map(([, digits = '', suffix]) => {
    const plain = Number(digits.replace(/[,.](?=\d{3}\b)/g, '').replace(',', '.'));
    return plain * (suffix?.toLowerCase() === 'k' ? 1_000 : suffix?.toLowerCase() === 'm' ? 1_000_000 : unit);
  });
  if (amounts.length === 0) return null;
  const period = PERIOD_FACTORS.find(([pattern]) => pattern.test(salary))?.[1] ?? 1;
  return Math.max(...amounts) * period;
}

function searchText(job: Job): string {
  return [job.title, job.company, job.location, job.salary ?? '', ...job.reasons, ...job.matchedSkills]
    .join(' ')
    .toLowerCase();
}

function passes(job: Job, filter: JobFilter, now: Date): boolean {
  if (job.mark?.state === 'hidden' && !filter.showHidden) return false;
  if (filter.newOnly && !job.isNew) return false;
  if (filter.workModels.length > 0 && !filter.workModels.includes(job.remote)) return false;
  if (filter.place && placeOf(job) !== filter.place) return false;
  if (filter.level && levelOf(job.title) !== filter.level) return false;
  if (filter.postedWithinDays !== null) {
    if (!job.postedAt) return false;
    if (now.getTime() - new Date(job.postedAt).getTime() > filter.postedWithinDays * 86_400_000) return false;
  }
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = searchText(job);
  return words.every((word) => text.includes(word));
}

/** Missing values sort last whatever the direction. */
function byNumber(pick: (job: Job) => number | null): (a: Job, b: Job) => number {
  return (a, b) => (pick(b) ?? -Infinity) - (pick(a) ?? -Infinity) || a.rank - b.rank;
}

const ORDERS: Record<SortKey, (a: Job, b: Job) => number> = {
  score: byNumber((job) => job.score),
  date: byNumber((job) => (job.postedAt ? new Date(job.postedAt).getTime() : null)),
  pay: byNumber((job) => payValue(job.salary)),
  company: (a, b) => a.company.localeCompare(b.company) || a.rank - b.rank,
};

/** The jobs to show, in order. */
export function visibleJobs(jobs: Job[], filter: JobFilter, sort: SortKey, now: Date): Job[] {
  return jobs.filter((job) => passes(job, filter, now)).sort(ORDERS[sort]);
}

/** The distinct values of `pick` over the jobs, sorted, for a filter's choices. */
export function choices(jobs: Job[], pick: (job: Job) => string): string[] {
  return [...new Set(jobs.map(pick))].sort((a, b) => a.localeCompare(b));
}
