import { currencyOfSign, currencyOfSignLazily } from './salary-currency';
import { parseSalaryText } from './salary-text';

type Row = [text: string, min: number, currency: string, period: string];

describe('parseSalaryText: currencies and periods of the world', () => {
  // Job postings: no place assumed, the text alone says the currency.
  it.each<Row>([
    ['210 kr/tim (SEK)', 210, 'SEK', 'hour'],
    ['560 000 kr per year (NOK)', 560000, 'NOK', 'year'],
    ['50.000 kr/md (DKK)', 50000, 'DKK', 'month'],
    ['Lön: 45 000 kr i månaden, Stockholm, Sweden', 45000, 'SEK', 'month'],
    ['Lønn kr 650 000 per år, Oslo, Norway', 650000, 'NOK', 'year'],
    ['¥4.5M/yr', 4500000, 'JPY', 'year'],
    ['¥300,000 per month, Shanghai, China', 300000, 'CNY', 'month'],
    ['₦450,000 monthly', 450000, 'NGN', 'month'],
    ['R45 000 per month (ZAR)', 45000, 'ZAR', 'month'],
    ['Cape Town, South Africa. R45 000 per month', 45000, 'ZAR', 'month'],
    ['₱25,000 a month', 25000, 'PHP', 'month'],
    ['IDR 15 juta/bulan', 15000000, 'IDR', 'month'],
    ['Rp 15 juta per bulan', 15000000, 'IDR', 'month'],
    ['12 000 zł brutto miesięcznie', 12000, 'PLN', 'month'],
    ['PLN 20k/month', 20000, 'PLN', 'month'],
    ['80 000 Kč měsíčně', 80000, 'CZK', 'month'],
    ['900 000 Ft havonta', 900000, 'HUF', 'month'],
    ['15.000 lei pe lună', 15000, 'RON', 'month'],
    ["CHF 120'000 p.a.", 120000, 'CHF', 'year'],
    ['Fr. 120’000 per annum', 120000, 'CHF', 'year'],
    ['₺80.000 aylık', 80000, 'TRY', 'month'],
    ['₩60,000,000 per year', 60000000, 'KRW', 'year'],
    ['₫30.000.000 /tháng', 30000000, 'VND', 'month'],
    ['₪25,000 per month', 25000, 'ILS', 'month'],
    ['RM 8,000 per month', 8000, 'MYR', 'month'],
    ['$120k, Toronto, Canada', 120000, 'CAD', 'year'],
    ['A$150k', 150000, 'AUD', 'year'],
    ['NZ$120,000', 120000, 'NZD', 'year'],
    ['S$9,000 /mo', 9000, 'SGD', 'month'],
    ['HK$50,000 per month', 50000, 'HKD', 'month'],
    ['MX$45,000 al mes', 45000, 'MXN', 'month'],
    ['R$ 15 mil por mês', 15000, 'BRL', 'month'],
    ['8 mil reais por mês', 8000, 'BRL', 'month'],
    ['$1.2 mil a year', 1200000, 'USD', 'year'],
    ['4,5 M € par an', 4500000, 'EUR', 'year'],
    ['€4.000 pro Monat', 4000, 'EUR', 'month'],
    ['€35 pro Stunde', 35, 'EUR', 'hour'],
    ['€40 per uur', 40, 'EUR', 'hour'],
    ['€3.500 per maand', 3500, 'EUR', 'month'],
    ['€28.000 al año', 28000, 'EUR', 'year'],
    ['€500 day rate', 500, 'EUR', 'day'],
    ['£450 per day', 450, 'GBP', 'day'],
    ['45 €/h', 45, 'EUR', 'hour'],
    ['€65.000 pa', 65000, 'EUR', 'year'],
    ['$60/hr', 60, 'USD', 'hour'],
    ['¥4.5M/years minimum', 4500000, 'JPY', 'year'],
    ['20 000 SEK/mån', 20000, 'SEK', 'month'],
    ['1.2 crore', 12000000, 'INR', 'year'],
    ['12L', 1200000, 'INR', 'year'],
    ['Rs. 80,000 per month, Lahore, Pakistan', 80000, 'PKR', 'month'],
    ['Månadslön: 42 000 kr', 42000, 'SEK', 'month'],
    ['Rp 150.000 per jam', 150000, 'IDR', 'hour'],
    ['R$ 80 por hora', 80, 'BRL', 'hour'],
    ['R$ 8.000 por mês', 8000, 'BRL', 'month'],
    ['3 500 € par mois', 3500, 'EUR', 'month'],
    ['52 000 € par an', 52000, 'EUR', 'year'],
    ['€60.000 per jaar', 60000, 'EUR', 'year'],
    ['MXN 30,000 al mes', 30000, 'MXN', 'month'],
    ['kr 350 per timme (SEK)', 350, 'SEK', 'hour'],
    ['kr 700 000 om året, Bergen, Norway', 700000, 'NOK', 'year'],
    ['€70.000 im Jahr', 70000, 'EUR', 'year'],
    ['₱1,200 /day', 1200, 'PHP', 'day'],
  ])('%p → %p %s per %s', (text, min, currency, period) => {
    expect(parseSalaryText(text)).toMatchObject({ min, currency, period });
  });

  // Preference texts: the reader assumes the currency of where the person wants to work.
  it.each<[string, string, number, string, string]>([
    ['at least 45 000 kr a month', 'SEK', 45000, 'SEK', 'month'],
    ['minimum kr 600 000 per år', 'NOK', 600000, 'NOK', 'year'],
    ['at least 40.000 kr/md', 'DKK', 40000, 'DKK', 'month'],
    ['min R45 000 per month', 'ZAR', 45000, 'ZAR', 'month'],
    ['$140k+', 'AUD', 140000, 'AUD', 'year'],
    ['¥8M a year or more', 'JPY', 8000000, 'JPY', 'year'],
    ['¥40k per month', 'CNY', 40000, 'CNY', 'month'],
    ['at least 90k', 'CHF', 90000, 'CHF', 'year'],
    ['salary 15 juta per bulan', 'IDR', 15000000, 'IDR', 'month'],
  ])('%p where %s is paid → %p %s per %s', (text, assumed, min, currency, period) => {
    expect(parseSalaryText(text, assumed, { bareThousandsArePay: true })).toMatchObject({ min, currency, period });
  });

  it.each([
    ['R45 000 per month', undefined],
    ['R45 000 per month', 'USD'],
    ['We are an ALL 3 team', undefined],
    ['TOP 10 employer', 'USD'],
    ['PHP 8 and Laravel 10', undefined],
    ['Ranked 45 Ftse', undefined],
  ])('does not price %p by a guess (assumed %s)', (text, assumed) => {
    expect(parseSalaryText(text, assumed)).toBeNull();
  });

  it('leaves a shared sign to its first reading when the text names several of its countries', () => {
    expect(parseSalaryText('Offices in London, Toronto and New York. $150k - $180k')).toMatchObject({
      currency: 'USD',
    });
    expect(parseSalaryText('Remote from Canada. $150k - $180k')).toMatchObject({ currency: 'CAD' });
  });

  it('reads a shared sign by the ISO code written next to it, over the place assumed', () => {
    expect(parseSalaryText('600 000 kr per year (NOK)', 'SEK')).toMatchObject({ currency: 'NOK' });
    expect(parseSalaryText('$130k CAD', 'USD')).toMatchObject({ currency: 'CAD' });
  });

  it('leaves the places a shared sign depends on to be looked up when its currency is asked for', () => {
    const text = 'Remote from Canada. $50M raised';
    const ctx = { text, end: text.length };
    const lazy = currencyOfSignLazily('$', ctx);
    expect(typeof lazy).toBe('function');
    expect(typeof lazy === 'function' && lazy()).toBe('CAD');
    expect(currencyOfSign('$', ctx)).toBe('CAD');
    // Settled at once: a code after it, the place assumed, a sign of one currency, and "R" (unread without context).
    expect(currencyOfSignLazily('$', { text: '$130k CAD', end: 5 })).toBe('CAD');
    expect(currencyOfSignLazily('$', { ...ctx, assumed: 'AUD' })).toBe('AUD');
    expect(currencyOfSignLazily('€', ctx)).toBe('EUR');
    expect(currencyOfSignLazily('R', ctx)).toBeUndefined();
  });

  it('reads an amount whose sign or code is written a space before the number, however far into the text', () => {
    const filler = 'Founded 2019, 250 people in 3 offices. '.repeat(30);
    expect(parseSalaryText(`${filler}Pay: US$ 120,000 - 140,000 a year`)).toMatchObject({
      min: 120000,
      currency: 'USD',
    });
    expect(parseSalaryText(`${filler}Lön:\tSEK 45 000/mån`)).toMatchObject({ min: 45000, currency: 'SEK' });
  });
});
