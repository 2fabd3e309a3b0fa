import { countryName, labelForPlaces, normalisePlace, placeMatches, regionContains } from './location';

describe('normalisePlace', () => {
  it.each([
    ['Bengaluru', 'Bengaluru', 'IN'],
    ['Bangalore', 'Bengaluru', 'IN'],
    ['BLR', 'Bengaluru', 'IN'],
    ['Gurgaon', 'Gurugram', 'IN'],
    ['Bombay', 'Mumbai', 'IN'],
    ['Madras', 'Chennai', 'IN'],
    ['NYC', 'New York', 'US'],
    ['SF', 'San Francisco', 'US'],
    ['Bay Area', 'San Francisco', 'US'],
    ['München', 'Munich', 'DE'],
    ['Köln', 'Cologne', 'DE'],
    ['Zürich', 'Zurich', 'CH'],
    ['Zurich, Switzerland', 'Zurich', 'CH'],
    ['Bengaluru, Karnataka, India', 'Bengaluru', 'IN'],
    ['New York, NY', 'New York', 'US'],
    ['San Francisco, CA', 'San Francisco', 'US'],
    ['Toronto, ON', 'Toronto', 'CA'],
    ['Cambridge, UK', 'Cambridge', 'GB'],
    ['Cambridge, MA', 'Cambridge', 'US'],
    ['London UK', 'London', 'GB'],
    ['Gotham, USA', 'Gotham', 'US'],
    ['US-CA-San Jose', 'San Jose', 'US'],
    ['Mexico, Mexico City', 'Mexico City', 'MX'],
    ['Mountain View (HQ)', 'Mountain View', 'US'],
    ['Greater Boston Area', 'Boston', 'US'],
    ['Greater Manchester', 'Manchester', 'GB'],
    ['NYC Metro', 'New York', 'US'],
    ['Jersey City, NJ', 'Jersey City', 'US'],
  ])('%p → %s, %s', (text, city, country) => {
    const p = normalisePlace(text);
    expect(p.city).toBe(city);
    expect(p.country).toBe(country);
    expect(p.raw).toBe(text);
  });

  it.each([
    ['USA', 'US'],
    ['United States', 'US'],
    ['UK', 'GB'],
    ['United Kingdom', 'GB'],
    ['Deutschland', 'DE'],
    ['DEU', 'DE'],
    ['IN', 'IN'],
    ['CA', 'CA'],
    ['India', 'IN'],
  ])('country %p → %s', (text, country) => {
    const p = normalisePlace(text);
    expect(p.country).toBe(country);
    expect(p.city).toBeUndefined();
  });

  it('maps states and provinces to their country', () => {
    expect(normalisePlace('California')).toMatchObject({ region: 'California', country: 'US' });
    expect(normalisePlace('Karnataka, India')).toMatchObject({ region: 'Karnataka', country: 'IN' });
    expect(normalisePlace('Ontario')).toMatchObject({ region: 'Ontario', country: 'CA' });
  });

  it('reads macro-regions as region codes', () => {
    expect(normalisePlace('Europe')).toEqual({ raw: 'Europe', region: 'EUROPE' });
    expect(normalisePlace('EMEA')).toEqual({ raw: 'EMEA', region: 'EMEA' });
  });

  it('does not invent a place from non-place words', () => {
    expect(normalisePlace('Multiple Locations')).toEqual({ raw: 'Multiple Locations' });
    expect(normalisePlace('in the office')).toEqual({ raw: 'in the office' });
  });
});

describe('countryName and regionContains', () => {
  it('names countries and regions', () => {
    expect(countryName('IN')).toBe('India');
    expect(countryName('gb')).toBe('United Kingdom');
    expect(countryName('EMEA')).toBe('EMEA');
    expect(countryName('ZZ')).toBe('ZZ');
  });

  it.each([
    ['EU', 'DE', true],
    ['EU', 'GB', false],
    ['EEA', 'NO', true],
    ['EUROPE', 'GB', true],
    ['EMEA', 'AE', true],
    ['APAC', 'IN', true],
    ['AMER', 'BR', true],
    ['NA', 'US', true],
    ['NA', 'MX', false],
    ['LATAM', 'MX', true],
    ['WORLD', 'KE', true],
    ['US', 'US', true],
    ['APAC', 'US', false],
  ])('%s contains %s: %s', (region, country, expected) => {
    expect(regionContains(region, country)).toBe(expected);
  });
});

describe('placeMatches', () => {
  const p = normalisePlace;
  it('matches the same city across aliases', () => {
    expect(placeMatches(p('Bangalore'), p('Bengaluru, Karnataka, India'))).toBe(true);
    expect(placeMatches(p('London'), p('Bengaluru'))).toBe(false);
  });
  it('matches places inside a wanted country or region', () => {
    expect(placeMatches(p('India'), p('Pune'))).toBe(true);
    expect(placeMatches(p('Europe'), p('Berlin'))).toBe(true);
    expect(placeMatches(p('EMEA'), p('EU'))).toBe(true);
    expect(placeMatches(p('EU'), p('EMEA'))).toBe(false);
    expect(placeMatches(p('California'), p('San Francisco'))).toBe(true);
    expect(placeMatches(p('California'), p('Seattle'))).toBe(false);
  });
  it('does not match a wanted city to a bare country', () => {
    expect(placeMatches(p('Bengaluru'), p('India'))).toBe(false);
  });

  it.each([
    ['SF Bay Area', 'Mountain View, CA'],
    ['Bay Area', 'Oakland, California, United States'],
    ['San Francisco', 'San Jose, CA'],
    ['NYC', 'Jersey City, NJ'],
    ['New York', 'Hoboken, New Jersey'],
    ['Delhi NCR', 'Gurugram, Haryana, India'],
    ['NCR', 'Noida, Uttar Pradesh'],
    ['Greater Boston', 'Cambridge, MA'],
    ['Seattle area', 'Bellevue, WA'],
    ['LA', 'Santa Monica, CA'],
    ['Mumbai', 'Navi Mumbai'],
    ['Greater Toronto Area', 'Mississauga, ON'],
    ['Greater London', 'Watford, UK'],
    ['Rhein-Main', 'Eschborn, Germany'],
  ])('a wish for the area %p takes in %p', (want, have) => {
    expect(placeMatches(p(want), p(have))).toBe(true);
  });

  it.each([
    ['Gurgaon', 'Delhi NCR'],
    ['Mountain View', 'San Francisco Bay Area'],
    ['Jersey City', 'New York City Metropolitan Area'],
    ['Bellevue', 'Greater Seattle Area'],
    ['Thane', 'Mumbai Metropolitan Region'],
  ])('a wish for %p, inside the area, takes in a job labelled %p', (want, have) => {
    expect(placeMatches(p(want), p(have))).toBe(true);
  });

  it.each([
    ['Berlin', 'Munich'],
    ['Oakland', 'San Jose, CA'],
    ['Gurgaon', 'Noida'],
    ['NYC', 'Newark, CA'],
    ['Boston', 'Cambridge, UK'],
    ['London', 'Reading, UK'],
    ['Toronto', 'Waterloo, ON'],
  ])('keeps %p and %p apart', (want, have) => {
    expect(placeMatches(p(want), p(have))).toBe(false);
  });
});

describe('labelForPlaces', () => {
  it('labels the first place and counts the rest', () => {
    expect(labelForPlaces([normalisePlace('Bangalore'), normalisePlace('Pune'), normalisePlace('Hyderabad')])).toBe(
      'Bengaluru, India (+2)',
    );
    expect(labelForPlaces([normalisePlace('Germany')])).toBe('Germany');
    expect(labelForPlaces([normalisePlace('EMEA')])).toBe('EMEA');
    expect(labelForPlaces([])).toBe('');
  });
});
