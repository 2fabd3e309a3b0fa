import { ageInDays, parseRelativeDate, toIsoDate } from './dates';

const now = new Date('2025-06-15T12:00:00Z');
const daysBefore = (d: Date | null) => (d ? Math.round((now.getTime() - d.getTime()) / 86_400_000) : null);

describe('parseRelativeDate', () => {
  it.each([
    ['Posted Today', 0],
    ['Just posted', 0],
    ['Posted Yesterday', 1],
    ['Posted 3 Days Ago', 3],
    ['Posted 30+ Days Ago', 30],
    ['2 weeks ago', 14],
    ['a month ago', 30],
    ['1 year ago', 365],
    ['5d ago', 5],
  ])('%p → %p days ago', (label, days) => {
    expect(daysBefore(parseRelativeDate(label, now))).toBe(days);
  });

  it.each(['', 'Full-time', 'Apply in 3 days', '3 openings'])('%p is not a relative date', (label) => {
    expect(parseRelativeDate(label, now)).toBeNull();
  });
});

describe('ageInDays', () => {
  it('counts whole days and clamps the future to 0', () => {
    expect(ageInDays('2025-06-01T12:00:00Z', now)).toBe(14);
    expect(ageInDays('2025-07-01T00:00:00Z', now)).toBe(0);
    expect(ageInDays(null, now)).toBeNull();
    expect(ageInDays('not a date', now)).toBeNull();
  });
});

describe('toIsoDate', () => {
  it.each([
    [1735689600000, '2025-01-01T00:00:00.000Z'],
    [1735689600, '2025-01-01T00:00:00.000Z'],
    ['1735689600000', '2025-01-01T00:00:00.000Z'],
    ['2025-01-02T10:00:00Z', '2025-01-02T10:00:00.000Z'],
    ['2025-01-02T10:00:00.000+05:30', '2025-01-02T04:30:00.000Z'],
    ['2025-01-02 10:00:00 UTC', '2025-01-02T10:00:00.000Z'],
    ['2025-01-02 10:00:00', '2025-01-02T10:00:00.000Z'],
    ['2025-01-02', '2025-01-02T00:00:00.000Z'],
    [new Date('2025-01-02T00:00:00Z'), '2025-01-02T00:00:00.000Z'],
  ])('%p → %s', (value, iso) => {
    expect(toIsoDate(value)).toBe(iso);
  });

  it.each([null, undefined, '', 'yesterday', 12, {}, Number.NaN])('%p → null', (value) => {
    expect(toIsoDate(value)).toBeNull();
  });
});
