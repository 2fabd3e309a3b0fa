import { emptyPreferences, readingOf } from '@job-hunter/domain';
import { readingFromAnswer } from './reading-answer';
import { readingAnswer } from './understanding.fixtures';

const TEXT =
  'Sr. backend or ML roles in Bangalore, hybrid, or remote in India. 40 LPA minimum. No web3 or gambling. ' +
  "I'd rather not work at Acme Lending. No people management. Need visa sponsorship.";

const read = (overrides: Parameters<typeof readingAnswer>[0] = {}) => readingFromAnswer(readingAnswer(overrides), TEXT);

describe('readingFromAnswer: the schema', () => {
  it('accepts a valid answer and normalises it: codes upper-cased, cities in the geography spelling, roles without levels', () => {
    const check = read({
      roles: ['Senior Backend Engineers', 'machine learning engineer', 'backend engineer'],
      excludedRoles: ['engineering manager'],
      locations: [
        { city: 'Bangalore', country: 'in' },
        { city: 'Bengaluru', country: 'IN' },
      ],
      remoteFrom: ['in'],
      minSalary: { amount: 4_000_000, currency: 'inr', period: 'year' },
      excludedCompanies: ['Acme Lending'],
      excludedIndustries: ['web3', 'gambling'],
      needsVisaSponsorship: true,
    });
    expect(check.problems).toEqual([]);
    expect(check.dropped).toEqual([]);
    expect(check.reading).toEqual({
      roles: ['backend engineer', 'machine learning engineer'],
      excludedRoles: ['engineering manager'],
      seniority: { min: 'senior', max: 'staff' },
      locations: [{ city: 'Bengaluru', country: 'IN' }],
      workModels: ['onsite', 'hybrid', 'remote'],
      remoteFrom: ['IN'],
      minSalary: { amount: 4_000_000, currency: 'INR', period: 'year' },
      maxAgeDays: 30,
      excludedCompanies: ['Acme Lending'],
      excludedIndustries: ['crypto', 'gambling'],
      needsVisaSponsorship: true,
      employmentTypes: [],
    });
  });

  it('names every field that does not fit: types, enums, ISO codes, the vocabulary, pay not in whole units', () => {
    const check = read({
      roles: 'backend engineer',
      seniority: { min: 'staff', max: 'junior' },
      locations: [
        { city: 'Bengaluru', country: 'India' },
        { city: 'Paris', country: 'EU' },
      ],
      workModels: ['office'],
      remoteFrom: ['IN', 'Asia'],
      minSalary: { amount: 40, currency: 'rupees', period: 'annum' },
      maxAgeDays: 0,
      excludedIndustries: ['law firms'],
      needsVisaSponsorship: 'yes',
      employmentTypes: ['gig'],
    });
    expect(check.reading).toBeUndefined();
    expect(check.problems).toEqual([
      'needsVisaSponsorship must be true or false',
      'roles must be a list of strings',
      'seniority.min staff is above max junior',
      'locations[0].country: "India" is not an ISO 3166-1 alpha-2 code',
      'locations[1].country: "EU" is not an ISO 3166-1 alpha-2 code',
      expect.stringMatching(/^workModels: "office" is not one of onsite, hybrid, remote$/),
      'remoteFrom: "ASIA" is not an ISO country code or EU, EMEA, APAC, AMER, WORLD',
      'minSalary.currency: "rupees" is not an ISO 4217 code',
      'minSalary.period must be one of hour, day, month, year',
      'maxAgeDays must be null or a number of days from 1 to 3650',
      expect.stringMatching(/^excludedIndustries: "law firms" is not one of crypto, gambling, /),
      expect.stringMatching(/^employmentTypes: "gig" is not one of full-time, /),
    ]);
  });

  it('takes a yearly floor below 1,000 for an amount not in whole units', () => {
    expect(read({ minSalary: { amount: 40, currency: 'INR', period: 'year' } }).problems).toEqual([
      'minSalary.amount 40 a year is not in whole units (40 LPA is 4000000, €80k is 80000)',
    ]);
    // An hourly rate is a yearly pay in the tens of thousands: fine.
    expect(read({ minSalary: { amount: 25, currency: 'USD', period: 'hour' } }).reading?.minSalary).toEqual({
      amount: 25,
      currency: 'USD',
      period: 'hour',
    });
  });

  it('reports missing fields and non-objects, and accepts nulls and empty lists as "not stated"', () => {
    expect(readingFromAnswer(['a'], TEXT).problems).toEqual(['the answer is not a JSON object']);
    const { problems } = readingFromAnswer({ roles: [] }, TEXT);
    expect(problems).toHaveLength(11);
    expect(problems[0]).toBe('excludedRoles is missing');
    const empty = readingFromAnswer(readingAnswer({ ...readingOf(emptyPreferences()) }), 'asdf qwerty zzz');
    expect(empty.problems).toEqual([]);
    expect(empty.reading?.seniority).toEqual({ min: null, max: null });
  });

  it('takes null for "none" in any field, and lists or objects sent as their JSON text', () => {
    const check = read({
      roles: '["backend engineer"]',
      excludedRoles: null,
      seniority: '{"min": "senior", "max": null}',
      locations: null,
      remoteFrom: null,
      excludedCompanies: null,
      excludedIndustries: null,
      employmentTypes: null,
      workModels: null,
    });
    expect(check.problems).toEqual([]);
    expect(check.reading).toMatchObject({
      roles: ['backend engineer'],
      excludedRoles: [],
      seniority: { min: 'senior', max: null },
      locations: [],
      workModels: [],
    });
    expect(read({ roles: '[backend' }).problems).toEqual(['roles must be a list of strings']);
  });

  it('reads a whole country with a null city, a city given without its country through the geography, UK as GB', () => {
    const check = read({
      locations: [{ city: null, country: 'DE' }, { city: 'München' }, { city: 'London', country: 'UK' }],
      remoteFrom: ['uk'],
    });
    expect(check.problems).toEqual([]);
    expect(check.reading?.locations).toEqual([
      { city: null, country: 'DE' },
      { city: 'Munich', country: 'DE' },
      { city: 'London', country: 'GB' },
    ]);
    expect(check.reading?.remoteFrom).toEqual(['GB']);
  });
});

describe('readingFromAnswer: the conventions', () => {
  it('gives a remote-only reading no office places', () => {
    const check = read({ workModels: ['remote'], locations: [{ city: null, country: 'IN' }], remoteFrom: ['IN'] });
    expect(check.reading).toMatchObject({ workModels: ['remote'], locations: [], remoteFrom: ['IN'] });
    expect(read({ workModels: ['hybrid', 'remote'] }).reading?.locations).toEqual([
      { city: 'Bengaluru', country: 'IN' },
    ]);
  });
});

describe('readingFromAnswer: grounding in the text', () => {
  it('drops roles, exclusions and industries the text does not bear out, and names them', () => {
    const check = read({
      roles: ['backend engineer', 'data scientist'],
      excludedRoles: ['frontend engineer'],
      excludedCompanies: ['Acme Lending', 'Globex'],
      excludedIndustries: ['crypto', 'defense'],
    });
    expect(check.problems).toEqual([]);
    expect(check.reading).toMatchObject({
      roles: ['backend engineer'],
      excludedRoles: [],
      excludedCompanies: ['Acme Lending'],
      excludedIndustries: ['crypto'],
    });
    expect(check.dropped).toEqual([
      'roles "data scientist" (the text does not say so)',
      'excludedRoles "frontend engineer" (the text does not say so)',
      'excludedCompanies "Globex" (the text does not say so)',
      'excludedIndustries "defense" (the text does not say so)',
    ]);
  });
});
