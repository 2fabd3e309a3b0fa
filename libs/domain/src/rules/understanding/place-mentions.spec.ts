import { canonicalIndustry } from './industries';
import { findPlacesInText } from './place-mentions';

describe('findPlacesInText', () => {
  const names = (text: string) => findPlacesInText(text).map((m) => m.place.city ?? m.place.country ?? m.place.region);

  it('finds cities, countries and regions by name and alias', () => {
    expect(names('Bangalore or remote within India, maybe Zürich, the UK or EMEA')).toEqual([
      'Bengaluru',
      'IN',
      'Zurich',
      'GB',
      'EMEA',
    ]);
  });

  it('ignores short codes that are words and everyday words in lower case', () => {
    expect(names('I am in it for the reading and a nice team')).toEqual([]);
    expect(names('Reading, UK')).toEqual(['Reading', 'GB']);
  });

  it('reads short city names written like names', () => {
    expect(names('Hyderabad or Pune, maybe Rome or Oslo')).toEqual(['Hyderabad', 'Pune', 'Rome', 'Oslo']);
    expect(names('a mass of pune')).toEqual([]);
  });

  it('leaves worldwide words to the remote rules', () => {
    expect(names('remote anywhere, worldwide')).toEqual([]);
  });
});

describe('canonicalIndustry', () => {
  it.each([
    ['web3', 'crypto'],
    ['Blockchain', 'crypto'],
    ['betting', 'gambling'],
    ['defence', 'defense'],
    ['fintech', 'fintech'],
    ['recruitment agencies', 'staffing'],
    ['devtools', null],
  ])('%s → %s', (term, industry) => {
    expect(canonicalIndustry(term)).toBe(industry);
  });
});
