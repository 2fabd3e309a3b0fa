/**
 * 'Main city|ISO2|other cities of its commuting area…'. The main city's names ("NYC", "Bay Area",
 * "Delhi NCR", "GTA", "Greater London") stand for the whole area: a wish for it takes in jobs in the
 * other cities, and a job labelled with it suits someone who named one of them. Two other cities of
 * one area stay distinct (Oakland is not San Jose). Every city here has a row in CITY_ROWS.
 */
export const METRO_ROWS: string[] = [
  'San Francisco|US|San Jose|Oakland|Berkeley|Palo Alto|Mountain View|Menlo Park|Sunnyvale|Cupertino|Santa Clara|Redwood City|San Mateo|Los Gatos|Stanford|Fremont|Emeryville|South San Francisco|Foster City|Burlingame|Milpitas|Pleasanton|San Carlos',
  'New York|US|Jersey City|Hoboken|Newark|Stamford|White Plains',
  'Los Angeles|US|Santa Monica|Pasadena|Irvine|Burbank|Culver City|El Segundo|Playa Vista|Long Beach|Torrance|Costa Mesa|Newport Beach',
  'Seattle|US|Bellevue|Redmond|Kirkland|Bothell|Renton|Tacoma',
  'Boston|US|Cambridge|Somerville|Waltham|Woburn|Watertown',
  'Washington|US|Arlington|Reston|McLean|Bethesda',
  'Dallas|US|Plano|Irving|Richardson',
  'Chicago|US|Evanston',
  'Atlanta|US|Alpharetta',
  'Toronto|CA|Mississauga|Markham|Brampton|Vaughan|Oakville',
  'London|GB|Watford|Slough',
  'Frankfurt|DE|Offenbach|Eschborn|Darmstadt|Wiesbaden|Mainz',
  'Paris|FR|Boulogne-Billancourt|Issy-les-Moulineaux',
  'Amsterdam|NL|Amstelveen|Hoofddorp',
  'Delhi|IN|Gurugram|Noida|Faridabad|Ghaziabad',
  'Mumbai|IN|Navi Mumbai|Thane',
  'Tel Aviv|IL|Herzliya|Ramat Gan|Petah Tikva',
  'Sydney|AU|North Sydney|Parramatta',
];
