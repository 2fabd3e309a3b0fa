import { payCurrencies } from '../understanding/geo-currencies';
import { readableCurrencies } from '../understanding/salary-currency';
import { hasFxRate, isUnpricedCurrency } from './fx';
import { fxTable } from './fx-rates';

/**
 * The currency tables checked against each other: what a country is paid in, or what the salary
 * reader can read, must have a rate or be unpriced on purpose; a rate or an unpriced entry that
 * nothing can yield is dead weight that hides a typo.
 */
describe('FX coverage of the currencies the readers yield', () => {
  const yielded = new Set([...payCurrencies(), ...readableCurrencies()]);

  it('covers the world table and the salary reader', () => {
    expect(yielded.size).toBeGreaterThan(140);
    for (const c of ['EUR', 'USD', 'INR', 'SEK', 'ZAR', 'KZT', 'RUB', 'BGN']) expect(yielded).toContain(c);
  });

  it('has a rate for every currency they yield, or lists it as unpriced with a reason', () => {
    expect([...yielded].filter((c) => !hasFxRate(c) && !isUnpricedCurrency(c))).toEqual([]);
  });

  it('prices no currency that nothing yields', () => {
    expect(fxTable().priced.filter((c) => !yielded.has(c))).toEqual([]);
  });

  it('lists as unpriced only currencies something yields and no rate covers', () => {
    const unpriced = [...fxTable().unpriced];
    expect(unpriced.filter((c) => !yielded.has(c))).toEqual([]);
    expect(unpriced.filter(hasFxRate)).toEqual([]);
  });

  it('still prices the lev: Bulgaria pays in euros since 2026, but posts and signs may still say BGN', () => {
    expect(hasFxRate('BGN')).toBe(true);
  });
});
