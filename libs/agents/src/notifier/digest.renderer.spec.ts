import { emptyPreferences, readingOf, type Reading } from '@job-hunter/domain';
import { renderDigest } from './digest.renderer';
import { resultJob, runResult } from './notifier.fixtures';

describe('renderDigest', () => {
  it('summarises the top match in the subject', () => {
    const jobs = Array.from({ length: 12 }, (_, i) => resultJob(i + 1));
    jobs[0] = resultJob(1, { title: 'Senior Backend Engineer', company: 'Acme', score: 91 });
    expect(renderDigest(runResult(jobs)).subject).toBe(
      'Job Hunter: 12 matches (top: Senior Backend Engineer at Acme, 91)',
    );
    expect(renderDigest(runResult([resultJob(1)])).subject).toMatch(/^Job Hunter: 1 match \(/);
    expect(renderDigest(runResult([])).subject).toBe('Job Hunter: no matches this run');
  });

  it('lists the top 10 with score, company, location, link and the first reasons', () => {
    const jobs = Array.from({ length: 12 }, (_, i) => resultJob(i + 1, { salary: '€70k+ / year' }));
    const { text, html } = renderDigest(runResult(jobs));
    expect(text).toContain('1. [99] Backend Engineer 1 — Acme');
    expect(text).toContain('Berlin, Germany · Remote · €70k+ / year');
    expect(text).toContain('https://jobs.lever.co/acme/1');
    expect(text).toContain('- Reason A1');
    expect(text).toContain('- Reason B1');
    expect(text).not.toContain('Reason C1');
    expect(text).toContain('10. [90]');
    expect(text).not.toContain('11. [89]');
    expect(text).toContain('…and 2 more');
    expect(html).toContain('href="https://jobs.lever.co/acme/10"');
    expect(html).not.toContain('acme/11');
  });

  it('escapes hostile job text and never links a javascript: URL', () => {
    const evil = resultJob(1, {
      title: '<script>alert(1)</script>\r\nBcc: victim@example.com',
      company: '<img src=x onerror=alert(2)>',
      applyUrl: 'javascript:alert(1)',
      reasons: ['<b>bold</b>'],
    });
    const { subject, text, html } = renderDigest(runResult([evil]));
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toContain('<script>alert(1)</script> Bcc: victim@example.com');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>bold');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toMatch(/<a /);
    expect(text).not.toContain('javascript:');
  });
});

describe('renderDigest opens with what the run understood', () => {
  const reading: Reading = {
    ...readingOf(emptyPreferences()),
    roles: ['registered nurse'],
    locations: [{ city: 'Toronto', country: 'CA' }],
    minSalary: { amount: 45, currency: 'CAD', period: 'hour' },
    excludedCompanies: ['<i>Evil</i> Health'],
  };

  it('puts the reading and the drop counts before the first job, in text and HTML', () => {
    const result = runResult([resultJob(1)], {
      reading,
      filledFromResume: { seniority: { min: 'mid', max: 'senior' } },
      stats: { ...runResult([]).stats, dropped: { location: 3, excluded_company: 7, stale: 0 } },
    });
    const { text, html } = renderDigest(result);
    const understood = text.indexOf('What we understood:');
    expect(understood).toBeGreaterThan(0);
    expect(text).toContain('  Roles: registered nurse');
    expect(text).toContain('  Levels: mid–senior (from resume)');
    expect(text).toContain('  Pay: ≥ CA$45 an hour');
    expect(text).toContain('Dropped by the filters: Excluded companies 7, Outside your locations 3.');
    expect(text.indexOf('1. [')).toBeGreaterThan(text.indexOf('Dropped by the filters'));
    expect(html.indexOf('What we understood')).toBeLessThan(html.indexOf('<table'));
    expect(html).toContain('Excluding: &lt;i&gt;Evil&lt;/i&gt; Health');
    expect(html).not.toContain('<i>Evil');
  });

  it('carries the run’s warnings in text and HTML, escaped', () => {
    const { text, html } = renderDigest(runResult([resultJob(1)], { warnings: ['Board <x> listed twice'] }));
    expect(text).toContain('Warning: Board <x> listed twice');
    expect(html).toContain('Warning: Board &lt;x&gt; listed twice');
    expect(renderDigest(runResult([resultJob(1)])).text).not.toContain('Warning:');
  });

  it('still gives the drop counts for a result stored without a reading', () => {
    const { text } = renderDigest(runResult([]));
    expect(text).not.toContain('What we understood');
    expect(text).toContain('Dropped by the filters:');
  });
});
