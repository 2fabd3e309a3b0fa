import type { Company } from '@job-hunter/domain';
import { companyNameKey, notYetSearched, rankByTier } from './company-tiers';

const co = (name: string, careersUrl: string, tier?: Company['tier']): Company => ({ name, careersUrl, tier });

describe('company tiers', () => {
  it('ranks file, then curated (also when untiered), then suggested, keeping order within a tier', () => {
    const ranked = rankByTier([
      co('S1', 'https://jobs.lever.co/s1', 'suggested'),
      co('C1', 'https://jobs.lever.co/c1', 'curated'),
      co('S2', 'https://jobs.lever.co/s2', 'suggested'),
      co('U', 'https://jobs.lever.co/u'),
      co('F', 'https://jobs.lever.co/f', 'file'),
      co('C2', 'https://jobs.lever.co/c2', 'curated'),
    ]);
    expect(ranked.map((c) => c.name)).toEqual(['F', 'C1', 'U', 'C2', 'S1', 'S2']);
  });

  it('compares names without case, spaces or punctuation', () => {
    expect(companyNameKey('Grafana Labs')).toBe(companyNameKey('grafana-labs'));
    expect(companyNameKey('Zoë & Co.')).toBe('zoëco');
  });

  it('leaves out companies already searched by name or by board, and duplicates among the candidates', () => {
    const searched = [
      co('Acme', 'https://boards.greenhouse.io/acme'),
      co('Nimbus Data', 'https://jobs.lever.co/nimbus'),
    ];
    const candidates = [
      co('ACME', 'https://jobs.ashbyhq.com/other'),
      co('Nimbus (Suggested)', 'https://jobs.lever.co/Nimbus'),
      co('Orbit', 'https://job-boards.greenhouse.io/orbit'),
      co('Orbit Labs', 'https://boards.greenhouse.io/orbit'),
      co('Fresh', 'https://apply.workable.com/fresh'),
    ];
    expect(notYetSearched(candidates, searched).map((c) => c.name)).toEqual(['Orbit', 'Fresh']);
  });
});
