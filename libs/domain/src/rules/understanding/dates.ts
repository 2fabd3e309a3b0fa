const DAY_MS = 86_400_000;
const UNIT_DAYS: Record<string, number> = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };

function unitOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/s$/, '');
  if (/^(?:min|minute|mins)$/.test(w)) return UNIT_DAYS.minute;
  if (/^(?:h|hr|hour)$/.test(w)) return UNIT_DAYS.hour;
  if (/^(?:d|day)$/.test(w)) return UNIT_DAYS.day;
  if (/^(?:w|wk|week)$/.test(w)) return UNIT_DAYS.week;
  if (/^(?:mo|mon|month)$/.test(w)) return UNIT_DAYS.month;
  if (/^(?:y|yr|year)$/.test(w)) return UNIT_DAYS.year;
  return undefined;
}

function daysAgo(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/**
 * A date from a board's relative label ("Posted Today", "Posted Yesterday", "Posted 3 Days Ago",
 * "Posted 30+ Days Ago" → 30 days, "2 weeks ago", "an hour ago"), or null when it is not one.
 */
export function parseRelativeDate(label: string, now: Date): Date | null {
  const s = label.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!s) return null;
  if (/\b(?:just now|just posted|today|moments? ago|few (?:minutes|hours) ago)\b/.test(s)) return new Date(now);
  if (/\byesterday\b/.test(s)) return daysAgo(now, 1);
  const m =
    /\b(an?|one|\d+)\+?\s*(minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?|y)\b\s*(?:ago|old)?/.exec(
      s,
    );
  if (!m?.[1] || !m[2]) return null;
  if (!/\bago\b|\bposted\b|\bold\b|^\d+\+?\s*\w+$/.test(s)) return null;
  const n = /^(?:an?|one)$/.test(m[1]) ? 1 : Number(m[1]);
  const unit = unitOf(m[2]);
  if (unit === undefined || !Number.isFinite(n)) return null;
  return daysAgo(now, n * unit);
}

/** Whole days between an ISO date and now (0 for today or the future), or null when unknown. */
export function ageInDays(iso: string | null, now: Date): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return Math.max(0, Math.floor((now.getTime() - t) / DAY_MS));
}

const MIN_YEAR_MS = Date.UTC(1990, 0, 1);
const MAX_YEAR_MS = Date.UTC(2100, 0, 1);

function fromEpoch(n: number): string | null {
  // Boards send seconds or milliseconds; anything before 1990 in ms is seconds.
  const ms = Math.abs(n) < 1e11 ? n * 1000 : n;
  return ms >= MIN_YEAR_MS && ms < MAX_YEAR_MS ? new Date(ms).toISOString() : null;
}

/**
 * An ISO-8601 string from what boards send: epoch ms or seconds (number or digit string), ISO strings,
 * "2025-01-02 10:00:00 UTC", "2025-01-02", Date objects. Null when it is not a plausible date.
 */
export function toIsoDate(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'number') return Number.isFinite(value) ? fromEpoch(value) : null;
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (/^\d{9,13}$/.test(s)) return fromEpoch(Number(s));
  let candidate = s;
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(UTC|GMT|Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (m?.[1] && m[2]) {
    const zone = !m[3] || /^(?:utc|gmt|z)$/i.test(m[3]) ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    candidate = `${m[1]}T${m[2]}${zone}`;
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    candidate = `${s}T00:00:00Z`;
  }
  const t = Date.parse(candidate);
  if (Number.isNaN(t) || t < MIN_YEAR_MS || t >= MAX_YEAR_MS) return null;
  return new Date(t).toISOString();
}
