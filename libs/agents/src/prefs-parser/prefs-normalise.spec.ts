import { normalisePrefsText } from './prefs-normalise';

describe('normalisePrefsText', () => {
  it.each([
    ['sr backend, jr frontend', 'senior backend, junior frontend'],
    ['Medior data engineer', 'mid-level data engineer'],
    ['blr or hyd', 'Bangalore or Hyderabad'],
    ['no crypto pls', 'no crypto please'],
    ['atleast 20 LPA', 'at least 20 LPA'],
    ['5 yrs exp, 7 yoe', '5 years exp, 7 years'],
    ['<45d', 'posted in the last 45 days'],
    ['< 3 weeks', 'posted in the last 3 weeks'],
    ['remote IN', 'remote India'],
    ['based in DE', 'based in Germany'],
    ['IC track only', 'individual contributor track only'],
    ['eng manager', 'engineering manager'],
    ['im in Leeds and dont want agencies', "I'm in Leeds and don't want agencies"],
    ['backend… actually platform', 'backend… actually platform'],
    ['frontend... actually mobile', 'frontend… actually mobile'],
    // a note typed all in lower case writes its codes in lower case too
    ['senior pm, nyc hybrid, remote us', 'senior PM, NYC hybrid, remote US'],
    ['em role, sf/remote', 'EM role, SF/remote'],
    ['call me after 5 pm, data analyst', 'call me after 5 pm, data analyst'],
    ['Senior PM roles, us only', 'Senior PM roles, us only'],
    // … and its cities, when they stand alone in its lists
    ['sr backend, pune or hyd, 30 lpa', 'senior backend, Pune or Hyderabad, 30 lpa'],
    ['data analyst, leeds/york hybrid', 'data analyst, Leeds/York hybrid'],
    ['Data analyst, pune', 'Data analyst, pune'],
    ['perm only, no temp', 'permanent only, no temp'],
    ['BDR/SDR, Austin', 'BDR / SDR, Austin'],
    ['Full stack roles, back end or front end', 'full-stack roles, backend or frontend'],
  ])('%p → %p', (text, normalised) => {
    expect(normalisePrefsText(text)).toBe(normalised);
  });

  it.each([
    ['backend enginer', 'backend engineer'],
    ['data analist', 'data analyst'],
    ['web developper', 'web developer'],
    ['a pharmacst or a paralegl', 'a pharmacist or a paralegal'],
  ])('corrects a misspelt role noun in %p', (text, normalised) => {
    expect(normalisePrefsText(text)).toBe(normalised);
  });

  it.each(['I managed a team', 'a trainee programme', 'I am a permanent resident', 'in the directory'])(
    'leaves words that are one letter from a role noun alone: %p',
    (text) => {
      expect(normalisePrefsText(text)).toBe(text);
    },
  );

  it('leaves capitalised names and codes that are not places as written', () => {
    expect(normalisePrefsText('Not Harlow & Venn or IT roles · remote EU')).toBe(
      'Not Harlow & Venn or IT roles\nremote EU',
    );
  });
});
