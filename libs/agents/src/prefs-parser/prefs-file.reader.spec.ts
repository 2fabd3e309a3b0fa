import { fieldsFromObject, PREFS_FILE_KEYS } from './prefs-file.reader';

const read = (data: unknown) => () => fieldsFromObject('prefs.yaml', data);

describe('a prefs file with keys it does not know', () => {
  it('names a misspelt key and the key it meant', () => {
    const misspelt = read({ minSalery: '45 LPA', roles: ['backend engineer'] });
    expect(misspelt).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(misspelt).toThrow("prefs.yaml: unknown key 'minSalery' — did you mean 'minSalary'?");
  });

  it('names every unknown key, with a hint only where one is close', () => {
    const two = read({ locatons: ['Berlin'], favouriteColour: 'green' });
    expect(two).toThrow("unknown key 'locatons' — did you mean 'locations'?");
    expect(two).toThrow(/unknown key 'favouriteColour'(?! — did you mean)/);
    expect(two).toThrow(PREFS_FILE_KEYS.join(', '));
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
