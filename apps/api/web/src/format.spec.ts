import { formatDate, formatPosted, humanize, localDay, relativeDays, scheduleText } from './format';

describe('web app formatting', () => {
  it('says when a job was posted in words, from its age in whole days', () => {
    expect(relativeDays(0, 'en')).toBe('today');
    expect(relativeDays(1, 'en')).toBe('yesterday');
    expect(formatPosted('2026-11-17T20:44:55Z', 2, 'en-GB')).toBe('Posted 17 Nov 2026 (2 days ago)');
    expect(formatPosted('2026-11-17T20:44:55Z', null, 'en-GB')).toBe('Posted 17 Nov 2026');
    expect(formatPosted(null, 2)).toBe('Date not given');
  });

  it('gives the local day and readable codes', () => {
    expect(localDay(new Date(2026, 0, 5))).toBe('2026-01-05');
    expect(formatDate('2026-12-01', 'en-GB')).toBe('1 Dec 2026');
    expect(humanize('excluded_industry')).toBe('Excluded industry');
    expect(humanize('remoteScope')).toBe('Remote scope');
  });

  it("says a saved search's schedule in words", () => {
    expect(scheduleText({ everyMs: 86_400_000 })).toBe('Every day');
    expect(scheduleText({ everyMs: 36 * 3_600_000 })).toBe('Every 36 hours');
    expect(scheduleText({ everyMs: 7 * 86_400_000 })).toBe('Every 7 days');
    expect(scheduleText({ everyMs: 3_600_000 })).toBe('Every hour');
    expect(scheduleText({ everyMs: 30 * 60_000 })).toBe('Every 30 minutes');
    expect(scheduleText({ cron: '0 7 * * *' })).toBe('At 0 7 * * * (cron, UTC)');
    expect(scheduleText(undefined)).toBe('By hand');
  });
});
