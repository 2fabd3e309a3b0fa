import { nextCronTime, parseCron } from './cron-expression';
import { firstDueAt, nextDueAt, parseEvery, scheduleOf, scheduleText } from './search-schedule';

const utc = (text: string) => new Date(`${text}Z`);
const next = (expression: string, after: string) => nextCronTime(parseCron(expression), utc(after))?.toISOString();

describe('--every', () => {
  it.each([
    ['30m', 30 * 60_000],
    ['6h', 6 * 3_600_000],
    ['1d', 86_400_000],
    [' 2D ', 2 * 86_400_000],
  ])('reads %s', (text, ms) => expect(parseEvery(text)).toBe(ms));

  it.each(['', '0m', '10', '1.5h', '5s', '1w', '-1h', '367d', '1h30m'])('refuses "%s" as bad input', (text) =>
    expect(() => parseEvery(text)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' })),
  );

  it('reads back as it was given', () => {
    expect(scheduleText({ everyMs: parseEvery('24h') })).toBe('every 1d');
    expect(scheduleText({ everyMs: parseEvery('90m') })).toBe('every 90m');
    expect(scheduleText({ everyMs: parseEvery('6h') })).toBe('every 6h');
    expect(scheduleText({ cron: '0 7 * * *' })).toBe('cron 0 7 * * * (UTC)');
    expect(scheduleText(undefined)).toBe('none (runs by hand)');
  });
});

describe('--cron', () => {
  it('finds the next time of a daily, stepped, listed or weekday expression', () => {
    expect(next('0 7 * * *', '2026-12-06T06:59:00')).toBe('2026-12-06T07:00:00.000Z');
    expect(next('0 7 * * *', '2026-12-06T07:00:00')).toBe('2026-12-07T07:00:00.000Z');
    expect(next('*/15 * * * *', '2026-12-06T10:07:30')).toBe('2026-12-06T10:15:00.000Z');
    expect(next('5/20 9-10 * * *', '2026-12-06T10:46:00')).toBe('2026-12-07T09:05:00.000Z');
    expect(next('0 9 1,15 * *', '2026-12-02T00:00:00')).toBe('2026-12-15T09:00:00.000Z');
    // 2026-12-05 is a Saturday: weekdays only skip to Monday.
    expect(next('30 6 * * MON-FRI', '2026-12-05T12:00:00')).toBe('2026-12-07T06:30:00.000Z');
    expect(next('0 0 * * 7', '2026-12-05T12:00:00')).toBe('2026-12-06T00:00:00.000Z');
    expect(next('0 12 29 feb *', '2026-03-01T00:00:00')).toBe('2028-02-29T12:00:00.000Z');
    expect(next('59 23 31 12 *', '2026-12-31T23:59:00')).toBe('2027-12-31T23:59:00.000Z');
  });

  it('runs on either day when both the date and the weekday are given, as cron does', () => {
    // The 13th, or any Friday: 2026-12-11 is a Friday, before the 13th.
    expect(next('0 8 13 * FRI', '2026-12-09T00:00:00')).toBe('2026-12-11T08:00:00.000Z');
    expect(next('0 8 13 * FRI', '2026-12-12T00:00:00')).toBe('2026-12-13T08:00:00.000Z');
  });

  it.each([
    '',
    '0 7 * *',
    '0 7 * * * *',
    '60 7 * * *',
    '0 24 * * *',
    '0 7 0 * *',
    '0 7 * 13 *',
    '0 7 * * 8',
    '0 7 * * FUN',
    '*/0 * * * *',
    '10-5 * * * *',
    '0 0 31 2 *',
    'a b c d e',
  ])('refuses "%s" as bad input', (expression) =>
    expect(() => scheduleOf({ cron: expression })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' })),
  );
});

describe('next due', () => {
  const HOUR = 3_600_000;

  it('is at once for --every, the next slot for --cron', () => {
    const now = utc('2026-12-06T12:20:00');
    expect(firstDueAt({ everyMs: 24 * HOUR }, now)).toEqual(now);
    expect(firstDueAt({ cron: '0 7 * * *' }, now)).toEqual(utc('2026-12-07T07:00:00'));
  });

  it('moves --every one step from the due time, skipping slots missed while nothing ran', () => {
    const due = utc('2026-12-06T07:00:00');
    expect(nextDueAt({ everyMs: 24 * HOUR }, due, utc('2026-12-06T07:03:00'))).toEqual(utc('2026-12-07T07:00:00'));
    // Ran three and a half days late: once, then back on its slots.
    expect(nextDueAt({ everyMs: 24 * HOUR }, due, utc('2026-12-09T19:00:00'))).toEqual(utc('2026-12-10T07:00:00'));
    // Exactly on a later slot: that one has been served, the next one follows.
    expect(nextDueAt({ everyMs: 6 * HOUR }, due, utc('2026-12-06T13:00:00'))).toEqual(utc('2026-12-06T19:00:00'));
  });

  it('moves --cron to its next time after the run', () => {
    const schedule = { cron: '0 7 * * *' };
    expect(nextDueAt(schedule, utc('2026-12-06T07:00:00'), utc('2026-12-06T07:40:00'))).toEqual(
      utc('2026-12-07T07:00:00'),
    );
  });

  it('refuses --every with --cron', () => {
    expect(() => scheduleOf({ every: '1d', cron: '0 7 * * *' })).toThrow(/not both/);
    expect(scheduleOf({})).toBeUndefined();
    expect(scheduleOf({ every: '6h' })).toEqual({ everyMs: 6 * HOUR });
    expect(scheduleOf({ cron: ' 0 7 * * * ' })).toEqual({ cron: '0 7 * * *' });
  });
});
