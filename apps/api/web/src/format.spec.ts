import { daysAgo, formatDate, formatPosted, humanize, localDay, relativeDays } from './format';

describe('web app formatting', () => {
  const now = new Date('2026-11-20T10:00:00Z');

  it('says when a job was posted in words, in whole days', () => {
    expect(daysAgo('2026-11-17T20:44:55Z', now)).toBe(2);
    expect(relativeDays('2026-11-20T01:00:00Z', now, 'en')).toBe('today');
    expect(relativeDays('2026-11-19T01:00:00Z', now, 'en')).toBe('yesterday');
    expect(formatPosted('2026-11-17T20:44:55Z', now, 'en-GB')).toBe('Posted 17 Nov 2026 (2 days ago)');
    expect(formatPosted(null, now)).toBe('Date not given');
  });

  it('gives the local day and readable codes', () => {
    expect(localDay(new Date(2026, 0, 5))).toBe('2026-01-05');
    expect(formatDate('2026-12-01', 'en-GB')).toBe('1 Dec 2026');
    expect(humanize('excluded_industry')).toBe('Excluded industry');
    expect(humanize('remoteScope')).toBe('Remote scope');
  });
});
