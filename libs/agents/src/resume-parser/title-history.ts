import { dateRangesInLines, type HeldTitle, type LineRange } from '@job-hunter/domain';

interface TitleAt {
  title: string;
  line: number;
  ranges: LineRange[];
}

// A range inside a bullet point ("• Led the 2019–2020 migration") dates a project, not a job.
const BULLET = /^\s*[-•*▪◦‣·–]/;

function distance(line: number, range: LineRange): number {
  if (line < range.firstLine) return range.firstLine - line;
  if (line > range.lastLine) return line - range.lastLine;
  return 0;
}

/** The titles nearest a range (several when tied), by line distance. */
function nearest(titles: readonly TitleAt[], range: LineRange): TitleAt[] {
  const best = Math.min(...titles.map((t) => distance(t.line, range)));
  return titles.filter((t) => distance(t.line, range) === best);
}

/**
 * Gives each date range to the title nearest it. Resumes put an entry's dates either above its
 * title ("2017 – Present" / "Product Manager, Google") or below it ("Engineer" / "Acme | 2019 – 2021");
 * a range exactly between two titles goes the way the unambiguous entries of the same resume go.
 */
function pairRanges(titles: TitleAt[], ranges: readonly LineRange[]): void {
  let datesAbove = 0;
  let datesBelow = 0;
  const tied: [LineRange, TitleAt[]][] = [];
  for (const range of ranges) {
    const near = nearest(titles, range);
    const only = near.length === 1 ? near[0] : undefined;
    if (!only) {
      tied.push([range, near]);
      continue;
    }
    only.ranges.push(range);
    if (only.line > range.lastLine) datesAbove++;
    else if (only.line < range.firstLine) datesBelow++;
  }
  for (const [range, near] of tied) {
    const below = near.find((t) => t.line > range.lastLine);
    const above = near.find((t) => t.line < range.firstLine);
    const pick = datesAbove > datesBelow ? (below ?? above) : (above ?? below);
    pick?.ranges.push(range);
  }
}

function isoMonth(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function held(entry: TitleAt): HeldTitle | undefined {
  if (entry.ranges.length === 0) return undefined;
  const start = Math.min(...entry.ranges.map((r) => r.start));
  const current = entry.ranges.some((r) => r.open);
  // A closed end is an exclusive month boundary (the title was last held the month before); an open
  // end is the month the resume was read.
  const end = Math.max(...entry.ranges.map((r) => r.end)) - (current ? 0 : 1);
  return { title: entry.title, start: isoMonth(start), end: isoMonth(Math.max(start, end)), current };
}

function key(title: string): string {
  return title.toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface OrderedTitles {
  /** Distinct titles, most recent first. */
  titles: string[];
  /** The dated ones with their dates, most recent first; empty when the resume dates none. */
  history: HeldTitle[];
}

/**
 * The titles of an experience section ordered most recent first by their dates (latest end, then
 * latest start), whatever order the resume lists them in; titles without dates follow in the
 * resume's order (which stands alone when fewer than two titles are dated). `titleOf` reads the title of a line, if it has one.
 */
export function orderTitles(
  lines: readonly string[],
  titleOf: (line: string) => string | undefined,
  now: Date,
): OrderedTitles {
  const titles: TitleAt[] = [];
  lines.forEach((line, i) => {
    const title = titleOf(line);
    if (title) titles.push({ title, line: i, ranges: [] });
  });
  if (titles.length === 0) return { titles: [], history: [] };
  pairRanges(
    titles,
    dateRangesInLines(lines, now).filter((r) => !BULLET.test(lines[r.firstLine] ?? '')),
  );
  const dated = titles
    .map((t) => ({ t, h: held(t) }))
    .filter((x): x is { t: TitleAt; h: HeldTitle } => x.h !== undefined)
    .sort((a, b) => b.h.end.localeCompare(a.h.end) || b.h.start.localeCompare(a.h.start) || a.t.line - b.t.line);
  // One dated title says nothing about the order of the others: the resume's order stands.
  if (dated.length < 2) {
    const inOrder = [...new Set(titles.map((t) => t.title))];
    return { titles: inOrder, history: dated.map((x) => x.h) };
  }
  const undated = titles.filter((t) => t.ranges.length === 0);
  const seen = new Set<string>();
  const history: HeldTitle[] = [];
  for (const { h } of dated) {
    if (seen.has(key(h.title))) continue;
    seen.add(key(h.title));
    history.push(h);
  }
  const rest = undated.map((t) => t.title).filter((t) => !seen.has(key(t)) && seen.add(key(t)));
  return { titles: [...history.map((h) => h.title), ...rest], history };
}
