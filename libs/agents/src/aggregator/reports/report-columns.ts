import type { OutputFormat, ResultJob, RunResult } from '@job-hunter/domain';

/** File name of each report inside a run folder. */
export const REPORT_FILE_NAMES: Readonly<Record<OutputFormat, string>> = {
  json: 'results.json',
  csv: 'results.csv',
  xlsx: 'results.xlsx',
  html: 'report.html',
};

/** What the run understood (the Understanding of the reading contract), beside the reports. */
export const UNDERSTANDING_FILE_NAME = 'understanding.json';

export interface ReportColumn {
  header: string;
  /** Spreadsheet width in characters. */
  width: number;
  value: (job: ResultJob) => string | number;
}

const LIST_SEPARATOR = '; ';

/** One column list for CSV and XLSX, so the two never drift. */
export const SHORTLIST_COLUMNS: readonly ReportColumn[] = [
  { header: 'rank', width: 6, value: (j) => j.rank },
  { header: 'score', width: 7, value: (j) => j.score },
  { header: 'title', width: 40, value: (j) => j.title },
  { header: 'company', width: 24, value: (j) => j.company },
  { header: 'location', width: 28, value: (j) => j.location },
  { header: 'remote', width: 9, value: (j) => j.remote },
  { header: 'postedAt', width: 22, value: (j) => j.postedAt ?? '' },
  { header: 'salary', width: 20, value: (j) => j.salary ?? '' },
  { header: 'applyUrl', width: 50, value: (j) => j.applyUrl },
  { header: 'ats', width: 14, value: (j) => j.ats },
  { header: 'matchedSkills', width: 36, value: (j) => j.matchedSkills.join(LIST_SEPARATOR) },
  { header: 'missingSkills', width: 30, value: (j) => j.missingSkills.join(LIST_SEPARATOR) },
  { header: 'reasons', width: 70, value: (j) => j.reasons.join(LIST_SEPARATOR) },
];

const NOVELTY_COLUMN: ReportColumn = { header: 'novelty', width: 9, value: (j) => j.novelty ?? '' };

/** The columns of a result's shortlist: a saved search's run (it has `disappeared`) adds each job's novelty after its rank. */
export function shortlistColumns(result: Pick<RunResult, 'disappeared'>): readonly ReportColumn[] {
  if (!result.disappeared) return SHORTLIST_COLUMNS;
  const [rank, ...rest] = SHORTLIST_COLUMNS;
  return rank ? [rank, NOVELTY_COLUMN, ...rest] : SHORTLIST_COLUMNS;
}

/** The result object of contract section 5, without the local `files` map. */
export function serialiseResult(result: RunResult): string {
  const { files: _files, ...rest } = result;
  return serialiseJson(rest);
}

/** Pretty JSON with a final newline, as every JSON file of a run folder is written. */
export function serialiseJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
