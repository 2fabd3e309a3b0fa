import type { JobBeforeSkills, NormalisedJob } from '../../models/job';
import { seniorityRank } from '../../models/job';
import type { SearchPreferences } from '../../models/candidate';
import { ageInDays } from '../understanding';
import { companyKey } from './dedupe';
import { employmentTypeKey, jobEmploymentType } from './employment-type';
import { FX_SLACK, annualRangeIn } from './fx';
import { industryListMatches, jobTextShowsIndustry } from './industry-signals';
import { locationFit, type LocatedJob } from './location-fit';
import { containsPhrase } from './match-text';
import type { RoleGate } from './role-gate';
import { noSponsorshipPhrase } from './visa';

export const DROP_REASONS = [
  'excluded_company',
  'excluded_title',
  'excluded_role',
  'role',
  'excluded_industry',
  'work_model',
  'location',
  'remote_scope',
  'seniority',
  'employment_type',
  'stale',
  'undated',
  'salary',
  'visa',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** What a check needs beyond the job and the preferences. */
interface CheckContext {
  now: Date;
  industries: readonly string[];
  roleGate?: Pick<RoleGate, 'verdict'>;
}

type Check = (job: JobBeforeSkills, prefs: SearchPreferences, ctx: CheckContext) => DropReason | null;

/** What the first checks read: a job's title, company and the occupation its title names. */
export type TitleFields = Pick<NormalisedJob, 'company' | 'title' | 'occupation'>;
type TitleCheck = (
  job: TitleFields,
  prefs: SearchPreferences,
  ctx: Pick<CheckContext, 'roleGate'>,
) => DropReason | null;

const excludedCompany: TitleCheck = (job, prefs) => {
  const company = companyKey(job.company);
  return prefs.excludedCompanies.some((x) => {
    const key = companyKey(x);
    return key !== '' && (key === company || containsPhrase(company, key));
  })
    ? 'excluded_company'
    : null;
};

const excludedTitle: TitleCheck = (job, prefs) =>
  prefs.excludedTitles.some((x) => containsPhrase(job.title, x)) ? 'excluded_title' : null;

// A company's own name declares its industry too ("Acme Insurance", "Hays Recruitment").
// The kind of work first: a job of another profession is not worth judging on place or pay.
const role: TitleCheck = (job, _prefs, ctx) => ctx.roleGate?.verdict(job) ?? null;

const excludedIndustry: Check = (job, prefs, { industries }) =>
  prefs.excludedIndustries.some(
    (x) =>
      industryListMatches([...industries, job.company], x) ||
      jobTextShowsIndustry(job.title, job.description, x) !== null,
  )
    ? 'excluded_industry'
    : null;

function placeReason(job: LocatedJob, prefs: SearchPreferences): DropReason | null {
  const v = locationFit(job, prefs);
  return v.pass ? null : v.reason;
}

// Unknown seniority passes: most titles do not state a level and the person should still see them.
function levelReason(job: Pick<NormalisedJob, 'seniority'>, prefs: SearchPreferences): DropReason | null {
  if (!job.seniority) return null;
  const r = seniorityRank(job.seniority);
  if (prefs.seniorityMin && r < seniorityRank(prefs.seniorityMin)) return 'seniority';
  if (prefs.seniorityMax && r > seniorityRank(prefs.seniorityMax)) return 'seniority';
  return null;
}

// Without the board's field the job's own words decide ("6-month contract"); unknown passes.
const employmentType: Check = (job, prefs) => {
  if (!prefs.employmentTypes.length) return null;
  const have = jobEmploymentType(job);
  if (!have) return null;
  return prefs.employmentTypes.some((t) => employmentTypeKey(t) === have) ? null : 'employment_type';
};

const recency: Check = (job, prefs, { now }) => {
  const age = ageInDays(job.postedAt, now);
  if (age === null) return prefs.strictRecency ? 'undated' : null;
  return prefs.maxAgeDays !== null && age > prefs.maxAgeDays ? 'stale' : null;
};

// Only a stated salary can fail; another currency is converted with the dated table in data/fx,
// with slack so the table's approximation alone never drops a job.
const salary: Check = (job, prefs) => {
  const min = prefs.minSalary;
  if (!min || !job.salary || !(min.annual > 0)) return null;
  const range = annualRangeIn(job.salary, min.currency);
  if (!range) return null;
  const floor = range.fxDate ? min.annual * FX_SLACK : min.annual;
  return range.max < floor ? 'salary' : null;
};

const visa: Check = (job, prefs) =>
  prefs.needsVisaSponsorship && noSponsorshipPhrase(job.description) !== null ? 'visa' : null;

// The checks a title and company decide alone come first, so a job they drop is never read further.
const TITLE_CHECKS: readonly TitleCheck[] = [excludedCompany, excludedTitle, role];

const CHECKS: readonly Check[] = [
  ...TITLE_CHECKS,
  excludedIndustry,
  placeReason,
  levelReason,
  employmentType,
  recency,
  salary,
  visa,
];

/**
 * The first hard filter the job fails, or null when the person should see it. Without a role
 * gate the kind of work is not judged (callers that have no occupation catalog).
 */
export function filterJob(
  job: JobBeforeSkills,
  prefs: SearchPreferences,
  now: Date,
  companyIndustries: readonly string[] = [],
  roleGate?: Pick<RoleGate, 'verdict'>,
): DropReason | null {
  const ctx: CheckContext = { now, industries: companyIndustries, ...(roleGate ? { roleGate } : {}) };
  for (const check of CHECKS) {
    const reason = check(job, prefs, ctx);
    if (reason) return reason;
  }
  return null;
}

/**
 * The first hard filter a job fails on its title and company alone (excluded company, excluded
 * title, the kind of work when a role gate is given), or null: what `filterJob` and
 * `headDropReason` answer first, so a scraper can tell which postings a run will drop before it
 * reads their details.
 */
export function titleDropReason(
  job: TitleFields,
  prefs: SearchPreferences,
  roleGate?: Pick<RoleGate, 'verdict'>,
): DropReason | null {
  const ctx = roleGate ? { roleGate } : {};
  for (const check of TITLE_CHECKS) {
    const reason = check(job, prefs, ctx);
    if (reason) return reason;
  }
  return null;
}

/**
 * What a board record says before its description is read: title, company, level, and its place
 * and work model as the board states them; a work model it does not state ('unknown') the
 * description may still give, which may move the place too.
 */
export type HeadFields = TitleFields & Pick<NormalisedJob, 'seniority'> & LocatedJob;

/**
 * The first hard filter a job fails that its head decides: the title checks, then, when the
 * board states the work model and no check between reads the description (excluded industries
 * do), the place and level checks. What `filterJob` answers for a job these checks drop, so a
 * processor can drop it before reading its description.
 */
export function headDropReason(
  job: HeadFields,
  prefs: SearchPreferences,
  roleGate?: Pick<RoleGate, 'verdict'>,
): DropReason | null {
  const reason = titleDropReason(job, prefs, roleGate);
  if (reason) return reason;
  if (job.remote === 'unknown' || prefs.excludedIndustries.length > 0) return null;
  return placeReason(job, prefs) ?? levelReason(job, prefs);
}

export function emptyDropCounts(): Record<DropReason, number> {
  return Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Record<DropReason, number>;
}

// Company names from discovery and from boards differ in case and legal suffixes.
function industryLookup(byCompany: Readonly<Record<string, string[]>>): (company: string) => string[] {
  const byKey = new Map<string, string[]>();
  for (const [name, industries] of Object.entries(byCompany)) {
    const key = companyKey(name);
    byKey.set(key, [...(byKey.get(key) ?? []), ...industries]);
  }
  return (company) => byKey.get(companyKey(company)) ?? [];
}

export interface HardFilterResult<J extends JobBeforeSkills = NormalisedJob> {
  kept: J[];
  dropped: Record<DropReason, number>;
  /** Each dropped job with its reason, in input order (for the run's decisions file). */
  droppedJobs: Array<{ job: J; reason: DropReason }>;
  undatedKept: number;
}

/** Applies every hard filter; each dropped job is counted under its reason. */
export function applyHardFilters<J extends JobBeforeSkills>(
  jobs: readonly J[],
  prefs: SearchPreferences,
  now: Date,
  industriesByCompany: Readonly<Record<string, string[]>> = {},
  roleGate?: Pick<RoleGate, 'verdict'>,
): HardFilterResult<J> {
  const kept: J[] = [];
  const dropped = emptyDropCounts();
  const droppedJobs: HardFilterResult<J>['droppedJobs'] = [];
  let undatedKept = 0;
  const industriesOf = industryLookup(industriesByCompany);
  for (const job of jobs) {
    const reason = filterJob(job, prefs, now, industriesOf(job.company), roleGate);
    if (reason) {
      dropped[reason]++;
      droppedJobs.push({ job, reason });
      continue;
    }
    if (ageInDays(job.postedAt, now) === null) undatedKept++;
    kept.push(job);
  }
  return { kept, dropped, droppedJobs, undatedKept };
}
