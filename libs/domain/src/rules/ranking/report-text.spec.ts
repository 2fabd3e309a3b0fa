import { droppedReasonLabel, escapeHtml, neutraliseCell, safeHttpUrl, toSingleLine } from './report-text';

describe('report text helpers', () => {
  it('escapes every HTML-significant character', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&\``)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;&#96;',
    );
  });

  it('accepts only absolute http(s) links', () => {
    expect(safeHttpUrl('https://jobs.lever.co/acme/1')).toBe('https://jobs.lever.co/acme/1');
    expect(safeHttpUrl(' javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,hi')).toBeNull();
    expect(safeHttpUrl('/jobs/1')).toBeNull();
    expect(safeHttpUrl('')).toBeNull();
  });

  it('neutralises spreadsheet formulas', () => {
    for (const v of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(v)).toBe(`'${v}`);
    expect(neutraliseCell('Senior = good')).toBe('Senior = good');
  });

  it('labels dropped reasons', () => {
    expect(droppedReasonLabel('excluded_company')).toBe('Excluded companies');
    expect(droppedReasonLabel('some_new_reason')).toBe('Some new reason');
  });

  it('keeps text on one line', () => {
    expect(toSingleLine('a\r\nBcc: x\n b')).toBe('a Bcc: x b');
  });
});
