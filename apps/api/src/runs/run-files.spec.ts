import { RUN_FILES, runFileHeaders } from './run-files';

describe('run files', () => {
  it('serves only the listed names, never a path or another file of the folder', () => {
    for (const name of ['../results.json', 'results.json/..', 'checkpoint.db', '.inputs', 'REPORT.HTML', 'toString']) {
      expect(runFileHeaders(name, Buffer.from(''))).toBeUndefined();
    }
    expect(Object.keys(RUN_FILES)).toEqual([
      'results.json',
      'results.csv',
      'results.xlsx',
      'report.html',
      'decisions.csv',
      'understanding.json',
      'digest.txt',
      'digest.html',
    ]);
  });

  it('sends every file but the report as a download, with its content type', () => {
    expect(runFileHeaders('results.xlsx', Buffer.from('PK'))).toEqual({
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': 'attachment; filename="results.xlsx"',
    });
    expect(runFileHeaders('digest.html', Buffer.from('<p>x</p>'))).toMatchObject({
      'Content-Disposition': 'attachment; filename="digest.html"',
    });
    expect(runFileHeaders('digest.html', Buffer.from(''))).not.toHaveProperty('Content-Security-Policy');
  });

  it('shows the report inline under its own Content-Security-Policy (or a strict one when it has none), never framed', () => {
    const policy = "default-src 'none'; script-src 'sha256-abc='";
    const html = `<head><meta http-equiv="Content-Security-Policy" content="${policy}"></head>`;
    expect(runFileHeaders('report.html', Buffer.from(html))).toMatchObject({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Disposition': 'inline; filename="report.html"',
      'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
    });
    expect(runFileHeaders('report.html', Buffer.from('<p>old</p>'))?.['Content-Security-Policy']).toMatch(
      /^default-src 'none';.*; frame-ancestors 'none'$/,
    );
  });
});
