// Readable dates and labels (the API gives ISO-8601 timestamps and code names).

export function formatDate(iso: string | null | undefined, locale?: string): string {
  if (!iso) return '—';
  // A bare day (an applied date) is that day wherever the reader is.
  const timeZone = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'UTC' : undefined;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(
    new Date(iso),
  );
}

export function formatDateTime(iso: string | null | undefined, locale?: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** "today", "yesterday", "5 days ago". */
export function relativeDays(days: number, locale?: string): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-days, 'day');
}

/**
 * When a job was posted: "17 Nov 2026 (2 days ago)", or that the board did not say. `age` is the job's
 * facet from the API: whole days to the run's reference time, as report.html and the job's reasons count them.
 */
export function formatPosted(iso: string | null, age: number | null, locale?: string): string {
  if (!iso) return 'Date not given';
  return `Posted ${formatDate(iso, locale)}${age === null ? '' : ` (${relativeDays(age, locale)})`}`;
}

/** "Today" as YYYY-MM-DD in the person's own time zone (an applied date's default). */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const STAGE_LABELS: Record<string, string> = {
  parseResume: 'Reading the resume',
  parsePreferences: 'Reading the preferences',
  findCompanies: 'Choosing companies',
  scrapeJobs: 'Fetching open jobs',
  processJobs: 'Filtering jobs',
  scoreJobs: 'Scoring jobs',
  aggregate: 'Writing the shortlist',
  notify: 'Sending the digest',
};

export const WORK_MODEL_LABELS: Record<string, string> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
  unknown: 'Not stated',
};

/** "excluded_industry" -> "Excluded industry". */
export function humanize(code: string): string {
  const words = code
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const UNITS: Array<[number, string]> = [
  [86_400_000, 'day'],
  [3_600_000, 'hour'],
  [60_000, 'minute'],
];

/** A saved search's schedule in words: "Every day", "Every 6 hours", "At 0 7 * * * (cron, UTC)", "By hand". */
export function scheduleText(schedule: { everyMs: number } | { cron: string } | undefined): string {
  if (!schedule) return 'By hand';
  if ('cron' in schedule) return `At ${schedule.cron} (cron, UTC)`;
  const [size, unit] = UNITS.find(([ms]) => schedule.everyMs % ms === 0) ?? [1000, 'second'];
  const count = schedule.everyMs / size;
  return `Every ${count === 1 ? unit : `${count} ${unit}s`}`;
}
