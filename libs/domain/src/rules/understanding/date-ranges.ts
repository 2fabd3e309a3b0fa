import { splitResumeSections } from './resume-sections';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const YEAR = '(?:19[6-9]\\d|20\\d\\d)';
const POINT = `(?:${MONTH}\\s*,?\\s*'?${YEAR}|(?:0?[1-9]|1[0-2])\\s*[/.]\\s*${YEAR}|${YEAR}\\s*[/.-]\\s*(?:0[1-9]|1[0-2])(?!\\d)|${YEAR})`;
const OPEN_END = '(?:present|current(?:ly)?|now|today|date|ongoing|till\\s+date|to\\s+date)';
const RANGE = new RegExp(
  `(?<![\\d/])(${POINT})\\s*(?:-|–|—|to|until|till|through|thru)\\s*(${POINT}|${OPEN_END})(?![\\d/])`,
  'gi',
);

const EDUCATION_WORDS =
  /\b(?:university|college|school|institute|academy|bachelor|master|b\.?\s?tech|b\.?\s?sc|m\.?\s?sc|mba|ph\.?\s?d|degree|diploma|gpa|cgpa|graduat)/i;

/** Months since year 0 (month precision); `end` points are exclusive month boundaries. */
function monthIndex(point: string, now: Date, isEnd: boolean): number | null {
  const p = point.trim().toLowerCase();
  if (new RegExp(`^${OPEN_END}$`, 'i').test(p)) return now.getUTCFullYear() * 12 + now.getUTCMonth();
  const year = Number(/(?:19|20)\d\d/.exec(p)?.[0]);
  if (!year) return null;
  const name = /[a-z]{3}/.exec(p)?.[0];
  let month: number | undefined;
  if (name) month = MONTHS.indexOf(name);
  else {
    const mm = /^(\d{1,2})\s*[/.]/.exec(p) ?? /[/.-]\s*(\d{1,2})$/.exec(p);
    if (mm?.[1]) month = Number(mm[1]) - 1;
  }
  // Year-only ranges count whole years between the two ("2016-2019" is three years).
  if (month === undefined || month < 0) return year * 12;
  return year * 12 + month + (isEnd ? 1 : 0);
}

function rangesIn(text: string, now: Date): [number, number][] {
  const out: [number, number][] = [];
  const nowIndex = now.getUTCFullYear() * 12 + now.getUTCMonth();
  for (const m of text.matchAll(RANGE)) {
    const start = m[1] ? monthIndex(m[1], now, false) : null;
    const end = m[2] ? monthIndex(m[2], now, true) : null;
    if (start === null || end === null || end <= start) continue;
    out.push([start, Math.min(end, nowIndex)]);
  }
  return out;
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
