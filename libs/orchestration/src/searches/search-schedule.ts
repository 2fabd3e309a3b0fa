import type { SearchSchedule } from '@job-hunter/persistence';
import { bad } from '../launch/run-options';
import { nextCronTime, parseCron } from './cron-expression';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const UNIT_MS: Record<string, number> = { m: MINUTE_MS, h: 3_600_000, d: DAY_MS };
const MAX_EVERY_MS = 366 * DAY_MS;

/** `--every 30m`, `6h`, `1d` → milliseconds; at least one minute, at most a year. */
export function parseEvery(text: string): number {
  const match = /^\s*(\d+)\s*([mhd])\s*$/i.exec(text);
  const ms = match ? Number(match[1]) * (UNIT_MS[(match[2] as string).toLowerCase()] as number) : 0;
  if (ms < MINUTE_MS || ms > MAX_EVERY_MS) {
    throw bad(`--every "${text}" is not an interval: a whole number of minutes, hours or days, e.g. 30m, 6h, 1d.`);
  }
  return ms;
}

/** The schedule `--every`/`--cron` ask for (none without either; not both). */
export function scheduleOf(options: { every?: string; cron?: string }): SearchSchedule | undefined {
  if (options.every !== undefined && options.cron !== undefined) throw bad('Give --every or --cron, not both.');
  if (options.every !== undefined) return { everyMs: parseEvery(options.every) };
  if (options.cron !== undefined) {
    parseCron(options.cron);
    return { cron: options.cron.trim() };
  }
  return undefined;
}

/** When a search saved (or resumed) at `now` is first due: at once for `--every`, the next slot for `--cron`. */
export function firstDueAt(schedule: SearchSchedule, now: Date): Date {
  return 'everyMs' in schedule ? now : cronSlotAfter(schedule.cron, now);
}

/**
 * The slot after a run at `now` of a search that was due at `due`: the next `--every` step from
 * `due` that lies after `now` (missed slots are skipped, never run twice over), or the cron's
 * next time after `now`.
 */
export function nextDueAt(schedule: SearchSchedule, due: Date, now: Date): Date {
  if ('cron' in schedule) return cronSlotAfter(schedule.cron, now);
  const steps = Math.max(1, Math.floor((now.getTime() - due.getTime()) / schedule.everyMs) + 1);
  return new Date(due.getTime() + steps * schedule.everyMs);
}

function cronSlotAfter(expression: string, after: Date): Date {
  const next = nextCronTime(parseCron(expression), after);
  // parseCron refuses an expression that never matches.
  if (!next) throw bad(`--cron "${expression}" never matches a date.`);
  return next;
}

/** How a schedule reads: "every 24h", "cron 0 7 * * * (UTC)". */
export function scheduleText(schedule: SearchSchedule | undefined): string {
  if (!schedule) return 'none (runs by hand)';
  if ('cron' in schedule) return `cron ${schedule.cron} (UTC)`;
  const [unit, ms] = Object.entries(UNIT_MS)
    .reverse()
    .find(([, size]) => schedule.everyMs % size === 0) as [string, number];
  return `every ${schedule.everyMs / ms}${unit}`;
}
