import { neutraliseCell, type RunResult } from '@job-hunter/domain';
import { shortlistColumns } from './report-columns';

/** RFC 4180: quote fields holding a quote, comma or line break; double the quotes. */
function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutraliseCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number)[]): string {
  return values.map(csvField).join(',');
}

export function renderCsv(result: RunResult): string {
  const columns = shortlistColumns(result);
  const lines = [csvRow(columns.map((c) => c.header))];
  for (const job of result.jobs) lines.push(csvRow(columns.map((c) => c.value(job))));
  return `${lines.join('\r\n')}\r\n`;
}
