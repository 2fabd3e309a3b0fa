import { geoIndex, geoKey } from './geo-index';
import { findGeoNames } from './geo-names';
import { readWorldData } from './geo-world-data';
import { normalisePlace } from './location';
import { findPlacesInText } from './place-mentions';

const found = (text: string) =>
  findPlacesInText(text).map((m) => [m.place.city ?? m.place.region ?? null, m.place.country ?? null]);

describe('world gazetteer (data/geo)', () => {
  it('loads every ISO country and the towns of 15k+ people, most populous first', () => {
    const { countries, cities } = readWorldData();
    expect(countries.length).toBeGreaterThanOrEqual(240);
    expect(cities.length).toBeGreaterThan(20000);
    const pops = cities.map((c) => c.population);
    expect(pops.every((p, i) => i === 0 || p <= (pops[i - 1] ?? Infinity))).toBe(true);
    expect(new Set(countries.map((c) => c.iso2)).size).toBe(countries.length);
  });

  it.each([
    [
      'Gold Coast or Brisbane',
      [
        ['Gold Coast', 'AU'],
        ['Brisbane', 'AU'],
      ],
    ],
    [
      'Ann Arbor, maybe Naperville',
      [
        ['Ann Arbor', 'US'],
        ['Naperville', 'US'],
      ],
    ],
    [
      'Rio de Janeiro or São Paulo',
      [
        ['Rio de Janeiro', 'BR'],
        ['São Paulo', 'BR'],
      ],
    ],
    ['Sao Paulo', [['São Paulo', 'BR']]],
    ['Ho Chi Minh City', [['Ho Chi Minh City', 'VN']]],
    ['Frankfurt am Main', [['Frankfurt', 'DE']]],
    [
      'Christchurch or Bergen',
      [
        ['Christchurch', 'NZ'],
        ['Bergen', 'NO'],
      ],
    ],
  ])('finds the multi-word and accented city names in %p', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reads every country of the world, in its English name and its own', () => {
    expect(found('Senegal, Mongolia or Kyrgyzstan')).toEqual([
      [null, 'SN'],
      [null, 'MN'],
      [null, 'KG'],
    ]);
    expect(normalisePlace('Sverige')).toMatchObject({ country: 'SE' });
    expect(normalisePlace('Accra, GHA')).toMatchObject({ city: 'Accra', country: 'GH' });
  });

  it('means the namesake in a country the text names, else the hand table or the most populous', () => {
    expect(found('Birmingham')).toEqual([['Birmingham', 'GB']]);
    expect(found('Birmingham or anywhere in the United States')).toEqual([
      ['Birmingham', 'US'],
      [null, 'US'],
    ]);
    expect(found('Bergen')).toEqual([['Bergen', 'NO']]);
    expect(found('Victoria, Canada')[0]).toEqual(['Victoria', 'CA']);
    expect(found('Portland')).toEqual([['Portland', 'US']]);
  });

  it.each([
    ['Kingston, Ontario', 'Kingston', 'CA', 'Ontario'],
    ['Richmond, BC', 'Richmond', 'CA', 'British Columbia'],
    ['Paris, Texas', 'Paris', 'US', 'Texas'],
    ['London, Ontario', 'London', 'CA', 'Ontario'],
    ['Birmingham, AL', 'Birmingham', 'US', 'Alabama'],
  ])('normalises the namesake %p in the state written', (text, city, country, region) => {
    expect(normalisePlace(text)).toMatchObject({ city, country, region });
  });

  it('keeps a country code after a city a country, not a state', () => {
    expect(normalisePlace('Hyderabad, IN')).toMatchObject({ city: 'Hyderabad', country: 'IN' });
    expect(normalisePlace('Toronto, CA')).toMatchObject({ city: 'Toronto', country: 'CA' });
    expect(normalisePlace('San Jose, CA')).toMatchObject({ city: 'San Jose', country: 'US', region: 'California' });
  });

  it('needs capitals for names known only from the world table and for everyday words', () => {
    expect(found('van life, a sale, oral exams, I like reading')).toEqual([]);
    expect(found('Mesa or Bello')).toEqual([
      ['Mesa', 'US'],
      ['Bello', 'CO'],
    ]);
    expect(found('mesa')).toEqual([]);
  });

  it('does not read a sentence-opening word as a place unless a place follows', () => {
    expect(found('Independence matters to me. Best would be Berlin.')).toEqual([['Berlin', 'DE']]);
    expect(found('Reading, UK')).toEqual([
      ['Reading', 'GB'],
      [null, 'GB'],
    ]);
  });

  it('reads a city better known as a company only as a place', () => {
    expect(found('No Toyota or Santander, please, and not Emirates')).toEqual([]);
    expect(found('Toyota, Japan')[0]).toEqual(['Toyota', 'JP']);
    expect(found('Santander (Spain)')[0]).toEqual(['Santander', 'ES']);
  });

  it('reads a place that is also an English word or a skill only where it is written as a place', () => {
    expect(found('Enterprise account executive, remote')).toEqual([]);
    expect(found('Enterprise Account Executive roles, open to Surprise, AZ')).toEqual([['Surprise', 'US']]);
    expect(found('a Normal Delta variant, Independence Day')).toEqual([]);
    expect(found('backend (Java/Spring) in Hyderabad')).toEqual([['Hyderabad', 'IN']]);
    expect(found('Spring, TX')).toEqual([['Spring', 'US']]);
    expect(found('Open to Wellington or Auckland')).toEqual([
      ['Wellington', 'NZ'],
      ['Auckland', 'NZ'],
    ]);
  });

  it('reads "X City" by its short name when that names nothing else', () => {
    expect(found("I'm in Cebu")).toEqual([['Cebu City', 'PH']]);
    expect(found('Kansas City or Kansas')[0]).toEqual(['Kansas City', 'US']);
    expect(found('Kansas')[0]).toEqual(['Kansas', 'US']); // the state
  });

  it('keeps the hand-written aliases and metros', () => {
    expect(found('Bangalore, Gurgaon, NYC, Bay Area or the GTA')).toEqual([
      ['Bengaluru', 'IN'],
      ['Gurugram', 'IN'],
      ['New York', 'US'],
      ['San Francisco', 'US'],
      ['Toronto', 'CA'],
    ]);
  });

  it('looks names up by word n-grams, longest first, never across a comma or slash', () => {
    const keys = (text: string) => findGeoNames(text).map((s) => s.key);
    expect(keys('New York, York')).toEqual(['new york', 'york']);
    expect(keys('Paris/Berlin')).toEqual(['paris', 'berlin']);
    expect(keys('Salt Lake, City')).not.toContain('salt lake city');
    expect(geoIndex().maxNameWords).toBeGreaterThanOrEqual(4);
  });

  it('keys each n-gram as geoKey keys its text, ASCII or not', () => {
    const text =
      'St. Louis, Boulogne-Billancourt, São Paulo, ZÜRICH, New\tYork City, U.S.A., Xi’an, Rio de Janeiro, ' +
      'Winston–Salem, Frankfurt am Main, Ho Chi Minh City';
    const spans = findGeoNames(text);
    expect(spans.map((s) => s.key)).toEqual([
      'st louis',
      'boulogne billancourt',
      'sao paulo',
      'zurich',
      'new york city',
      'usa',
      'xi’an',
      'rio de janeiro',
      'salem', // the en dash stays in the key: "winston–salem" is no name
      'frankfurt am main',
      'ho chi minh city',
    ]);
    for (const s of spans) expect(geoKey(text.slice(s.index, s.index + s.length))).toBe(s.key);
  });

  // Speed at size is measured by `npm run bench:market`, not asserted here.
  it('finds every place in a long text', () => {
    const text = 'Software engineer, open to Lisbon or Porto, not Madrid. '.repeat(2000);
    expect(findPlacesInText(text)).toHaveLength(6000);
  });
});
