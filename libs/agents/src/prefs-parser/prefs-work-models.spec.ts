import { workModelsFrom } from './prefs-work-models';

describe('workModelsFrom', () => {
  it.each([
    ['hybrid ok', []],
    ['hybrid is fine', []],
    ['prefer hybrid', []],
    ['open to hybrid', []],
    ["don't mind on-site", []],
    ['no problem with hybrid', []],
    ['remote ok', []],
  ])('%p accepts a model without restricting to it → %j', (text, models) => {
    expect(workModelsFrom(text, true)).toEqual(models);
  });

  it.each([
    ['hybrid only', ['hybrid']],
    ['only remote', ['remote']],
    ['must be remote', ['remote']],
    ['remote roles only', ['remote']],
    ['on-site or hybrid only', ['hybrid', 'onsite']],
    ['no on-site', ['remote', 'hybrid']],
    ['on-site is not ok', ['remote', 'hybrid']],
    ['hybrid ok, no onsite', ['remote', 'hybrid']],
    ['on-site or hybrid', ['hybrid', 'onsite']],
    // other languages; work at a workplace is on-site
    ['Poste en présentiel ou hybride', ['hybrid', 'onsite']],
    ['clinic-based, Mon-Fri', ['onsite']],
    ['teletrabajo only', ['remote']],
    ['hybrid', ['hybrid']],
    ['Amsterdam hybrid, global remote ok', ['remote', 'hybrid']],
    ['Ideally remote, or hybrid in Hamburg', ['remote', 'hybrid']],
    // Two accepted models name the arrangements; one alone does not restrict.
    ['hybrid preferred, on-site possible', ['hybrid', 'onsite']],
    ['hybrid preferred but onsite also fine', ['hybrid', 'onsite']],
    ['office or hybrid both fine', ['hybrid', 'onsite']],
    ['Berlin or remote, hybrid ok', ['remote', 'hybrid']],
    ["I'm only looking at remote roles within the EU", ['remote']],
    ['remote from India only', ['remote']],
    ['hybrid is a must (2 office days max)', ['hybrid']],
    ['Hybrid (max 2 days in office) in Lisbon, or remote from Portugal', ['remote', 'hybrid']],
    ['Leeds hybrid, at most 3 days a week on-site', ['hybrid']],
  ])('%p restricts → %j', (text, models) => {
    expect(workModelsFrom(text, true)).toEqual(models);
  });

  it('reads remote with no city named as a remote search, asked for or accepted', () => {
    expect(workModelsFrom('remote roles in the US', false)).toEqual(['remote']);
    expect(workModelsFrom('worldwide remote is fine', false)).toEqual(['remote']);
    // "A city, or remote" with no office arrangement named accepts all three.
    expect(workModelsFrom('NYC or remote (US)', true)).toEqual(['remote', 'hybrid', 'onsite']);
    expect(workModelsFrom('Leeds, or fully remote', true)).toEqual(['remote', 'hybrid', 'onsite']);
    expect(workModelsFrom('fully remote, EMEA', false)).toEqual(['remote']);
    expect(workModelsFrom('on-site is totally fine', true)).toEqual([]);
    expect(workModelsFrom('hybrid is fine', false)).toEqual([]);
  });
});
