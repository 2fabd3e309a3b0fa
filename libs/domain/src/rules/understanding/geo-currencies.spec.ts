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
    // The euro since 1 January 2026 (countries-list 3.4.1 already says so; the generator pins it).
    ['BG', 'EUR'],
    ['HR', 'EUR'],
    ['kz', 'KZT'],
    ['XX', undefined],
  ])('%s → %s', (country, currency) => {
    expect(currencyOfCountry(country)).toBe(currency);
  });

  it('never yields a fund or accounting code', () => {
    for (const c of ['USN', 'CHE', 'CHW', 'CLF', 'BOV', 'UYI']) expect(payCurrencies()).not.toContain(c);
  });
});
