import { MONTH_PATTERN, monthOfName } from './month-names';
import { splitResumeSections } from './resume-sections';

const MONTH = MONTH_PATTERN;
const YEAR = '(?:19[6-9]\\d|20\\d\\d)';
// "Jan '19": a two-digit year needs its apostrophe, or it reads as a day.
const SHORT_YEAR = "['’]\\d\\d(?![\\d\\p{L}])";
const POINT = `(?:${MONTH}\\s*,?\\s*(?:'?${YEAR}|${SHORT_YEAR})|(?:0?[1-9]|1[0-2])\\s*[/.]\\s*${YEAR}|${YEAR}\\s*[/.-]\\s*(?:0[1-9]|1[0-2])(?!\\d)|${YEAR}|${SHORT_YEAR})`;
// Open ends in English, German, French, Spanish, Portuguese and Italian: "– Present", "– heute", "– aujourd'hui".
const OPEN_END =
  "(?:present|current(?:ly)?|now|today|date|ongoing|till\\s+date|to\\s+date|(?:bis\\s+)?heute|aktuell|jetzt|laufend|aujourd['’]hui|pr[ée]sent|actuel(?:lement)?|en\\s+cours|(?:la\\s+)?actualidad|presente|actual(?:mente)?|hoy|atual(?:mente)?|oggi)";
const OPEN_END_ONLY = new RegExp(`^${OPEN_END}$`, 'iu');
const TO = `\\s*(?:-|–|—|to|until|till|through|thru|bis|hasta|au|à|a)\\s*(${POINT}|${OPEN_END})(?![\\d/])`;
const RANGE = new RegExp(`(?<![\\d/])(${POINT})${TO}`, 'giu');
// "Since 2020", "seit 03/2020", "depuis 2019", "desde 2018": a range open to now, unless an end follows.
const SINCE = new RegExp(`(?:since|seit|depuis|desde|dal)\\s+(${POINT})(?![\\d/])(?!${TO})`, 'giu');

// A date or open end standing alone: "2019", "Mar '21", "heute".
const LONE_POINT = new RegExp(`(?<![\\p{L}\\d/])(?:${POINT}|${OPEN_END})(?![\\p{L}\\d/])`, 'giu');

const EDUCATION_WORDS =
  /\b(?:university|college|school|institute|academy|bachelor|master|b\.?\s?tech|b\.?\s?sc|m\.?\s?sc|mba|ph\.?\s?d|degree|diploma|gpa|cgpa|graduat)/i;

/** The four-digit year of a point; "'19" is the latest year ending so that is not after next year. */
function yearOf(point: string, now: Date): number | undefined {
  const full = /(?:19|20)\d\d/.exec(point)?.[0];
  if (full) return Number(full);
  const short = /['’](\d\d)/.exec(point)?.[1];
  if (!short) return undefined;
  const century = Math.floor(now.getUTCFullYear() / 100) * 100;
  const year = century + Number(short);
  return year > now.getUTCFullYear() + 1 ? year - 100 : year;
}

/** The text with its date ranges and dates blanked out: "Engineer 2019 – heute" → "Engineer". */
export function withoutDates(text: string): string {
  return text.replace(RANGE, ' ').replace(SINCE, ' ').replace(LONE_POINT, ' ');
}

/** Months since year 0 (month precision); `end` points are exclusive month boundaries. */
function monthIndex(point: string, now: Date, isEnd: boolean): number | null {
  const p = point.trim().toLowerCase();
  if (OPEN_END_ONLY.test(p)) return now.getUTCFullYear() * 12 + now.getUTCMonth();
  const year = yearOf(p, now);
  if (!year) return null;
  const name = /\p{L}+/u.exec(p)?.[0];
  let month: number | undefined;
  if (name) month = monthOfName(name);
  else {
    const mm = /^(\d{1,2})\s*[/.]/.exec(p) ?? /[/.-]\s*(\d{1,2})$/.exec(p);
    if (mm?.[1]) month = Number(mm[1]) - 1;
  }
  // Year-only ranges count whole years between the two ("2016-2019" is three years).
  if (month === undefined || month < 0) return year * 12;
  return year * 12 + month + (isEnd ? 1 : 0);
}

/** A date range found in resume text, as month indexes (end exclusive, capped at now). */
export interface MonthRange {
  start: number;
  end: number;
  /** True when the range runs to the present ("– Present", "since 2020"). */
  open: boolean;
}

interface FoundRange extends MonthRange {
  index: number;
  length: number;
}

function foundRanges(text: string, now: Date): FoundRange[] {
  const out: FoundRange[] = [];
  const nowIndex = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const closedOrOpen = [...text.matchAll(RANGE)].map((m) => ({ m, from: m[1], to: m[2] }));
  const since = [...text.matchAll(SINCE)].map((m) => ({ m, from: m[1], to: 'present' }));
  for (const { m, from, to } of [...closedOrOpen, ...since]) {
    const start = from ? monthIndex(from, now, false) : null;
    const end = to ? monthIndex(to, now, true) : null;
    if (start === null || end === null || end <= start) continue;
    const open = OPEN_END_ONLY.test(to?.trim() ?? '');
    out.push({ start, end: Math.min(end, nowIndex), open, index: m.index, length: m[0].length });
  }
  return out;
}

function rangesIn(text: string, now: Date): [number, number][] {
  return foundRanges(text, now).map((r) => [r.start, r.end]);
}

/** A date range with the resume lines it spans ("2017 –" / "Present" spans two lines). */
export interface LineRange extends MonthRange {
  firstLine: number;
  lastLine: number;
}

/** The date ranges in a block of lines, each with the lines it spans, in the order they appear. */
export function dateRangesInLines(lines: readonly string[], now: Date): LineRange[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const lineAt = (pos: number): number => {
    let i = 0;
    while (i + 1 < starts.length && (starts[i + 1] ?? Infinity) <= pos) i++;
    return i;
  };
  return foundRanges(lines.join('\n'), now)
    .sort((a, b) => a.index - b.index)
    .map(({ index, length, ...range }) => ({
      ...range,
      firstLine: lineAt(index),
      lastLine: lineAt(index + Math.max(0, length - 1)),
    }));
}

/** Total months covered by the ranges, counting overlaps once. */
function mergedMonths(ranges: [number, number][]): number {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let cur: [number, number] | undefined;
  for (const r of sorted) {
    if (cur && r[0] <= cur[1]) cur[1] = Math.max(cur[1], r[1]);
    else {
      if (cur) total += cur[1] - cur[0];
      cur = [r[0], r[1]];
    }
  }
  if (cur) total += cur[1] - cur[0];
  return total;
}

// Sections whose date ranges are never paid work.
const NOT_WORK = new Set(['education', 'projects', 'certifications', 'skills', 'other']);

/**
 * Lines outside education entries. A line holding only dates ("2017 – 2019") belongs to the
 * entry above it, so it is dropped when that entry names a degree or a school.
 */
function withoutEducationLines(lines: string[]): string[] {
  const kept: string[] = [];
  let education = false;
  for (const line of lines) {
    const words = line.replace(RANGE, ' ').replace(/[^\p{L}]+/gu, '');
    if (words.length >= 3) education = EDUCATION_WORDS.test(line);
    if (!education) kept.push(line);
  }
  return kept;
}

/**
 * Years of experience from the date ranges in a resume ("Jan 2018 – Present", "2016-2019",
 * "03/2020 - 06/2023", "March 2019 to Current"), overlaps merged. When the resume has an
 * experience section only its ranges count; when it has other sections but none for experience,
 * education, project and similar sections are left out; without sections, education entries are.
 * Null when no range is found.
 */
export function yearsFromDateRanges(text: string, now: Date): number | null {
  const sections = splitResumeSections(text);
  const experience = sections.filter((s) => s.kind === 'experience');
  const lines =
    experience.length > 0
      ? experience.flatMap((s) => s.lines)
      : withoutEducationLines(sections.filter((s) => !NOT_WORK.has(s.kind)).flatMap((s) => s.lines));
  const ranges = rangesIn(lines.join('\n'), now);
  if (ranges.length === 0) return null;
  return Math.round((mergedMonths(ranges) / 12) * 10) / 10;
}
