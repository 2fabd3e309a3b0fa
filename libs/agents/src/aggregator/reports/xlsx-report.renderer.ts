import type { Workbook, Worksheet } from 'exceljs';
import { droppedReasonLabel, neutraliseCell, safeHttpUrl, type RunResult } from '@job-hunter/domain';
import { shortlistColumns } from './report-columns';

function cell(value: string | number): string | number {
  return typeof value === 'number' ? value : neutraliseCell(value);
}

function boldHeader(sheet: Worksheet): void {
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
}

function addShortlist(book: Workbook, result: RunResult): void {
  const sheet = book.addWorksheet('Shortlist');
  const columns = shortlistColumns(result);
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.header, width: c.width }));
  const urlColumn = columns.findIndex((c) => c.header === 'applyUrl') + 1;
  for (const job of result.jobs) {
    const row = sheet.addRow(columns.map((c) => cell(c.value(job))));
    const href = safeHttpUrl(job.applyUrl);
    if (href) {
      const link = row.getCell(urlColumn);
      link.value = { text: job.applyUrl, hyperlink: href };
      link.font = { color: { argb: 'FF0563C1' }, underline: true };
    }
  }
  boldHeader(sheet);
  if (result.jobs.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }
}

function addSummary(book: Workbook, result: RunResult): void {
  const sheet = book.addWorksheet('Summary');
  sheet.columns = [
    { header: 'field', key: 'field', width: 28 },
    { header: 'value', key: 'value', width: 40 },
    { header: 'company', key: 'company', width: 24 },
    { header: 'message', key: 'message', width: 80 },
  ];
  const { stats, cost } = result;
  const pairs: [string, string | number][] = [
    ['Run id', result.runId],
    ['Status', result.status],
    ['Orchestrator', result.orchestrator],
    ['Engine', result.engine],
    ['Started', result.startedAt],
    ['Finished', result.finishedAt],
    ['Companies attempted', stats.companiesAttempted],
    ['Companies succeeded', stats.companiesSucceeded],
    ['Jobs scraped', stats.jobsScraped],
    ['Jobs after dedupe', stats.jobsAfterDedupe],
    ['Jobs scored', stats.jobsScored],
    ['Jobs in output', stats.jobsInOutput],
    ['Jobs kept without a date', stats.undatedKept ?? 0],
    ['Input tokens', cost.inputTokens],
    ['Output tokens', cost.outputTokens],
    ['Estimated cost (USD)', cost.estimatedCostUsd],
  ];
  for (const [k, v] of pairs) sheet.addRow([k, cell(v)]);
  const dropped = Object.entries(stats.dropped).filter(([, n]) => n > 0);
  sheet.addRow([]);
  sheet.addRow(['Dropped', 'count']).font = { bold: true };
  if (dropped.length === 0) sheet.addRow(['(none)', 0]);
  for (const [reason, n] of dropped) sheet.addRow([cell(droppedReasonLabel(reason)), n]);
  sheet.addRow([]);
  sheet.addRow(['Errors (stage)', 'code', 'company', 'message']).font = { bold: true };
  if (result.errors.length === 0) sheet.addRow(['(none)']);
  for (const e of result.errors) sheet.addRow([cell(e.stage), cell(e.code), cell(e.company ?? ''), cell(e.message)]);
  boldHeader(sheet);
}

/**
 * The workbook. exceljs is read only when a run writes one, not at every CLI start, and only its
 * Workbook class: the package's entry also loads its streaming reader and writer (unzipper and
 * more), about 0.25 s at the end of every run that one workbook written in memory never uses.
 */
export async function renderXlsx(result: RunResult): Promise<Buffer> {
  const { default: WorkbookClass } = await import('exceljs/lib/doc/workbook');
  const book = new WorkbookClass();
  book.creator = 'Job Hunter';
  // Fixed timestamps keep the workbook a function of the result, not of the clock.
  const finished = new Date(result.finishedAt);
  if (!Number.isNaN(finished.getTime())) {
    book.created = finished;
    book.modified = finished;
  }
  addShortlist(book, result);
  addSummary(book, result);
  const out = await book.xlsx.writeBuffer();
  return Buffer.from(out);
}
