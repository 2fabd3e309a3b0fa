import { el } from './dom.js';
import { WORK_MODEL_LABELS, humanize } from './format.js';
import type { Reading } from './types.js';

const list = (values: string[] | undefined): string => (values && values.length > 0 ? values.join(', ') : '');

function seniority(reading: Reading): string {
  const { min, max } = reading.seniority ?? { min: null, max: null };
  if (min && max) return min === max ? min : `${min} to ${max}`;
  if (min) return `${min} or above`;
  return max ? `up to ${max}` : '';
}

function pay(reading: Reading): string {
  const pay = reading.minSalary;
  if (!pay) return '';
  return `at least ${new Intl.NumberFormat(undefined, { style: 'currency', currency: pay.currency, maximumFractionDigits: 0 }).format(pay.amount)} a ${pay.period}`;
}

/** The reading of the preferences as "label: value" rows; fields the text left open are left out. */
export function readingList(reading: Reading): HTMLElement {
  const rows: Array<[string, string]> = [
    ['Roles', list(reading.roles)],
    ['Not these roles', list(reading.excludedRoles)],
    ['Level', seniority(reading)],
    ['Places', list(reading.locations?.map((p) => [p.city, p.country].filter(Boolean).join(', ')))],
    ['Work models', list(reading.workModels?.map((m) => WORK_MODEL_LABELS[m] ?? m))],
    ['Remote from', list(reading.remoteFrom)],
    ['Pay', pay(reading)],
    ['Posted within', reading.maxAgeDays ? `${reading.maxAgeDays} days` : ''],
    ['Not these companies', list(reading.excludedCompanies)],
    ['Not these industries', list(reading.excludedIndustries)],
    ['Visa sponsorship', reading.needsVisaSponsorship ? 'needed' : ''],
    ['Employment', list(reading.employmentTypes?.map(humanize))],
  ];
  const shown = rows.filter(([, value]) => value !== '');
  if (shown.length === 0) return el('p', { class: 'muted' }, 'Nothing read yet.');
  return el(
    'dl',
    { class: 'reading' },
    ...shown.flatMap(([label, value]) => [el('dt', {}, label), el('dd', {}, value)]),
  );
}
