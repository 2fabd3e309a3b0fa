import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { JobHunterError } from '@job-hunter/domain';
import { AggregatorAgent } from './aggregator.agent';
import { sampleResult, scoredJob } from './aggregator.fixtures';
import { writeFolderAtomically } from './run-folder.writer';

describe('AggregatorAgent.writeReports (real files)', () => {
  const agent = new AggregatorAgent();
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'jh-aggregator-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes all four reports atomically and leaves no temp folder', async () => {
    const outputDir = join(root, 'output');
    const runDir = join(outputDir, 'run-1');
    const result = sampleResult();
    const files = await agent.writeReports(result, runDir, ['json', 'csv', 'xlsx', 'html']);
    expect(files).toEqual({
      json: join(runDir, 'results.json'),
      csv: join(runDir, 'results.csv'),
      xlsx: join(runDir, 'results.xlsx'),
      html: join(runDir, 'report.html'),
    });
    expect((await readdir(runDir)).sort()).toEqual(['report.html', 'results.csv', 'results.json', 'results.xlsx']);
    expect(await readdir(outputDir)).toEqual(['run-1']);

    const json = JSON.parse(await readFile(join(runDir, 'results.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(
      [
        'runId',
        'status',
        'orchestrator',
        'engine',
        'startedAt',
        'finishedAt',
        'asOf',
        'stats',
        'cost',
        'errors',
        'jobs',
      ].sort(),
    );
    const stats = json['stats'] as Record<string, unknown>;
    for (const k of [
      'companiesAttempted',
      'companiesSucceeded',
      'jobsScraped',
      'jobsAfterDedupe',
      'jobsScored',
      'jobsInOutput',
      'dropped',
    ]) {
      expect(stats).toHaveProperty(k);
    }
    expect(json['cost']).toEqual({ inputTokens: 0, outputTokens: 0, estimatedCostUsd: 0 });
    const jobs = json['jobs'] as Record<string, unknown>[];
    expect(Object.keys(jobs[0] ?? {})).toEqual(
      expect.arrayContaining([
        'rank',
        'score',
        'title',
        'company',
        'location',
        'remote',
        'postedAt',
        'applyUrl',
        'ats',
        'matchedSkills',
        'missingSkills',
        'reasons',
      ]),
    );
    expect(await readFile(join(runDir, 'report.html'), 'utf8')).toContain('&lt;script&gt;');
  });

  it('writes a spreadsheet with typed cells, links and neutralised formulas', async () => {
    const runDir = join(root, 'run-x');
    const files = await agent.writeReports(sampleResult(), runDir, ['xlsx']);
    const book = new Workbook();
    await book.xlsx.readFile(files.xlsx ?? '');
    const sheet = book.getWorksheet('Shortlist');
    if (!sheet) throw new Error('no Shortlist sheet');
    expect(sheet.getRow(1).getCell(1).value).toBe('rank');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Row 2 is the hostile job (score 99), row 3 the normal one.
    const evil = sheet.getRow(2);
    expect(evil.getCell(2).value).toBe(99);
    expect(evil.getCell(3).value).toBe('<script>alert(1)</script>');
    expect(evil.getCell(5).value).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(evil.getCell(9).value).toBe('javascript:alert(1)');
    expect(evil.getCell(13).value).toBe(`"quoted", with comma; +cmd|calc; @SUM(A1)`);
    const good = sheet.getRow(3);
    expect(good.getCell(9).value).toEqual({
      text: 'https://boards.greenhouse.io/acme/jobs/a',
      hyperlink: 'https://boards.greenhouse.io/acme/jobs/a',
    });
    sheet.eachRow((row) =>
      row.eachCell((c) => {
        expect(c.formula).toBeUndefined();
      }),
    );
    const summary = book.getWorksheet('Summary');
    const values = (summary?.getSheetValues() ?? []).map((r) => (Array.isArray(r) ? r.slice(1, 3) : []));
    expect(values).toEqual(
      expect.arrayContaining([
        ['Run id', 'run-1'],
        ['Status', 'success'],
        ['Outside your locations', 20],
      ]),
    );
  });

  it('writes only the requested formats and replaces reports on a re-run, keeping other files', async () => {
    const runDir = join(root, 'run-2');
    await agent.writeReports(sampleResult([scoredJob('old', 10)]), runDir, ['json', 'csv']);
    await writeFile(join(runDir, 'checkpoint.json'), '{}');
    const files = await agent.writeReports(sampleResult([scoredJob('new', 77)]), runDir, ['json', 'html']);
    expect(Object.keys(files).sort()).toEqual(['html', 'json']);
    expect((await readdir(runDir)).sort()).toEqual(['checkpoint.json', 'report.html', 'results.json']);
    expect(await readFile(join(runDir, 'results.json'), 'utf8')).toContain('Backend Engineer new');
    expect(await readdir(root)).toEqual(['run-2']);
  });

  it('leaves no run folder when the parent cannot be written', async () => {
    const blocker = join(root, 'not-a-dir');
    await writeFile(blocker, 'x');
    const runDir = join(blocker, 'run-3');
    await expect(agent.writeReports(sampleResult(), runDir, ['json'])).rejects.toMatchObject({ code: 'STORAGE_ERROR' });
    expect(await readdir(root)).toEqual(['not-a-dir']);
  });

  it('leaves neither a run folder nor a temp folder when rendering fails midway', async () => {
    const runDir = join(root, 'run-4');
    const entries = [
      { name: 'results.json', render: () => '{}' },
      {
        name: 'results.csv',
        render: () => {
          throw new Error('disk on fire');
        },
      },
    ];
    const failure = writeFolderAtomically(runDir, entries);
    await expect(failure).rejects.toBeInstanceOf(JobHunterError);
    await expect(failure).rejects.toThrow(/disk on fire.*writable/);
    expect(await readdir(root)).toEqual([]);
  });

  it('keeps the previous reports intact when a re-run fails midway', async () => {
    const runDir = join(root, 'run-5');
    await mkdir(runDir);
    await writeFile(join(runDir, 'results.json'), 'previous');
    const entries = [
      { name: 'results.json', render: () => 'next' },
      {
        name: 'results.csv',
        render: async () => Promise.reject(new Error('boom')),
      },
    ];
    await expect(writeFolderAtomically(runDir, entries)).rejects.toThrow(/boom/);
    expect(await readFile(join(runDir, 'results.json'), 'utf8')).toBe('previous');
    expect(await readdir(root)).toEqual(['run-5']);
  });
});
