import { emptyPreferences, readingOf, type Reading } from '@job-hunter/domain';
import { readingDisagreements } from './reading-compare';

const base: Reading = readingOf(emptyPreferences());
const reading = (fields: Partial<Reading>): Reading => ({ ...base, ...fields });

describe('readingDisagreements', () => {
  it('finds none between a reading and itself, or the same values written differently', () => {
    const rules = reading({
      roles: ['Full-stack developer', 'ML engineer'],
      locations: [
        { city: 'Bengaluru', country: 'IN' },
        { city: null, country: 'DE' },
      ],
      workModels: ['hybrid', 'onsite'],
      remoteFrom: ['in'],
      minSalary: { amount: 4_000_000, currency: 'INR', period: 'year' },
      excludedCompanies: ['Stratus Ledger'],
    });
    const claude = reading({
      roles: ['machine learning engineer', 'fullstack engineer'],
      locations: [
        { city: null, country: 'DE' },
        { city: 'bengaluru', country: 'IN' },
      ],
      workModels: ['onsite', 'hybrid'],
      remoteFrom: ['IN'],
      minSalary: { amount: 4_020_000, currency: 'INR', period: 'year' },
      excludedCompanies: ['stratus  ledger'],
    });
    expect(readingDisagreements(rules, rules)).toEqual([]);
    expect(readingDisagreements(rules, claude)).toEqual([]);
  });

  it('lists every field that differs, in the contract order, with both values', () => {
    const rules = reading({
      roles: ['backend engineer'],
      seniority: { min: 'senior', max: 'senior' },
      locations: [{ city: 'Berlin', country: 'DE' }],
      workModels: ['onsite', 'hybrid', 'remote'],
      remoteFrom: ['DE'],
      minSalary: { amount: 80_000, currency: 'EUR', period: 'year' },
      maxAgeDays: 30,
    });
    const claude = reading({
      roles: ['backend engineer', 'platform engineer'],
      excludedRoles: ['frontend engineer'],
      seniority: { min: 'senior', max: null },
      locations: [{ city: 'Berlin', country: 'DE' }],
      workModels: ['onsite', 'hybrid', 'remote'],
      remoteFrom: ['EU'],
      minSalary: { amount: 85_000, currency: 'EUR', period: 'year' },
      maxAgeDays: 30,
      excludedCompanies: ['Globex'],
      excludedIndustries: ['crypto'],
      needsVisaSponsorship: true,
      employmentTypes: ['full-time'],
    });
    const fields = readingDisagreements(rules, claude).map((d) => d.field);
    expect(fields).toEqual([
      'roles',
      'excludedRoles',
      'seniority',
      'remoteFrom',
      'minSalary',
      'excludedCompanies',
      'excludedIndustries',
      'needsVisaSponsorship',
      'employmentTypes',
    ]);
    expect(readingDisagreements(rules, claude)[2]).toEqual({
      field: 'seniority',
      rules: { min: 'senior', max: 'senior' },
      claude: { min: 'senior', max: null },
    });
  });

  it('tells a stated value from none, and pay in another currency or period from the same pay', () => {
    const pay = { amount: 50, currency: 'USD', period: 'hour' as const };
    expect(readingDisagreements(reading({ minSalary: pay }), reading({}))).toHaveLength(1);
    expect(
      readingDisagreements(reading({ minSalary: pay }), reading({ minSalary: { ...pay, period: 'day' } })),
    ).toHaveLength(1);
    expect(
      readingDisagreements(reading({ minSalary: pay }), reading({ minSalary: { ...pay, currency: 'CAD' } })),
    ).toHaveLength(1);
    expect(readingDisagreements(reading({ maxAgeDays: 30 }), reading({ maxAgeDays: null }))).toHaveLength(1);
  });
});
