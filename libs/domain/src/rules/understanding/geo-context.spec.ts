import { readWorldData } from './geo-world-data';
import { findPlacesInText } from './place-mentions';

/** [city or state, state of the city, country] of each place found. */
const found = (text: string) =>
  findPlacesInText(text).map((m) => [
    m.place.city ?? m.place.region ?? null,
    m.place.city ? (m.place.region ?? null) : null,
    m.place.country ?? null,
  ]);
const cities = (text: string) =>
  findPlacesInText(text)
    .filter((m) => m.place.city)
    .map((m) => [m.place.city, m.place.country]);

describe('small towns (GeoNames 15k+)', () => {
  it.each([
    [
      'Open to Kristianstad or Lund',
      [
        ['Kristianstad', 'SE'],
        ['Lund', 'SE'],
      ],
    ],
    [
      'Happy in Mechelen, Aalst or Lier',
      [
        ['Mechelen', 'BE'],
        ['Aalst', 'BE'],
        ['Lier', 'BE'],
      ],
    ],
    [
      'Looking around Kalamazoo and Battle Creek',
      [
        ['Kalamazoo', 'US'],
        ['Battle Creek', 'US'],
      ],
    ],
    ['I live near Chilliwack', [['Chilliwack', 'CA']]],
    [
      'Nha Trang or Da Lat would be lovely',
      [
        ['Nha Trang', 'VN'],
        ['Da Lat', 'VN'],
      ],
    ],
  ])('%p', (text, want) => {
    expect(cities(text)).toEqual(want);
  });

  it('reads a small town only where the text writes a place', () => {
    expect(cities('Moving to Westerville next year')).toEqual([['Westerville', 'US']]);
    expect(cities('Mechelen or Leuven')).toEqual([
      ['Mechelen', 'BE'],
      ['Leuven', 'BE'],
    ]);
    // A company, an investor, a person or a tool that shares a small town's name.
    expect(cities('As a Metallurgist at Mariana Minerals, you will')).toEqual([]);
    expect(cities('backed by Bessemer Venture Partners')).toEqual([]);
    expect(cities('"Startup equals growth" - Paul Graham.')).toEqual([]);
    expect(cities('tools such as Midjourney, Runway, Sora, ChatGPT')).toEqual([]);
  });

  it('does not read "X" as the small "X City"', () => {
    expect(cities('Location in Central or Eastern US time zones')).toEqual([]);
    expect(cities('Foster a culture of ownership')).toEqual([]);
  });

  it('reads a state written after a city, even a code ending a sentence', () => {
    expect(found('Behavior technician in Ashland, OH. Homes in Ashland.')).toEqual([
      ['Ashland', 'Ohio', 'US'],
      ['Ashland', 'Ohio', 'US'],
    ]);
    expect(found('Portland, ME or Bangor')[0]).toEqual(['Portland', 'Maine', 'US']);
    expect(found('Technician – Alma, Michigan')[0]).toEqual(['Alma', 'Michigan', 'US']);
    expect(found('Seattle, Austin, Indianapolis, LA, Boston')[2]).toEqual(['Indianapolis', 'Indiana', 'US']);
  });

  it('does not take a town named like a state for the state', () => {
    expect(found('Remote within Oregon')).toEqual([['Oregon', null, 'US']]);
  });

  it('reads a three-letter town written as a name, not a word', () => {
    expect(cities('Stuttgart or Ulm')).toEqual([
      ['Stuttgart', 'DE'],
      ['Ulm', 'DE'],
    ]);
    expect(cities('Zug preferred')).toEqual([['Zug', 'CH']]);
    expect(cities('The Ice team and a Bar tab')).toEqual([]);
  });

  it('does not read a month as the town of that name', () => {
    expect(cities("Hamburg — I'm moving there in March")).toEqual([['Hamburg', 'DE']]);
  });

  it('keeps small towns out of everyday words and mid-size file sizes', () => {
    expect(cities('I work in sales and marketing at a bay area startup')).toEqual([['San Francisco', 'US']]);
    const { cities: rows } = readWorldData();
    expect(rows.length).toBeLessThan(40000);
  });
});

describe('a shared name means the namesake the other places point to', () => {
  it.each([
    ['London, ON or Kitchener', 'London', 'CA'],
    ['Boston or London', 'Boston', 'US'],
    ['Boston or London', 'London', 'GB'],
    ['Regina or Brandon', 'Brandon', 'CA'],
    ['Sunderland or Durham', 'Durham', 'GB'],
    ['London or Manchester', 'London', 'GB'],
    ['Perth or Sydney', 'Perth', 'AU'],
    ['Karachi or Hyderabad', 'Hyderabad', 'PK'],
    ['Pune or Hyderabad', 'Hyderabad', 'IN'],
    ['Valparaíso or Santiago', 'Santiago', 'CL'],
    ['Halifax or Moncton', 'Halifax', 'CA'],
    ['Leeds or Halifax', 'Halifax', 'GB'],
  ])('%p → %s in %s', (text, city, country) => {
    expect(cities(text)).toContainEqual([city, country]);
  });

  it('prefers the state the other cities share', () => {
    expect(found('Columbus, Dublin or Westerville')).toEqual([
      ['Columbus', 'Ohio', 'US'],
      ['Dublin', 'Ohio', 'US'],
      ['Westerville', 'Ohio', 'US'],
    ]);
    expect(found('Dublin, Ohio')[0]).toEqual(['Dublin', 'Ohio', 'US']);
  });

  it('keeps the first namesake when the other places disagree or say nothing', () => {
    expect(cities('offices in London, Toronto and New York')[0]).toEqual(['London', 'GB']);
    expect(cities('Paris or London')).toEqual([
      ['Paris', 'FR'],
      ['London', 'GB'],
    ]);
    expect(cities('Dublin')).toEqual([['Dublin', 'IE']]);
  });

  it('does not move a big city to a small namesake for a country named in passing', () => {
    expect(cities('Based in Lima, remote only (LATAM or US time zones)')).toEqual([['Lima', 'PE']]);
  });

  it('reads a state name as the town abroad its other places point to', () => {
    expect(cities('Vancouver or Victoria')).toEqual([
      ['Vancouver', 'CA'],
      ['Victoria', 'CA'],
    ]);
    expect(found('Melbourne or Victoria')[1]).toEqual(['Victoria', null, 'AU']);
  });

  it('reads a state sharing a country name as the country among countries', () => {
    expect(found('Georgia or Armenia')).toEqual([
      [null, null, 'GE'],
      [null, null, 'AM'],
    ]);
    expect(found('Atlanta, Georgia')[1]).toEqual(['Georgia', null, 'US']);
  });

  it('reads a country alias as a town when the text points to the town', () => {
    expect(found('Holland, Michigan')[0]).toEqual(['Holland', 'Michigan', 'US']);
    expect(found('Holland or Belgium')).toEqual([
      [null, null, 'NL'],
      [null, null, 'BE'],
    ]);
  });
});

describe('names as people write them, printed in English', () => {
  it.each([
    ['Sevilla', 'Seville', 'ES'],
    ['İzmir', 'Izmir', 'TR'],
    ['Antwerpen', 'Antwerp', 'BE'],
    ['Gent', 'Ghent', 'BE'],
    ['Nürnberg', 'Nuremberg', 'DE'],
    ['Luzern', 'Lucerne', 'CH'],
    ['Łódź', 'Lodz', 'PL'],
    ['Wrocław', 'Wroclaw', 'PL'],
    ['Napoli', 'Naples', 'IT'],
    ['Firenze', 'Florence', 'IT'],
    ['Beograd', 'Belgrade', 'RS'],
    ['Moskva', 'Moscow', 'RU'],
  ])('%p → %s', (written, city, country) => {
    expect(cities(`Happy to work in ${written}`)).toEqual([[city, country]]);
  });

  it('finds Irish cities GeoNames names in Irish', () => {
    expect(cities('Galway onsite, Limerick hybrid')).toEqual([
      ['Galway', 'IE'],
      ['Limerick', 'IE'],
    ]);
  });

  it('reads city abbreviations people use locally', () => {
    expect(cities('KL or Penang')).toContainEqual(['Kuala Lumpur', 'MY']);
    expect(cities('GDL or CDMX')).toEqual([
      ['Guadalajara', 'MX'],
      ['Mexico City', 'MX'],
    ]);
    expect(cities('HCMC, BKK or JKT')).toEqual([
      ['Ho Chi Minh City', 'VN'],
      ['Bangkok', 'TH'],
      ['Jakarta', 'ID'],
    ]);
    expect(cities('JHB or DXB')).toEqual([
      ['Johannesburg', 'ZA'],
      ['Dubai', 'AE'],
    ]);
  });
});
