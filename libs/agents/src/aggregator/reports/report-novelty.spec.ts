import { Workbook } from 'exceljs';
import type { ResultJob, RunResult } from '@job-hunter/domain';
import { sampleResult } from '../aggregator.fixtures';
import { renderCsv } from './csv-report.renderer';
import { renderHtml } from './html-report.renderer';
import { renderXlsx } from './xlsx-report.renderer';

/** A saved search's run: three jobs, new, changed and seen. */
function searchRun(): RunResult {
  const base = sampleResult();
  const job = base.jobs[0] as ResultJob;
  const jobs: ResultJob[] = (['new', 'changed', 'seen'] as const).map((novelty, i) => ({
    ...job,
    rank: i + 1,
    jobKey: `k${i}`,
    title: `Engineer ${novelty}`,
    applyUrl: `https://jobs.lever.co/acme/${i}`,
    novelty,
  }));
  return { ...base, jobs, disappeared: [] };
}

describe("the reports of a saved search's run", () => {
  it('CSV has a novelty column after the rank; a run of no search keeps its columns', () => {
    const lines = renderCsv(searchRun()).split('\r\n');
    expect(lines[0]?.startsWith('rank,novelty,score,title,')).toBe(true);
    expect(lines.slice(1, 4).map((l) => l.split(',').slice(0, 2))).toEqual([
      ['1', 'new'],
      ['2', 'changed'],
      ['3', 'seen'],
    ]);
    expect(renderCsv(sampleResult()).split('\r\n')[0]?.startsWith('rank,score,title,')).toBe(true);
  });

  it('XLSX has the same novelty column, and still links the apply URL', async () => {
    const book = new Workbook();
    const bytes = await renderXlsx(searchRun());
    // exceljs types its input as the older Buffer; its bytes as an ArrayBuffer are what it reads.
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = book.getWorksheet('Shortlist');
    expect(sheet?.getRow(1).getCell(2).value).toBe('novelty');
    expect([2, 3, 4].map((r) => sheet?.getRow(r).getCell(2).value)).toEqual(['new', 'changed', 'seen']);
    const urlHeader = sheet?.getRow(1).getCell(10).value;
    expect(urlHeader).toBe('applyUrl');
    expect(sheet?.getRow(2).getCell(10).hyperlink).toMatch(/^https:/);
  });

  it('HTML marks new and changed jobs with a badge before the title, seen ones with none', () => {
    const html = renderHtml(searchRun());
    expect(html).toMatch(/<h2><span class="status"[^>]*>New<\/span> <a[^>]*>Engineer new<\/a><\/h2>/);
    expect(html).toMatch(/<h2><span class="status"[^>]*>Changed<\/span> <a[^>]*>Engineer changed<\/a><\/h2>/);
    expect(html).toMatch(/<h2><a[^>]*>Engineer seen<\/a><\/h2>/);
    expect(renderHtml(sampleResult())).not.toMatch(/>New<\/span>/);
  });

  it('HTML lists the jobs gone since the last run, escaped and linked; none without any', () => {
    const gone = { jobKey: 'g', title: 'Gone <b>role</b>', company: 'Acme & Co', lastSeenRunId: 'run-0' };
    const html = renderHtml({ ...searchRun(), disappeared: [{ ...gone, applyUrl: 'https://jobs.lever.co/acme/g' }] });
    expect(html).toContain('<h3>Gone since the last run</h3>');
    expect(html).toMatch(
      /<li><a href="https:\/\/jobs\.lever\.co\/acme\/g"[^>]*>Gone &lt;b&gt;role&lt;\/b&gt;<\/a> <span class="muted">· Acme &amp; Co<\/span><\/li>/,
    );
    expect(renderHtml(searchRun())).not.toContain('Gone since the last run');
  });
});
