import type { Reading, ResumeSummary } from '../../models/reading';
import { countryName } from '../understanding/location';

/** One line of the plain reading, e.g. { label: 'Levels', value: 'senior–staff' }. */
export interface ReadingPart {
  label: string;
  value: string;
  /** True when the preferences left this open and the run filled it from the resume. */
  fromResume: boolean;
}

/** Fields a run filled from the resume because the preferences left them open, with the values used. */
export type FilledFromResume = Partial<Reading>;

const ANY = 'any';
const PERIOD_PHRASES: Readonly<Record<string, string>> = {
  hour: 'an hour',
  day: 'a day',
  month: 'a month',
  year: 'a year',
};

/** The place as a person names it: "Bengaluru, India", or the country alone. */
function placeText(p: Reading['locations'][number]): string {
  const country = p.country ? countryName(p.country) : '';
  if (p.city) return country ? `${p.city}, ${country}` : p.city;
  return country || ANY;
}

function levels(s: Reading['seniority']): string {
  if (!s.min && !s.max) return ANY;
  if (s.min === s.max) return s.min ?? ANY;
  if (!s.max) return `${s.min} or above`;
  if (!s.min) return `up to ${s.max}`;
  return `${s.min}–${s.max}`;
}

function remoteAllowed(r: Reading): boolean {
  return r.workModels.length === 0 || r.workModels.includes('remote');
}

function office(r: Reading): string {
  const officeModels = r.workModels.length ? r.workModels.filter((m) => m !== 'remote') : ['onsite', 'hybrid'];
  if (officeModels.length === 0) return 'none (remote only)';
  if (r.locations.length === 0) return r.workModels.length ? `anywhere (${officeModels.join(', ')})` : ANY;
  return `${r.locations.map(placeText).join('; ')} (${officeModels.join(', ')})`;
}

function remote(r: Reading): string {
  if (!remoteAllowed(r)) return 'no';
  if (r.remoteFrom.length) {
    return `from ${r.remoteFrom.map((c) => (c.toUpperCase() === 'WORLD' ? 'anywhere' : countryName(c))).join(' or ')}`;
  }
  // The contract: with no remote scope, a remote job is judged by the office places.
  return r.locations.length ? 'where the office places are' : ANY;
}

/**
 * Money the way its readers write it: the currency's symbol and, for rupees, the Indian grouping
 * (₹40,00,000); other currencies keep the international grouping (€80,000, CA$100,000).
 */
export function moneyText(amount: number, currency: string): string {
  const code = currency.trim().toUpperCase();
  try {
    return new Intl.NumberFormat(code === 'INR' ? 'en-IN' : 'en-US', {
      style: 'currency',
      currency: code,
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    }).format(amount);
  } catch {
    // Not an ISO 4217 code Intl knows: show the amount and the code as written.
    return `${amount.toLocaleString('en-US')} ${code}`.trim();
  }
}

function pay(r: Reading): string {
  if (!r.minSalary) return ANY;
  const { amount, currency, period } = r.minSalary;
  return `≥ ${moneyText(amount, currency)} ${PERIOD_PHRASES[period] ?? `a ${period}`}`;
}

function posted(days: number | null): string {
  if (days === null) return 'any time';
  return days === 1 ? 'last day' : `last ${days} days`;
}

interface PartRule {
  label: string;
  fields: readonly (keyof Reading)[];
  value: (r: Reading) => string;
  /** Parts for fields that are usually empty are shown only when something was read. */
  shown?: (r: Reading) => boolean;
}

const PART_RULES: readonly PartRule[] = [
  { label: 'Roles', fields: ['roles'], value: (r) => r.roles.join(', ') || ANY },
  {
    label: 'Not wanted',
    fields: ['excludedRoles'],
    value: (r) => r.excludedRoles.join(', '),
    shown: (r) => r.excludedRoles.length > 0,
  },
  { label: 'Levels', fields: ['seniority'], value: (r) => levels(r.seniority) },
  { label: 'Office', fields: ['locations', 'workModels'], value: office },
  { label: 'Remote', fields: ['remoteFrom', 'workModels', 'locations'], value: remote },
  { label: 'Pay', fields: ['minSalary'], value: pay },
  { label: 'Posted', fields: ['maxAgeDays'], value: (r) => posted(r.maxAgeDays) },
  {
    label: 'Excluding',
    fields: ['excludedCompanies', 'excludedIndustries'],
    value: (r) => [...r.excludedCompanies, ...r.excludedIndustries].join('; '),
    shown: (r) => r.excludedCompanies.length + r.excludedIndustries.length > 0,
  },
  {
    label: 'Visa',
    fields: ['needsVisaSponsorship'],
    value: () => 'sponsorship needed',
    shown: (r) => r.needsVisaSponsorship,
  },
  {
    label: 'Types',
    fields: ['employmentTypes'],
    value: (r) => r.employmentTypes.join(', '),
    shown: (r) => r.employmentTypes.length > 0,
  },
];

/**
 * The reading as the few labelled parts a person checks at a glance; fields the run filled from
 * the resume show the values used and say so. Every surface (CLI, report, digest) renders these.
 */
export function readingParts(reading: Reading, filled: FilledFromResume = {}): ReadingPart[] {
  const used: Reading = { ...reading, ...filled };
  return PART_RULES.filter((rule) => rule.shown?.(used) ?? true).map((rule) => ({
    label: rule.label,
    value: rule.value(used),
    fromResume: rule.fields.some((f) => f in filled),
  }));
}

/** "Label: value (from resume)" — one part as plain text. */
export function readingPartText(part: ReadingPart): string {
  return `${part.label}: ${part.value}${part.fromResume ? ' (from resume)' : ''}`;
}

/** The whole reading on one plain line, parts separated by " · ". */
export function readingText(reading: Reading, filled: FilledFromResume = {}): string {
  return readingParts(reading, filled).map(readingPartText).join(' · ');
}

/**
 * The fields whose value the run used differs from what the text said: the resume filled them.
 * Compared field by field on the contract's shape, so any enrichment rule is covered.
 */
export function filledFromResume(fromText: Reading, used: Reading): FilledFromResume {
  const filled: Record<string, unknown> = {};
  for (const key of Object.keys(used) as (keyof Reading)[]) {
    if (JSON.stringify(used[key]) !== JSON.stringify(fromText[key])) filled[key] = used[key];
  }
  return filled as FilledFromResume;
}

/** The resume as the run assumes it: "Senior Backend Engineer · 8 years · senior · Bengaluru, India · Go, Kafka". */
export function resumeSummaryText(r: ResumeSummary): string {
  const years = r.yearsExperience === null ? '' : `${Math.round(r.yearsExperience * 10) / 10} years`;
  const home = r.home ? placeText(r.home) : '';
  return [r.titles[0] ?? '', years, r.seniority ?? '', home === ANY ? '' : home, r.topSkills.join(', ')]
    .filter((x) => x)
    .join(' · ');
}
