import { hasFxRate, UNPRICED_CURRENCIES } from '../matching/fx';
import { currencyOfCountry, payCurrencies } from './geo-currencies';

describe('currencyOfCountry', () => {
  it.each([
    ['SE', 'SEK'],
    ['NO', 'NOK'],
    ['ZA', 'ZAR'],
    ['NG', 'NGN'],
    ['VN', 'VND'],
    ['CH', 'CHF'],
    ['EC', 'USD'],
    ['PA', 'USD'],
    ['BG', 'EUR'],
    ['kz', 'KZT'],
    ['XX', undefined],
  ])('%s → %s', (country, currency) => {
    expect(currencyOfCountry(country)).toBe(currency);
  });

  it('never yields a fund or accounting code', () => {
    for (const c of ['USN', 'CHE', 'CHW', 'CLF', 'BOV', 'UYI']) expect(payCurrencies()).not.toContain(c);
  });
});

describe('FX coverage of the pay currencies', () => {
  it('has a rate for every currency a country yields, or lists it as unpriced on purpose', () => {
    const missing = payCurrencies().filter((c) => !hasFxRate(c) && !UNPRICED_CURRENCIES.has(c));
    expect(missing).toEqual([]);
  });

  it('lists as unpriced only currencies without a rate', () => {
    expect([...UNPRICED_CURRENCIES].filter(hasFxRate)).toEqual([]);
  });
});
