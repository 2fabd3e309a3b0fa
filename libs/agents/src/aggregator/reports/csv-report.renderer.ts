import { neutraliseCell, type RunResult } from '@job-hunter/domain';
import { SHORTLIST_COLUMNS } from './report-columns';

/** RFC 4180: quote fields holding a quote, comma or line break; double the quotes. */
function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutraliseCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number)[]): string {
  return values.map(csvField).join(',');
}

export function renderCsv(result: RunResult): string {
  const lines = [csvRow(SHORTLIST_COLUMNS.map((c) => c.header))];
  for (const job of result.jobs) lines.push(csvRow(SHORTLIST_COLUMNS.map((c) => c.value(job))));
  return `${lines.join('\r\n')}\r\n`;
}
