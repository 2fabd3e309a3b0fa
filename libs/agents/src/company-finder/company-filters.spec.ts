import type { Company } from '@job-hunter/domain';
import { filterCompanies, isExcludedCompany, isExcludedIndustry, personAreas, regionsFit } from './company-filters';
import { prefsWith, profileWith } from './company-finder.fixtures';

const co = (name: string, regions?: string[], industries?: string[]): Company => ({
  name,
  careersUrl: `https://jobs.example/${name}`,
  regions,
  industries,
});

describe('company filters', () => {
  it('excludes companies by name, ignoring case, spaces and punctuation', () => {
    expect(isExcludedCompany(co('Blockvault Exchange'), ['blockvault exchange'])).toBe(true);
    expect(isExcludedCompany(co('Grafana Labs'), ['GRAFANA-LABS'])).toBe(true);
    expect(isExcludedCompany(co('Grafana Labs'), ['Grafana'])).toBe(false);
    expect(isExcludedCompany(co('Acme'), [])).toBe(false);
  });

  it('excludes industries, treating web3 and blockchain as crypto', () => {
    expect(isExcludedIndustry(co('X', [], ['Crypto']), ['crypto'])).toBe(true);
    expect(isExcludedIndustry(co('X', [], ['crypto']), ['web3'])).toBe(true);
    expect(isExcludedIndustry(co('X', [], ['blockchain']), ['Crypto'])).toBe(true);
    expect(isExcludedIndustry(co('X', [], ['fintech']), ['crypto'])).toBe(false);
    expect(isExcludedIndustry(co('X'), ['crypto'])).toBe(false);
  });

  it('reads declared industries as the job filter does: betting is gambling, payments is fintech', () => {
    expect(isExcludedIndustry(co('X', [], ['betting']), ['gambling'])).toBe(true);
    expect(isExcludedIndustry(co('X', [], ['payments']), ['fintech'])).toBe(true);
    expect(isExcludedIndustry(co('X', [], ['healthtech']), ['healthcare'])).toBe(true);
    expect(isExcludedIndustry(co('X', [], ['devtools', 'saas']), ['fintech', 'crypto'])).toBe(false);
  });

  it('collects the areas a person can work in, leaving worldwide remote out', () => {
    const prefs = prefsWith({
      locations: [{ raw: 'Bengaluru', city: 'Bengaluru', country: 'IN' }, { raw: 'Berlin, Germany' }],
      remoteScopes: ['EU', 'WORLD'],
    });
    expect(personAreas(prefs, profileWith()).sort()).toEqual(['DE', 'EU', 'IN']);
  });

  it("falls back to the resume's location when the preferences give none", () => {
    const profile = profileWith({ location: { raw: 'Toronto, ON, Canada' } });
    expect(personAreas(prefsWith({ remoteScopes: ['WORLD'] }), profile)).toEqual(['CA']);
    expect(personAreas(prefsWith(), profileWith())).toEqual([]);
  });

  it('keeps companies hiring where the person can work, worldwide, or with unknown regions', () => {
    expect(regionsFit(co('In', ['IN']), ['IN'])).toBe(true);
    expect(regionsFit(co('World', ['US', 'WORLD']), ['IN'])).toBe(true);
    expect(regionsFit(co('Unknown'), ['IN'])).toBe(true);
    expect(regionsFit(co('Unknown', []), ['IN'])).toBe(true);
    expect(regionsFit(co('US only', ['US', 'CA']), ['IN'])).toBe(false);
    expect(regionsFit(co('Berlin', ['DE']), ['EU'])).toBe(true);
    expect(regionsFit(co('EU wide', ['EU']), ['FR'])).toBe(true);
    expect(regionsFit(co('EU wide', ['EU']), ['IN'])).toBe(false);
    expect(regionsFit(co('Anyone', ['US']), [])).toBe(true);
  });

  it('filters a list in its original order', () => {
    const list = [
      co('Alpha', ['IN']),
      co('Beta', ['US']),
      co('Gamma', ['WORLD'], ['crypto']),
      co('Delta'),
      co('Epsilon', ['GB', 'IN']),
      co('Zeta', ['IN']),
    ];
    const prefs = prefsWith({
      locations: [{ raw: 'Bengaluru, India', city: 'Bengaluru', country: 'IN' }],
      excludedCompanies: ['zeta'],
      excludedIndustries: ['web3'],
    });
    expect(filterCompanies(list, prefs, profileWith()).map((c) => c.name)).toEqual(['Alpha', 'Delta', 'Epsilon']);
  });
});
