/**
 * Dates as a person reads them, computed when the report is rendered so the page needs no clock:
 * "5 Dec 2026", "5 Dec 2026, 14:03 UTC", "posted 3 days ago" (an age from the domain's ageInDays, to the run's asOf).
 * Always in UTC, so the same run renders the same report on any machine.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function parsed(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t);
}

/** "2026-12-05T14:03:00Z" → "5 Dec 2026"; '' when unreadable. */
export function readableDate(iso: string | null | undefined): string {
  const d = parsed(iso);
  return d ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : '';
}

/** "2026-12-05T14:03:00Z" → "5 Dec 2026, 14:03 UTC"; '' when unreadable. */
export function readableDateTime(iso: string | null | undefined): string {
  const d = parsed(iso);
  if (!d) return '';
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${readableDate(iso)}, ${hh}:${mm} UTC`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** 0 → "today", 1 → "yesterday", 3 → "3 days ago", 20 → "2 weeks ago", 75 → "2 months ago", 800 → "2 years ago". */
export function daysAgoLabel(days: number): string {
  if (days < 1) return 'today';
  if (days < 2) return 'yesterday';
  if (days < 14) return `${plural(days, 'day')} ago`;
  if (days < 60) return `${plural(Math.floor(days / 7), 'week')} ago`;
  if (days < 730) return `${plural(Math.floor(days / 30), 'month')} ago`;
  return `${plural(Math.floor(days / 365), 'year')} ago`;
}
