import { daysAgoLabel, readableDate, readableDateTime } from './report-dates';

describe('dates in the report', () => {
  it('read as a day, month and year, and a time in UTC', () => {
    expect(readableDate('2026-12-05T23:59:00.000Z')).toBe('5 Dec 2026');
    expect(readableDate('2026-01-31')).toBe('31 Jan 2026');
    expect(readableDateTime('2026-12-05T04:03:00.000Z')).toBe('5 Dec 2026, 04:03 UTC');
    expect(readableDate(null)).toBe('');
    expect(readableDateTime('not a date')).toBe('');
  });

  it('say how long ago in the largest whole unit', () => {
    expect([0, 1, 3, 13, 14, 59, 60, 729, 800].map(daysAgoLabel)).toEqual([
      'today',
      'yesterday',
      '3 days ago',
      '13 days ago',
      '2 weeks ago',
      '8 weeks ago',
      '2 months ago',
      '24 months ago',
      '2 years ago',
    ]);
  });
});
