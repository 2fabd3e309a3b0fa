import { readFileSync } from 'node:fs';
import { findAbove } from '../../find-above';
import { annualRangeIn, convert, convertCurrency, hasFxRate, isUnpricedCurrency } from './fx';
import { EUR_80_90K } from './matching.fixtures';
import { FX_RATES_RELATIVE_PATH, fxRatesProblems, fxTable, fxTableFrom, type FxRatesFile } from './fx-rates';

const shipped = (): FxRatesFile => {
  const path = findAbove(FX_RATES_RELATIVE_PATH, __dirname);
  if (!path) throw new Error('data/fx/rates.json not found');
  return JSON.parse(readFileSync(path, 'utf8')) as FxRatesFile;
};

const sample: FxRatesFile = {
  base: 'USD',
  sets: [
    { date: '2026-01-02', source: 'test, newer', rates: { EUR: 1.2 } },
    { date: '2025-06-30', source: 'test, older', rates: { SEK: 0.1 } },
  ],
  unpriced: { 'no quote': ['VES'] },
};

describe('the shipped rates file', () => {
  it('is sound: dated sets, positive rates, each currency priced or unpriced once', () => {
    expect(fxRatesProblems(shipped())).toEqual([]);
  });

  it('keeps the rates as they were written, dated by when they were written', () => {
    const table = fxTable();
    expect(table.rateOf('EUR')).toEqual({ value: 1.1, date: '2026-11-27' });
    expect(table.rateOf('inr')).toEqual({ value: 0.012, date: '2026-11-27' });
    expect(table.rateOf('KZT')).toEqual({ value: 0.0019, date: '2026-12-06' });
    expect(table.rateOf('USD')).toEqual({ value: 1, date: null });
  });

  it('gives every unpriced group a reason', () => {
    for (const reason of Object.keys(shipped().unpriced)) expect(reason.length).toBeGreaterThan(20);
  });
});

describe('fxRatesProblems', () => {
  it.each([
    ['a currency priced twice', { ...sample, unpriced: { x: ['EUR'] } }, /EUR is in both sets\[0\] and unpriced/],
    ['a rate for the base', { ...sample, sets: [{ date: '2026-01-02', source: 's', rates: { USD: 1 } }] }, /base/],
    ['a bad date', { ...sample, sets: [{ date: '02/01/2026', source: 's', rates: { EUR: 1 } }] }, /date/],
    ['a zero rate', { ...sample, sets: [{ date: '2026-01-02', source: 's', rates: { EUR: 0 } }] }, /positive/],
    ['a code that is not ISO', { ...sample, unpriced: { x: ['euro'] } }, /not an ISO 4217 code/],
    ['no sets', { ...sample, sets: [] }, /non-empty/],
  ])('reports %s', (_name, file, problem) => {
    expect(fxRatesProblems(file).join('; ')).toMatch(problem);
  });

  it('makes the loader refuse the file, naming where it came from', () => {
    expect(() => fxTableFrom({ ...sample, base: 'dollars' }, 'rates.json')).toThrow(/rates\.json is invalid: "base"/);
  });
});

describe('fxTableFrom', () => {
  const table = fxTableFrom(sample);

  it('reads each currency from its set with that set date', () => {
    expect(table.rateOf('EUR')).toEqual({ value: 1.2, date: '2026-01-02' });
    expect(table.rateOf('SEK')).toEqual({ value: 0.1, date: '2025-06-30' });
    expect(table.rateOf('VES')).toBeUndefined();
    expect(table.priced).toEqual(['EUR', 'SEK', 'USD']);
    expect([...table.unpriced]).toEqual(['VES']);
  });
});

describe('convert', () => {
  it('converts through US dollars and dates the result by the older rate used', () => {
    const c = convert(100_000, 'KZT', 'EUR');
    expect(c?.amount).toBeCloseTo((100_000 * 0.0019) / 1.1, 6);
    expect(c?.fxDate).toBe('2026-11-27');
    expect(convert(1000, 'usd', 'KZT')?.fxDate).toBe('2026-12-06');
  });

  it('leaves the same currency alone, undated', () => {
    expect(convert(100, 'eur', 'EUR')).toEqual({ amount: 100, fxDate: null });
  });

  it('refuses unpriced and unknown currencies', () => {
    expect(isUnpricedCurrency('ves')).toBe(true);
    expect(hasFxRate('VES')).toBe(false);
    expect(convert(100, 'VES', 'USD')).toBeNull();
    expect(convertCurrency(1, 'XXX', 'USD')).toBeNull();
  });
});

describe('annualRangeIn', () => {
  const salary = EUR_80_90K;

  it('converts the yearly range and says the rates date', () => {
    const r = annualRangeIn(salary, 'USD');
    expect(r?.min).toBeCloseTo(88_000, 6);
    expect(r?.max).toBeCloseTo(99_000, 6);
    expect(r?.fxDate).toBe('2026-11-27');
  });

  it('has no rates date when the salary is already in that currency', () => {
    expect(annualRangeIn(salary, 'eur')).toEqual({ min: 80_000, max: 90_000, fxDate: null });
  });
});
