import { annualise, currencyOfCountry, parseSalaryText } from './salary-text';

describe('parseSalaryText', () => {
  it.each([
    ['$150k–$180k', 150000, 180000, 'USD', 'year'],
    ['$150,000 - $180,000 per year', 150000, 180000, 'USD', 'year'],
    ['Salary: $150-180K + equity', 150000, 180000, 'USD', 'year'],
    ['€70.000 – €90.000', 70000, 90000, 'EUR', 'year'],
    ['70 000 - 90 000 EUR brutto', 70000, 90000, 'EUR', 'year'],
    ['£60k', 60000, 60000, 'GBP', 'year'],
    ['£70,000 a year', 70000, 70000, 'GBP', 'year'],
    ['₹30-45 LPA', 3000000, 4500000, 'INR', 'year'],
    ['30 to 45 lakhs', 3000000, 4500000, 'INR', 'year'],
    ['CTC: 1.2 crore', 12000000, 12000000, 'INR', 'year'],
    ['INR 25,00,000 - 35,00,000', 2500000, 3500000, 'INR', 'year'],
    ['$60/hour', 60, 60, 'USD', 'hour'],
    ['$8,000 per month', 8000, 8000, 'USD', 'month'],
    ['CA$120,000 – CA$140,000', 120000, 140000, 'CAD', 'year'],
    ['USD 150000-180000', 150000, 180000, 'USD', 'year'],
    ['€500 per day', 500, 500, 'EUR', 'day'],
  ])('%p', (text, min, max, currency, period) => {
    expect(parseSalaryText(text)).toMatchObject({ min, max, currency, period });
  });

  it('annualises hourly, daily and monthly pay', () => {
    expect(parseSalaryText('$60/hour')).toMatchObject({ annualMin: 124800, annualMax: 124800 });
    expect(parseSalaryText('$8,000 per month')).toMatchObject({ annualMin: 96000 });
    expect(parseSalaryText('€500 per day')).toMatchObject({ annualMin: 130000 });
  });

  it('reads open-ended amounts', () => {
    expect(parseSalaryText('from $120k')).toMatchObject({ min: 120000, max: null });
    expect(parseSalaryText('€80k+')).toMatchObject({ min: 80000, max: null });
    expect(parseSalaryText('30+ LPA')).toMatchObject({ min: 3000000, max: null, currency: 'INR', period: 'year' });
    expect(parseSalaryText('60+ lakhs')).toMatchObject({ min: 6000000, max: null, currency: 'INR' });
    expect(parseSalaryText('5+ years of experience')).toBeNull();
    expect(parseSalaryText('up to £90,000')).toMatchObject({ min: null, max: 90000 });
  });

  it.each([
    'We raised $50M in Series B',
    '5+ years of experience in a team of 40',
    'Founded in 2015, 300 employees',
    'A $2 billion market',
    'Contribute to the 401k plan',
    '',
  ])('ignores non-salary numbers in %p', (text) => {
    expect(parseSalaryText(text)).toBeNull();
  });

  it.each([
    ['90k+', 90000],
    ['minimum 90k', 90000],
    ['90k minimum', 90000],
    ['salary 90,000+', 90000],
    ['300k TC', 300000],
    ['total comp 250k', 250000],
    ['120,000 per year', 120000],
    ['base 150-180k', 150000],
  ])('reads %p in the assumed currency', (text, min) => {
    expect(parseSalaryText(text, 'USD')).toMatchObject({ min, currency: 'USD', period: 'year' });
    expect(parseSalaryText(text)).toBeNull();
  });

  it.each([
    '5+ years of experience',
    'top 10 companies',
    'a team of 10+',
    '10k+ employees',
    'salary negotiable, since 2019',
    '150k',
    'Python 3, at least 4 years',
  ])('does not take %p for pay even with an assumed currency', (text) => {
    expect(parseSalaryText(text, 'USD')).toBeNull();
  });

  it('keeps a written currency over the assumed one', () => {
    expect(parseSalaryText('€80k+', 'USD')).toMatchObject({ currency: 'EUR' });
    expect(parseSalaryText('30+ LPA', 'USD')).toMatchObject({ currency: 'INR' });
  });

  it('finds the salary after a funding figure', () => {
    expect(parseSalaryText('Backed by $20M. Pay: $140k - $160k')).toMatchObject({ min: 140000, max: 160000 });
  });
});

describe('annualise', () => {
  it.each([
    [50, 'hour', 104000],
    [400, 'day', 104000],
    [5000, 'month', 60000],
    [90000, 'year', 90000],
  ] as const)('%p per %s → %p', (amount, period, annual) => {
    expect(annualise(amount, period)).toBe(annual);
  });
});

describe('currencyOfCountry', () => {
  it.each([
    ['US', 'USD'],
    ['DE', 'EUR'],
    ['IN', 'INR'],
    ['GB', 'GBP'],
    ['ca', 'CAD'],
    ['EU', undefined],
  ])('%s → %s', (country, currency) => {
    expect(currencyOfCountry(country)).toBe(currency);
  });
});
