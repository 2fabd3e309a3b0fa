import { JobHunterError } from '@job-hunter/domain';
import { fieldsFromObject, PREFS_FILE_KEYS } from './prefs-file.reader';

function rejection(data: unknown): JobHunterError {
  try {
    fieldsFromObject('prefs.yaml', data);
  } catch (e) {
    if (e instanceof JobHunterError) return e;
    throw e;
  }
  throw new Error('expected the prefs to be rejected');
}

describe('a prefs file with keys it does not know', () => {
  it('names a misspelt key and the key it meant', () => {
    const e = rejection({ minSalery: '45 LPA', roles: ['backend engineer'] });
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain("prefs.yaml: unknown key 'minSalery' — did you mean 'minSalary'?");
  });

  it('names every unknown key, with a hint only where one is close', () => {
    const e = rejection({ locatons: ['Berlin'], favouriteColour: 'green' });
    expect(e.message).toContain("unknown key 'locatons' — did you mean 'locations'?");
    expect(e.message).toMatch(/unknown key 'favouriteColour'(?! — did you mean)/);
    expect(e.message).toContain(PREFS_FILE_KEYS.join(', '));
  });

  it('accepts every key it lists', () => {
    const all = {
      roles: ['backend engineer'],
      seniorityMin: 'senior',
      seniorityMax: 'staff',
      locations: ['Berlin'],
      workModels: ['remote'],
      remoteScopes: ['eu'],
      minSalary: '€80,000',
      maxAgeDays: 30,
      strictRecency: true,
      excludedCompanies: ['Acme'],
      excludedTitles: ['Manager'],
      excludedIndustries: ['crypto'],
      needsVisaSponsorship: false,
      employmentTypes: ['full-time'],
      skills: ['Go'],
      text: 'no crypto',
    };
    expect(Object.keys(all).sort()).toEqual([...PREFS_FILE_KEYS].sort());
    expect(fieldsFromObject('prefs.yaml', all)).toMatchObject({ locations: [{ city: 'Berlin' }], maxAgeDays: 30 });
  });
});
