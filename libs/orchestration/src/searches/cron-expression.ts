import { JobHunterError } from '@job-hunter/domain';

/** A 5-field cron expression (minute hour day-of-month month day-of-week), read; times are UTC. */
export interface CronExpression {
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  days: ReadonlySet<number>;
  months: ReadonlySet<number>;
  weekdays: ReadonlySet<number>;
  /** Day of month and day of week both restricted: either one matching is enough (as cron does). */
  eitherDay: boolean;
}

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const FIELDS: readonly FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  // 7 is Sunday too.
  { name: 'day of week', min: 0, max: 7, names: WEEKDAYS },
];
const MINUTE = 60_000;
/** Far enough for any expression that can match at all (29 February comes within 8 years). */
const SEARCH_DAYS = 366 * 8 + 2;

function invalid(expression: string, why: string): JobHunterError {
  return new JobHunterError(
    'INVALID_INPUT',
    `--cron "${expression}" is not a 5-field cron expression (minute hour day-of-month month day-of-week, e.g. "0 7 * * *"): ${why}.`,
  );
}

/** Reads `0 7 * * 1-5`, `*\/15 * * * *`, `0 9 1,15 * *`, `0 7 * * MON-FRI`; throws INVALID_INPUT (exit 2). */
export function parseCron(expression: string): CronExpression {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5 || parts[0] === '') throw invalid(expression, `it has ${parts.filter(Boolean).length} fields`);
  const [minutes, hours, days, months, weekdaysRaw] = parts.map((part, i) =>
    parseField(part, FIELDS[i] as FieldSpec, expression),
  ) as [Set<number>, Set<number>, Set<number>, Set<number>, Set<number>];
  const weekdays = new Set([...weekdaysRaw].map((d) => d % 7));
  const cron = { minutes, hours, days, months, weekdays, eitherDay: parts[2] !== '*' && parts[4] !== '*' };
  if (nextCronTime(cron, new Date(0)) === undefined) throw invalid(expression, 'it never matches a date');
  return cron;
}

function parseField(text: string, spec: FieldSpec, expression: string): Set<number> {
  const values = new Set<number>();
  for (const item of text.split(',')) {
    const [range, stepText, extra] = item.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (extra !== undefined || !Number.isInteger(step) || step < 1) {
      throw invalid(expression, `"${item}" in the ${spec.name} field has a bad step`);
    }
    const [low, high] = bounds(range ?? '', spec, expression, stepText !== undefined);
    for (let v = low; v <= high; v += step) values.add(v);
  }
  return values;
}

function bounds(range: string, spec: FieldSpec, expression: string, stepped: boolean): [number, number] {
  if (range === '*') return [spec.min, spec.max];
  const ends = range.split('-');
  if (ends.length > 2) throw invalid(expression, `"${range}" in the ${spec.name} field is not a range`);
  const [low, high] = ends.map((end) => value(end, spec, expression)) as [number, number?];
  // `5/15` means from 5 to the end, in steps.
  const to = high ?? (stepped ? spec.max : low);
  if (to < low) throw invalid(expression, `"${range}" in the ${spec.name} field runs backwards`);
  return [low, to];
}

function value(text: string, spec: FieldSpec, expression: string): number {
  const named = spec.names?.indexOf(text.toUpperCase()) ?? -1;
  const n = named >= 0 ? named + (spec.min === 1 ? 1 : 0) : /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(n >= spec.min && n <= spec.max)) {
    throw invalid(expression, `"${text}" is not a ${spec.name} (${spec.min}-${spec.max})`);
  }
  return n;
}

function dayMatches(cron: CronExpression, day: Date): boolean {
  if (!cron.months.has(day.getUTCMonth() + 1)) return false;
  const byDate = cron.days.has(day.getUTCDate());
  const byWeekday = cron.weekdays.has(day.getUTCDay());
  return cron.eitherDay ? byDate || byWeekday : byDate && byWeekday;
}

/** The first time strictly after `after` that the expression matches (whole minutes, UTC). */
export function nextCronTime(cron: CronExpression, after: Date): Date | undefined {
  const start = new Date(Math.floor(after.getTime() / MINUTE) * MINUTE + MINUTE);
  const firstDay = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  const hours = [...cron.hours].sort((x, y) => x - y);
  const minutes = [...cron.minutes].sort((x, y) => x - y);
  for (let d = 0; d < SEARCH_DAYS; d++) {
    const day = new Date(firstDay + d * 24 * 60 * MINUTE);
    if (!dayMatches(cron, day)) continue;
    for (const hour of hours) {
      for (const minute of minutes) {
        const time = day.getTime() + (hour * 60 + minute) * MINUTE;
        if (time >= start.getTime()) return new Date(time);
      }
    }
  }
  return undefined;
}
