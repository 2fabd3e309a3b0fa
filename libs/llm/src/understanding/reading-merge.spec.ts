import { emptyPreferences, normalisePlace, readingOf, type Reading, type SearchPreferences } from '@job-hunter/domain';
import { mergeReading } from './reading-merge';

const nothing: Reading = readingOf(emptyPreferences());
const claudeReads = (fields: Partial<Reading>): Reading => ({ ...nothing, ...fields });

const RULES: SearchPreferences = {
  ...emptyPreferences('Berlin hybrid, senior, last 30 days, no crypto, not Globex'),
  roles: ['backend engineer'],
  seniorityMin: 'senior',
  seniorityMax: 'senior',
  locations: [normalisePlace('Berlin')],
  workModels: ['hybrid'],
  maxAgeDays: 30,
  excludedCompanies: ['Globex'],
  excludedIndustries: ['crypto'],
  excludedTitles: ['intern'],
  skills: ['Go'],
  strictRecency: true,
};

describe('mergeReading', () => {
  it("takes Claude's value for each field it states, and keeps what only the rules carry", () => {
    const merged = mergeReading(
      RULES,
      claudeReads({
        roles: ['platform engineer'],
        seniority: { min: 'senior', max: 'staff' },
        locations: [{ city: 'Munich', country: 'DE' }],
        workModels: ['onsite', 'hybrid'],
        minSalary: { amount: 90_000, currency: 'EUR', period: 'year' },
        maxAgeDays: 14,
        employmentTypes: ['full-time'],
      }),
    );
    expect(merged).toMatchObject({
      roles: ['platform engineer'],
      seniorityMin: 'senior',
      seniorityMax: 'staff',
      workModels: ['onsite', 'hybrid'],
      remoteScopes: [],
      minSalary: { amount: 90_000, currency: 'EUR', period: 'year', annual: 90_000 },
      maxAgeDays: 14,
      employmentTypes: ['full-time'],
      excludedTitles: ['intern'],
      skills: ['Go'],
      strictRecency: true,
      raw: RULES.raw,
    });
    expect(merged.locations).toEqual([expect.objectContaining({ city: 'Munich', country: 'DE' })]);
  });

  it("keeps the rules' value where Claude states nothing, and unites the exclusions of both", () => {
    const merged = mergeReading(
      RULES,
      claudeReads({
        excludedCompanies: ['globex', 'Initech'],
        excludedIndustries: ['gambling'],
        excludedRoles: ['qa engineer'],
      }),
    );
    expect(merged).toEqual({
      ...RULES,
      excludedCompanies: ['Globex', 'Initech'],
      excludedIndustries: ['crypto', 'gambling'],
      excludedRoles: ['qa engineer'],
    });
  });

  it('moves where the person works as one: a remote-only reading replaces the office city', () => {
    const merged = mergeReading(RULES, claudeReads({ workModels: ['remote'], remoteFrom: ['DE'] }));
    expect(merged).toMatchObject({ locations: [], workModels: ['remote'], remoteScopes: ['DE'] });
  });

  it('moves the seniority range as one, and needs a visa when either reading says so', () => {
    const merged = mergeReading(
      { ...RULES, needsVisaSponsorship: true },
      claudeReads({ seniority: { min: null, max: 'mid' } }),
    );
    expect([merged.seniorityMin, merged.seniorityMax]).toEqual([null, 'mid']);
    expect(merged.needsVisaSponsorship).toBe(true);
    expect(mergeReading(RULES, claudeReads({ needsVisaSponsorship: true })).needsVisaSponsorship).toBe(true);
  });
});
