import { annualise, structuredSalary } from './salary';

describe('structured salaries', () => {
  it('annualises each period', () => {
    expect(annualise(50, 'hour')).toBe(104000);
    expect(annualise(400, 'day')).toBe(104000);
    expect(annualise(5000, 'month')).toBe(60000);
    expect(annualise(null, 'year')).toBeNull();
  });

  it('orders min and max, upper-cases the currency and keeps the raw text', () => {
    expect(structuredSalary(90000, 70000, 'eur', 'year', '€70–90k')).toEqual({
      min: 70000,
      max: 90000,
      currency: 'EUR',
      period: 'year',
      annualMin: 70000,
      annualMax: 90000,
      raw: '€70–90k',
    });
  });

  it('has no salary without an amount or a currency, or with an implausible yearly figure', () => {
    expect(structuredSalary(null, null, 'USD', 'year', '')).toBeUndefined();
    expect(structuredSalary(100000, 120000, '', 'year', '')).toBeUndefined();
    expect(structuredSalary(150, 150, 'USD', 'year', '$150.00')).toBeUndefined();
    expect(structuredSalary(1200000, 1800000, 'INR', 'year', '₹12–18 LPA')?.annualMax).toBe(1800000);
  });
});
