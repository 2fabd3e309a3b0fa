import { excludedCompaniesFrom } from './prefs-companies';

describe('excludedCompaniesFrom', () => {
  it.each([
    ['Please leave out Northwind and Contoso Health', ['Northwind', 'Contoso Health']],
    ["I'd prefer not to work for Initech, or anything owned by Globex Corp", ['Initech', 'Globex Corp']],
    ["don't send me roles at Umbrella Labs — bad experience", ['Umbrella Labs']],
    ['Never again Vandelay Industries.', ['Vandelay Industries']],
    ['I left Hooli last spring, so skip them', ['Hooli']],
    ['not going back to Pied Piper', ['Pied Piper']],
    ['Excluding Stark & Wayne, Acme', ['Stark & Wayne', 'Acme']],
    ['Skip Dunder Mifflin Paper Co please', ['Dunder Mifflin Paper Co']],
    ['no Initech roles, nothing at Globex', ['Initech', 'Globex']],
    // legal forms with full stops, partners' names before "&" and a legal form, a name before an aside
    ['Avoid Bosco Tessuti S.p.A. and Ferreira Moda Ltda please', ['Bosco Tessuti S.p.A.', 'Ferreira Moda Ltda']],
    ['skip Transportes Lira S.A. de C.V. and Hooli', ['Transportes Lira S.A. de C.V.', 'Hooli']],
    ['Leave out Pearson, Hardy & Vale LLP, my old firm', ['Pearson, Hardy & Vale LLP']],
    ['Not Initech, Globex or Vandelay', ['Initech', 'Globex', 'Vandelay']],
    ['Please exclude Nordlicht Bau GmbH (my employer)', ['Nordlicht Bau GmbH']],
    ['no consultancies, e.g. Accenture or Capgemini.', ['Accenture', 'Capgemini']],
  ])('%p → %j', (text, names) => {
    expect(excludedCompaniesFrom(text)).toEqual(names);
  });

  it.each([
    'No Berlin, no London',
    'Not Senior roles',
    'No Java or Python roles',
    'No MLM, no BPOs',
    'not less than 30 LPA',
    'Not interested in Fintech',
    'No Engineering Manager roles',
    "Please don't send me roles requiring German or French.",
    'No Monday starts. Not on Fridays.',
    "I don't want to work for a FAANG or a Big Four firm.",
    'Not keen on Salesforce-heavy roles',
    'Please exclude anything requiring SC or DV clearance',
    'Travel is not an option',
  ])('%p names no company', (text) => {
    expect(excludedCompaniesFrom(text)).toEqual([]);
  });
});
