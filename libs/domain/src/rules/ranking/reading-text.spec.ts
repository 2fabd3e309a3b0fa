import { emptyPreferences } from '../../models/candidate';
import { readingOf, type Reading } from '../../models/reading';
import { filledFromResume, moneyText, readingParts, readingText } from './reading-text';

function reading(over: Partial<Reading> = {}): Reading {
  return { ...readingOf(emptyPreferences()), ...over };
}

const CONTRACT_EXAMPLE = reading({
  roles: ['backend engineer', 'platform engineer'],
  excludedRoles: ['frontend engineer', 'mobile engineer'],
  seniority: { min: 'senior', max: 'staff' },
  locations: [{ city: 'Bengaluru', country: 'IN' }],
  workModels: ['onsite', 'hybrid', 'remote'],
  remoteFrom: ['IN'],
  minSalary: { amount: 4_000_000, currency: 'INR', period: 'year' },
  maxAgeDays: 60,
  excludedCompanies: ['Acme Lending'],
  excludedIndustries: ['crypto'],
});

describe('readingText', () => {
  it('renders the contract example on one line a person checks at a glance', () => {
    expect(readingText(CONTRACT_EXAMPLE)).toBe(
      'Roles: backend engineer, platform engineer · Not wanted: frontend engineer, mobile engineer · ' +
        'Levels: senior–staff · Office: Bengaluru, India (onsite, hybrid) · Remote: from India · ' +
        'Pay: ≥ ₹40,00,000 a year · Posted: last 60 days · Excluding: Acme Lending; crypto',
    );
  });

  it('says "any" for every open field of an empty reading and leaves rare fields out', () => {
    expect(readingText(reading())).toBe(
      'Roles: any · Levels: any · Office: any · Remote: any · Pay: any · Posted: any time',
    );
  });

  it('writes open level bounds as "any" and one named level once', () => {
    const value = (s: Reading['seniority']) => readingParts(reading({ seniority: s }))[1]?.value;
    expect(value({ min: 'senior', max: null })).toBe('senior or above');
    expect(value({ min: null, max: 'mid' })).toBe('up to mid');
    expect(value({ min: 'senior', max: 'senior' })).toBe('senior');
  });

  it('reads remote-only, office-only and worldwide texts', () => {
    const remoteOnly = readingText(reading({ workModels: ['remote'], remoteFrom: ['WORLD'] }));
    expect(remoteOnly).toContain('Office: none (remote only)');
    expect(remoteOnly).toContain('Remote: from anywhere');
    const office = readingText(
      reading({
        workModels: ['hybrid'],
        locations: [
          { city: null, country: 'DE' },
          { city: 'Paris', country: 'FR' },
        ],
      }),
    );
    expect(office).toContain('Office: Germany; Paris, France (hybrid)');
    expect(office).toContain('Remote: no');
    expect(readingText(reading({ locations: [{ city: 'Berlin', country: 'DE' }] }))).toContain(
      'Remote: where the office places are',
    );
    expect(readingText(reading({ remoteFrom: ['EU', 'GB'] }))).toContain(
      'Remote: from European Union or United Kingdom',
    );
  });

  it('shows visa, employment types and hourly pay only when read', () => {
    const text = readingText(
      reading({
        needsVisaSponsorship: true,
        employmentTypes: ['contract', 'part-time'],
        minSalary: { amount: 45.5, currency: 'usd', period: 'hour' },
        maxAgeDays: 1,
      }),
    );
    expect(text).toContain('Pay: ≥ $45.5 an hour');
    expect(text).toContain('Posted: last day');
    expect(text).toContain('Visa: sponsorship needed');
    expect(text).toContain('Types: contract, part-time');
  });

  it('marks the parts the resume filled and shows the values the run used', () => {
    const text = readingText(reading({ maxAgeDays: 30 }), {
      roles: ['software engineer'],
      seniority: { min: 'mid', max: 'staff' },
    });
    expect(text).toContain('Roles: software engineer (from resume)');
    expect(text).toContain('Levels: mid–staff (from resume)');
    expect(text.endsWith('Posted: last 30 days')).toBe(true);
    expect(text).not.toContain('Posted: last 30 days (from resume)');
  });
});

describe('moneyText', () => {
  it('uses the currency symbol and the Indian grouping for rupees', () => {
    expect(moneyText(4_000_000, 'INR')).toBe('₹40,00,000');
    expect(moneyText(80_000, 'EUR')).toBe('€80,000');
    expect(moneyText(100_000, 'CAD')).toBe('CA$100,000');
    expect(moneyText(60_000, 'gbp')).toBe('£60,000');
  });

  it('falls back to the code when Intl does not know the currency', () => {
    expect(moneyText(5000, 'NOTACODE')).toBe('5,000 NOTACODE');
  });
});

describe('filledFromResume', () => {
  it('returns exactly the fields whose used value differs from the text', () => {
    const fromText = reading({ maxAgeDays: 30, remoteFrom: ['WORLD'] });
    const used = reading({ maxAgeDays: 30, remoteFrom: ['IN'], roles: ['data analyst'] });
    expect(filledFromResume(fromText, used)).toEqual({ remoteFrom: ['IN'], roles: ['data analyst'] });
    expect(filledFromResume(fromText, fromText)).toEqual({});
  });
});
