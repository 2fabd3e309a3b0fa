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
    // "A city, or remote" with no office arrangement named accepts all three (the reading contract).
    expect(p.workModels).toEqual(['remote', 'hybrid', 'onsite']);
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
    // "Lead" is staff in the reading contract.
    ['lead or principal', 'staff', 'principal'],
    ['lead roles only', 'staff', 'staff'],
    ['Principal engineer or above', 'principal', null],
    ['Staff+ (staff or principal)', 'staff', 'principal'],
    ['Please no senior, staff or lead roles', null, 'mid'],
    ['head chef in a busy kitchen', null, null],
    ['mid-senior backend', 'mid', 'senior'],
    ['Not senior yet - mid at most', null, 'mid'],
    ['up to senior, any field', null, 'senior'],
    ['not too senior please, mid level is right', 'mid', 'mid'],
    ['not ready for senior roles yet', null, 'mid'],
    ['mid to lead', 'mid', 'staff'],
    ['senior, no lead roles', 'senior', 'senior'],
    ['senior product manager, lead generation experience', 'senior', 'senior'],
    ['lead generation experts wanted', null, null],
    // A title of its own, not the staff level; leading people is not the lead level.
    ['Staff accountant or staff nurse, Leeds', null, null],
    ['staff engineer', 'staff', 'staff'],
    ['Engineering manager, I lead a team of 9', null, null],
    // Chief officers are executives; Head of X is the director level.
    ['COO or head of operations', 'director', 'executive'],
    ['senior PM, I would report to the CEO', 'senior', 'senior'],
    ['nothing', null, null],
    // A size, a title after its field and an employee are no levels.
    ['Sales executive at a mid-size distributor, want the same', null, null],
    ['Marketing executive roles; an executive role later maybe', 'executive', 'executive'],
    ['I want a permanent staff job, not freelancing', null, null],
    ['mid-cap fund, VP level or above', 'executive', null],
    ['Switching from a senior QA role to junior dev jobs', 'junior', 'junior'],
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
    // "hybrid is fine" accepts hybrid work; it does not rule out on-site jobs in those cities.
    expect(p.workModels).toEqual([]);
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
    ['Data analyst in Chicago, 90k+', 90000, 'USD'],
    ['Backend engineer in Munich, minimum 90k', 90000, 'EUR'],
    ['London or remote UK, salary 90,000+', 90000, 'GBP'],
    ['Staff engineer, Seattle or remote US, 300k TC', 300000, 'USD'],
    ['Toronto, 120,000 per year', 120000, 'CAD'],
    ['Pune or Bengaluru, at least 30 lakh', 3000000, 'INR'],
  ])('prices pay written without a currency by the places named in %p', (text, amount, currency) => {
    expect(prefsFromText(text).minSalary).toMatchObject({ amount, currency, period: 'year' });
  });

  it.each([
    'minimum 90k',
    'London or Berlin, 90k+',
    'Chicago, 5+ years of experience, top 10 companies',
    'NYC, a team of 10+',
  ])('leaves pay unset for %p', (text) => {
    expect(prefsFromText(text).minSalary).toBeNull();
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

  it.each([
    ['No agencies.', [], ['staffing']],
    ['no recruitment agencies or staffing firms', [], ['staffing']],
    ['no fintech or insurance', [], ['fintech', 'insurance']],
    ['Not looking for management roles', ['manager', 'management'], []],
    ['not interested in sales positions', ['sales'], []],
    ['Nothing in sales or marketing.', ['sales', 'marketing'], []],
    ['Nothing in Berlin, nothing in the last year', [], []],
    ['no banks, telcos or consultancies', [], ['banking', 'telecom', 'consulting']],
    ['Not junior roles, ideally in healthcare or edtech', [], []],
  ])('reads exclusions in %p', (text, titles, industries) => {
    const p = prefsFromText(text);
    expect(p.excludedTitles).toEqual(titles);
    expect(p.excludedIndustries).toEqual(industries);
  });

  it('does not exclude a title word that names a wanted role', () => {
    const p = prefsFromText('Senior product manager roles, not looking for management roles');
    expect(p.roles).toEqual(['product manager']);
    // Refused people management is the contract's "engineering manager", a title the filter may drop too.
    expect(p.excludedTitles).toEqual(['management', 'engineering manager']);
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
    ['no internships please', []],
    ['Full-time preferred, contract is ok too', ['full-time', 'contract']],
    ['Permanent only (salaried employee, not a freelancer)', ['full-time']],
    ['', []],
    // a correction replaces the type; a refusal ends with its line; notes mix languages
    ['Contract would suit — wait, no, make it permanent', ['full-time']],
    ['- no retail, never again\n- Freelance or permanent both fine', ['full-time', 'contract']],
    ['Vollzeit bevorzugt, Teilzeit geht auch', ['full-time', 'part-time']],
  ])('employment types in %p', (text, types) => {
    expect(prefsFromText(text).employmentTypes).toEqual(types);
  });

  it('collects skills the person names and keeps the raw text', () => {
    const p = prefsFromText('Data engineering roles using Spark, Airflow and dbt');
    expect(p.skills).toEqual(expect.arrayContaining(['Apache Spark', 'Airflow', 'dbt']));
    expect(p.raw).toBe('Data engineering roles using Spark, Airflow and dbt');
  });
});
