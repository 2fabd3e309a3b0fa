import { prefsFromText } from './prefs-text.rules';

describe('prefsFromText', () => {
  it('reads a typical Indian backend request', () => {
    const p = prefsFromText(
      'Looking for backend or platform engineering roles, senior or staff, in Bangalore or remote within India. ' +
        'At least 45 LPA. Posted in the last 60 days. Not Google or Meta. No crypto/web3.',
    );
    expect(p.roles).toEqual(['backend engineer', 'platform engineer']);
    expect(p).toMatchObject({ seniorityMin: 'senior', seniorityMax: 'staff', maxAgeDays: 60, strictRecency: false });
    expect(p.locations).toMatchObject([{ city: 'Bengaluru', country: 'IN' }]);
    expect(p.remoteScopes).toEqual(['IN']);
    expect(p.workModels).toEqual([]);
    expect(p.minSalary).toEqual({ amount: 4500000, currency: 'INR', period: 'year', annual: 4500000 });
    expect(p.excludedCompanies).toEqual(['Google', 'Meta']);
    expect(p.excludedIndustries).toEqual(['crypto']);
  });

  it.each([
    ['senior or staff', 'senior', 'staff'],
    ['mid to senior', 'mid', 'senior'],
    ['mid-level or senior', 'mid', 'senior'],
    ['senior+', 'senior', null],
    ['senior and above', 'senior', null],
    ['at least senior', 'senior', null],
    ['not junior', 'mid', null],
    ['no interns or junior roles', 'mid', null],
    ['staff', 'staff', 'staff'],
    ['Senior or lead product manager roles', 'senior', 'staff'],
    ['lead or principal', 'senior', 'principal'],
    ['lead roles only', 'senior', 'staff'],
    ['mid to lead', 'mid', 'staff'],
    ['senior, no lead roles', 'senior', 'senior'],
    ['senior product manager, lead generation experience', 'senior', 'senior'],
    ['lead generation experts wanted', null, null],
    ['nothing', null, null],
  ])('seniority in %p → %s..%s', (text, min, max) => {
    const p = prefsFromText(text);
    expect([p.seniorityMin, p.seniorityMax]).toEqual([min, max]);
  });

  it.each([
    ['remote EU', ['EU'], ['remote']],
    ['Remote (US only)', ['US'], ['remote']],
    ['remote anywhere', ['WORLD'], ['remote']],
    ['worldwide remote is fine', ['WORLD'], ['remote']],
    ['remote within India or Singapore', ['IN', 'SG'], ['remote']],
    ['US remote', ['US'], ['remote']],
    ['hybrid or remote', [], ['hybrid', 'remote']],
    ['no onsite', [], ['remote', 'hybrid']],
    ['fully remote, EMEA', [], ['remote']],
  ])('remote in %p → scopes %j, models %j', (text, scopes, models) => {
    const p = prefsFromText(text);
    expect(p.remoteScopes).toEqual(expect.arrayContaining(scopes));
    expect([...p.workModels].sort()).toEqual([...models].sort());
  });

  it('reads cities with aliases as on-site locations', () => {
    const p = prefsFromText('Open to NYC, SF or München; hybrid is fine');
    expect(p.locations.map((l) => l.city)).toEqual(['New York', 'San Francisco', 'Munich']);
    expect(p.workModels).toEqual(['hybrid']);
  });

  it.each([
    ['at least 45 LPA', 4500000, 'INR', 'year'],
    ['min $150k', 150000, 'USD', 'year'],
    ['€80k+', 80000, 'EUR', 'year'],
    ['£70,000 a year', 70000, 'GBP', 'year'],
    ['$60/hour or more', 60, 'USD', 'hour'],
  ])('minimum salary in %p', (text, amount, currency, period) => {
    expect(prefsFromText(text).minSalary).toMatchObject({ amount, currency, period });
  });

  it.each([
    ['posted in the last 60 days', 60, false],
    ['past 2 weeks', 14, false],
    ['last month only, strictly', 30, true],
    ['within 10 days, only dated jobs', 10, true],
    ['no recency wish', null, false],
  ])('recency in %p', (text, days, strict) => {
    const p = prefsFromText(text);
    expect([p.maxAgeDays, p.strictRecency]).toEqual([days, strict]);
  });

  it('reads exclusions', () => {
    const p = prefsFromText('Avoid Acme Corp. No manager roles. Nothing in gambling or defense. Not junior.');
    expect(p.excludedCompanies).toEqual(['Acme Corp']);
    expect(p.excludedTitles).toEqual(['manager']);
    expect(p.excludedIndustries).toEqual(['gambling', 'defense']);
  });

  it('does not take places, levels or industries for companies', () => {
    const p = prefsFromText('Not Delhi. No Junior roles. Not Crypto. Not in Remote.');
    expect(p.excludedCompanies).toEqual([]);
  });

  it.each([
    ['I need visa sponsorship', true],
    ['will need H-1B sponsorship', true],
    ["I don't need sponsorship", false],
    ['no visa needed', false],
  ])('visa in %p → %p', (text, need) => {
    expect(prefsFromText(text).needsVisaSponsorship).toBe(need);
  });

  it.each([
    ['full-time only', ['full-time']],
    ['contract', ['contract']],
    ['no contract work', ['full-time', 'part-time', 'temporary']],
    ['', []],
  ])('employment types in %p', (text, types) => {
    expect(prefsFromText(text).employmentTypes).toEqual(types);
  });

  it('collects skills the person names and keeps the raw text', () => {
    const p = prefsFromText('Data engineering roles using Spark, Airflow and dbt');
    expect(p.skills).toEqual(expect.arrayContaining(['Apache Spark', 'Airflow', 'dbt']));
    expect(p.raw).toBe('Data engineering roles using Spark, Airflow and dbt');
  });
});
