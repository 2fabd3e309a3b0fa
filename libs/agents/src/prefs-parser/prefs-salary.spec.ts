import { minSalaryFrom } from './prefs-salary';

// Pay written in the many ways people write it; none of these wordings is in the corpus.
describe('minSalaryFrom', () => {
  it.each([
    ['at least 32 LPA', undefined, 3200000, 'INR', 'year'],
    ['minimum 28L fixed', undefined, 2800000, 'INR', 'year'],
    ['2.5 crore or more', undefined, 25000000, 'INR', 'year'],
    ['₹35,00,000 per annum', undefined, 3500000, 'INR', 'year'],
    ['22-26 LPA', undefined, 2200000, 'INR', 'year'],
    ['€85k', undefined, 85000, 'EUR', 'year'],
    ['90k€ brutto', undefined, 90000, 'EUR', 'year'],
    ['48.000 EUR brut annuel', undefined, 48000, 'EUR', 'year'],
    ['2 900 € netto monatlich', undefined, 2900, 'EUR', 'month'],
    ['R$ 12.500 por mês', undefined, 12500, 'BRL', 'month'],
    ['A$160k + super', undefined, 160000, 'AUD', 'year'],
    ['S$7,500 a month', undefined, 7500, 'SGD', 'month'],
    // a correction naming no period keeps the corrected figure's
    ['HK$40,000 a month, no wait, make it HK$42,000', undefined, 42000, 'HKD', 'month'],
    ['€30/hour — actually make that €32, given the commute', undefined, 32, 'EUR', 'hour'],
    ['10M yen per year', undefined, 10000000, 'JPY', 'year'],
    ['320,000 yen monthly', undefined, 320000, 'JPY', 'month'],
    ['SAR 30,000 per month', undefined, 30000, 'SAR', 'month'],
    ['$38 an hour', undefined, 38, 'USD', 'hour'],
    ['75 dollars per hour', undefined, 75, 'USD', 'hour'],
    ['day rate of at least £450', undefined, 450, 'GBP', 'day'],
    ['8k SGD/mo', undefined, 8000, 'SGD', 'month'],
    ['$150k base floor', undefined, 150000, 'USD', 'year'],
    ['$120k CAD', undefined, 120000, 'CAD', 'year'],
    ['stipend above 30k/month', 'INR', 30000, 'INR', 'month'],
    ['70k', 'EUR', 70000, 'EUR', 'year'],
    ['€3.400 bruto per maand', undefined, 3400, 'EUR', 'month'],
    ['9000 PLN brutto miesięcznie', undefined, 9000, 'PLN', 'month'],
    ['4k a month', 'SGD', 4000, 'SGD', 'month'],
  ])('%p (places pay %p) → %p %p per %p', (text, currency, amount, cur, period) => {
    expect(minSalaryFrom(text, currency)).toMatchObject({ amount, currency: cur, period });
  });

  it('reads a bare "$" as the dollar paid where the person wants to work', () => {
    expect(minSalaryFrom('$110k minimum', 'AUD')).toMatchObject({ amount: 110000, currency: 'AUD' });
    expect(minSalaryFrom('$110k minimum', 'CAD')).toMatchObject({ currency: 'CAD' });
    expect(minSalaryFrom('US$110k minimum', 'CAD')).toMatchObject({ currency: 'USD' });
    expect(minSalaryFrom('$110k minimum', 'EUR')).toMatchObject({ currency: 'USD' });
  });

  it.each([
    ['5+ years of experience', 'USD'],
    ['a team of 12 engineers', 'EUR'],
    ['raised $40M last year', undefined],
    ['PHP 8 and Laravel', undefined],
    ['a good 401k match matters', 'USD'],
  ])('%p is no pay', (text, currency) => {
    expect(minSalaryFrom(text, currency)).toBeNull();
  });
});
