import type { NormalisedJob, Seniority } from '../../models/job';
import { seniorityRank } from '../../models/job';
import type { Assessment } from '../../models/scored';
import type { CandidateProfile, SearchPreferences } from '../../models/candidate';
import { ageInDays, seniorityFromYears, yearsAsked } from '../understanding';
import { formatSalary } from '../ranking/salary-label';
import { annualRangeIn } from './fx';
import { locationFit, type LocationFitKind } from './location-fit';

export const SENIORITY_MAX = 15;
export const LOCATION_MAX = 10;
export const RECENCY_MAX = 10;
export const SALARY_MAX = 5;

/** One scored dimension: its points, its assessment, and whether its note is worth showing as a reason. */
export interface Factor {
  points: number;
  assessment: Assessment;
  show: boolean;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function targetRange(profile: CandidateProfile, prefs: SearchPreferences): [Seniority, Seniority] | null {
  if (prefs.seniorityMin || prefs.seniorityMax) {
    const lo = prefs.seniorityMin ?? prefs.seniorityMax;
    const hi = prefs.seniorityMax ?? prefs.seniorityMin;
    return lo && hi ? [lo, hi] : null;
  }
  const own =
    profile.seniority ?? (profile.yearsExperience !== null ? seniorityFromYears(profile.yearsExperience) : null);
  return own ? [own, own] : null;
}

const SENIORITY_BY_DISTANCE = [SENIORITY_MAX, 8, 3];

/** A level the title does not state, read from the years the posting asks for. */
function impliedLevel(job: NormalisedJob): { level: Seniority; years: number } | null {
  const years = yearsAsked(job.description);
  return years === null ? null : { level: seniorityFromYears(years), years };
}

export function seniorityFactor(job: NormalisedJob, profile: CandidateProfile, prefs: SearchPreferences): Factor {
  const neutral = SENIORITY_MAX * 0.6;
  const implied = job.seniority ? null : impliedLevel(job);
  const level = job.seniority ?? implied?.level;
  if (!level) {
    return { points: neutral, assessment: { fit: 'unknown', note: 'The title states no level' }, show: false };
  }
  const range = targetRange(profile, prefs);
  const stated = implied ? `Asks for ${implied.years}+ years (a ${level} role)` : `${capitalise(level)} role`;
  if (!range) return { points: neutral, assessment: { fit: 'unknown', note: stated }, show: false };
  const r = seniorityRank(level);
  const [lo, hi] = range.map(seniorityRank) as [number, number];
  const distance = r < lo ? lo - r : r > hi ? r - hi : 0;
  // A level outside the range the person set would be ruled out if the title stated it; read
  // from the years asked it is less certain, so it scores as the poorest fit still shown.
  const outsideTheirs = implied && distance > 0 && (prefs.seniorityMin || prefs.seniorityMax);
  const points = outsideTheirs ? (SENIORITY_BY_DISTANCE.at(-1) ?? 0) : (SENIORITY_BY_DISTANCE[distance] ?? 0);
  const years = profile.yearsExperience;
  const yours =
    years !== null
      ? `your ${years} years`
      : range[0] === range[1]
        ? `your ${range[0]} level`
        : `the ${range[0]}–${range[1]} level you want`;
  if (distance === 0) return { points, assessment: { fit: 'good', note: `${stated} fits ${yours}` }, show: true };
  const side = r < lo ? 'below' : 'above';
  return {
    points,
    assessment: { fit: distance === 1 && !outsideTheirs ? 'partial' : 'poor', note: `${stated} is ${side} ${yours}` },
    show: true,
  };
}

const LOCATION_POINTS: Readonly<Record<LocationFitKind, number>> = {
  place: 10,
  in_scope: 10,
  worldwide: 9,
  unknown_scope: 7,
  unfiltered: 6,
};

export function locationFactor(job: NormalisedJob, prefs: SearchPreferences): Factor {
  const v = locationFit(job, prefs);
  if (!v.pass) return { points: 0, assessment: { fit: 'poor', note: v.note }, show: true };
  const points = v.kind === 'unfiltered' && job.remote === 'remote' ? 8 : LOCATION_POINTS[v.kind];
  const fit = points >= 9 ? 'good' : v.kind === 'unfiltered' ? 'unknown' : 'partial';
  return { points, assessment: { fit, note: v.note }, show: true };
}

// Full points for the first three days, then halving every two weeks.
const FRESH_DAYS = 3;
const HALF_LIFE_DAYS = 14;

export function recencyFactor(job: NormalisedJob, now: Date): Factor {
  const age = ageInDays(job.postedAt, now);
  if (age === null) {
    return { points: RECENCY_MAX * 0.4, assessment: { fit: 'unknown', note: 'Posting date not given' }, show: true };
  }
  const days = Math.max(0, Math.floor(age));
  const points = RECENCY_MAX * 0.5 ** (Math.max(0, age - FRESH_DAYS) / HALF_LIFE_DAYS);
  const verb = job.dateSource === 'updated' ? 'Updated' : 'Posted';
  const when = days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`;
  const fit = days <= 14 ? 'good' : days <= 45 ? 'partial' : 'poor';
  return { points, assessment: { fit, note: `${verb} ${when}` }, show: true };
}

/** `fxDate`: the date of the exchange rates used, when the salary was converted into the minimum's currency. */
export function salaryFactor(job: NormalisedJob, prefs: SearchPreferences): Factor & { fxDate?: string } {
  const neutral = SALARY_MAX / 2;
  const s = job.salary;
  if (!s) return { points: neutral, assessment: { fit: 'unknown', note: 'Salary not stated' }, show: false };
  const label = formatSalary(s) || s.raw;
  const min = prefs.minSalary;
  if (!min) return { points: SALARY_MAX * 0.7, assessment: { fit: 'good', note: `Pays ${label}` }, show: true };
  const range = annualRangeIn(s, min.currency);
  if (!range) return { points: neutral, assessment: { fit: 'unknown', note: `Pays ${label}` }, show: true };
  const yours = formatSalary({ ...s, min: min.annual, max: min.annual, currency: min.currency, period: 'year' });
  // The job's pay in the person's currency, and how old the rates behind that are.
  const inYours = formatSalary({ ...s, min: range.min, max: range.max, currency: min.currency, period: 'year' });
  const approx = range.fxDate ? ` (≈ ${inYours} at rates of ${range.fxDate})` : '';
  const dated = range.fxDate ? { fxDate: range.fxDate } : {};
  if (range.min !== null && range.min >= min.annual) {
    return {
      ...dated,
      points: SALARY_MAX,
      assessment: { fit: 'good', note: `Pays ${label}, above your ${yours} minimum${approx}` },
      show: true,
    };
  }
  if (range.max >= min.annual) {
    return {
      ...dated,
      points: SALARY_MAX * 0.8,
      assessment: { fit: 'partial', note: `Pays ${label}; your ${yours} minimum is within range${approx}` },
      show: true,
    };
  }
  return {
    ...dated,
    points: 0,
    assessment: { fit: 'poor', note: `Pays ${label}, below your ${yours} minimum${approx}` },
    show: true,
  };
}
