import { CITY_ROWS } from './geo-cities';
import { COUNTRY_ROWS, REGION_ROWS } from './geo-countries';
import { METRO_ROWS } from './geo-metros';
import { SUBDIVISION_ROWS } from './geo-subdivisions';
import { readWorldData } from './geo-world-data';

export interface CityEntry {
  city: string;
  country: string;
  region?: string;
  /** Inhabitants (GeoNames); absent for the few hand-written rows GeoNames has no city for. */
  population?: number;
}

/** A city inside a main city's commuting area, and the states a place written with it may name. */
export interface MetroMember {
  core: string;
  regions: string[];
}

export interface SubdivisionEntry {
  name: string;
  country: string;
}

/** Lookup tables built once from the gazetteer rows. Keys are `geoKey`-normalised. */
export interface GeoIndex {
  countryByName: Map<string, string>;
  /** ISO2/ISO3 code (upper-case, as written) → ISO2. */
  countryByCode: Map<string, string>;
  countryNames: Map<string, string>;
  regionByName: Map<string, string>;
  regionLabels: Map<string, string>;
  subdivisionByName: Map<string, SubdivisionEntry>;
  /** `${ISO2}:${CODE}` → subdivision. */
  subdivisionByCode: Map<string, SubdivisionEntry>;
  citiesByName: Map<string, CityEntry[]>;
  /** `${ISO2}:${city key}` → the main city of the area it belongs to. */
  metroOf: Map<string, MetroMember>;
  /**
   * Names known only from the generated world tables (not the hand-written ones): a text must write
   * them capitalised, since many are also words ("Van", "Sale", "Oral").
   */
  worldOnlyNames: Set<string>;
  /** World-only names that are also common English words ("Enterprise", "Surprise", "Normal"). */
  everydayNames: Set<string>;
  /**
   * World cities whose name the hand tables give to a state or province (Victoria, BC under the
   * Australian state): read as the city only when the text names its country.
   */
  shadowedCities: Map<string, CityEntry[]>;
  /** Every `geoKey` name above (countries, regions, subdivisions, cities) with its word count. */
  namesByKey: Map<string, number>;
  /** The most words any name has: the longest n-gram worth looking up. */
  maxNameWords: number;
}

/** Lower-case, accents folded, punctuation-insensitive key ("Zürich" = "zurich", "U.S.A." = "usa"). */
// Letters that do not decompose into a base letter and a mark ("Łódź", "Đà Nẵng", "Tromsø", "Iğdır").
const UNDECOMPOSED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ı: 'i' };

export function geoKey(s: string): string {
  // Plain ASCII (most names and texts) needs no Unicode decomposition: the index is built from ~50k names.
  const ascii = /^[\x20-\x7e]*$/.test(s);
  const folded = ascii
    ? s.toLowerCase()
    : s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[łøđðı]/g, (ch) => UNDECOMPOSED[ch] ?? ch);
  return folded
    .replace(/[.']/g, '')
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

function addOnce<V>(map: Map<string, V>, key: string, value: V): void {
  if (key && !map.has(key)) map.set(key, value);
}

function build(): GeoIndex {
  const index: GeoIndex = {
    countryByName: new Map(),
    countryByCode: new Map(),
    countryNames: new Map(),
    regionByName: new Map(),
    regionLabels: new Map(),
    subdivisionByName: new Map(),
    subdivisionByCode: new Map(),
    citiesByName: new Map(),
    metroOf: new Map(),
    worldOnlyNames: new Set(),
    everydayNames: new Set(),
    shadowedCities: new Map(),
    namesByKey: new Map(),
    maxNameWords: 1,
  };
  for (const row of COUNTRY_ROWS) {
    const [iso2 = '', iso3 = '', name = '', ...aliases] = row.split('|');
    index.countryNames.set(iso2, name);
    index.countryByCode.set(iso2, iso2);
    index.countryByCode.set(iso3, iso2);
    for (const n of [name, ...aliases]) addOnce(index.countryByName, geoKey(n), iso2);
  }
  for (const row of REGION_ROWS) {
    const [code = '', label = '', ...aliases] = row.split('|');
    index.regionLabels.set(code, label);
    for (const n of [label, ...aliases]) addOnce(index.regionByName, geoKey(n), code);
  }
  for (const row of SUBDIVISION_ROWS) {
    const [country = '', name = '', code = '', ...aliases] = row.split('|');
    const entry = { name, country };
    for (const n of [name, ...aliases]) addOnce(index.subdivisionByName, geoKey(n), entry);
    if (name.endsWith(' State')) addOnce(index.subdivisionByName, geoKey(name.slice(0, -6)), entry);
    addOnce(index.subdivisionByCode, `${country}:${code}`, entry);
  }
  for (const row of CITY_ROWS) {
    const [city = '', country = '', region = '', ...aliases] = row.split('|');
    const entry: CityEntry = region ? { city, country, region } : { city, country };
    for (const n of [city, ...aliases]) {
      const key = geoKey(n);
      const list = index.citiesByName.get(key) ?? [];
      list.push(entry);
      index.citiesByName.set(key, list);
    }
  }
  addWorld(index);
  for (const row of METRO_ROWS) {
    const [core = '', country = '', ...members] = row.split('|');
    const regionOf = (city: string) => index.citiesByName.get(geoKey(city))?.find((c) => c.country === country)?.region;
    for (const member of members) {
      const regions = [regionOf(member), regionOf(core)].filter((r): r is string => !!r);
      index.metroOf.set(`${country}:${geoKey(member)}`, { core, regions });
    }
  }
  for (const map of [index.countryByName, index.regionByName, index.subdivisionByName, index.citiesByName]) {
    for (const key of map.keys()) {
      const words = key.split(' ').length;
      index.namesByKey.set(key, words);
      index.maxNameWords = Math.max(index.maxNameWords, words);
    }
  }
  return index;
}

/** "X City" is also "X" only for cities this big (Cebu City, Quezon City). */
const SHORT_FORM_POPULATION = 100_000;

/**
 * Adds the generated world tables after the hand-written rows, which keep their aliases and their
 * precedence; a generated name never takes over a name the hand tables already give a meaning.
 */
function addWorld(index: GeoIndex): void {
  const world = readWorldData();
  const words = new Set(world.wordNames.map(geoKey));
  const taken = (key: string) =>
    index.countryByName.has(key) || index.regionByName.has(key) || index.subdivisionByName.has(key);
  // Cities before the countries' other names: "Gold Coast" is a city today, an old name of Ghana.
  for (const c of world.cities) {
    const region = c.state ? index.subdivisionByCode.get(`${c.country}:${c.state}`)?.name : undefined;
    const entry: CityEntry = { city: c.name, country: c.country, population: c.population };
    // The printed name first: a local spelling ("Sevilla") then finds a hand row of the English one.
    const keys = [c.name, ...c.otherNames].map(geoKey);
    const hand = keys
      .map((key) =>
        index.citiesByName
          .get(key)
          ?.find((e) => e.country === c.country && (!e.region || !region || e.region === region)),
      )
      .find(Boolean);
    if (hand) hand.population ??= c.population; // a hand row learns its size, to weigh it against namesakes
    for (const key of keys) addWorldCity(index, words, key, hand ?? (region ? { ...entry, region } : entry));
  }
  for (const c of world.countries) {
    if (!index.countryNames.has(c.iso2)) index.countryNames.set(c.iso2, c.name);
    addOnce(index.countryByCode, c.iso2, c.iso2);
    addOnce(index.countryByCode, c.iso3, c.iso2);
    for (const n of [c.name, ...c.aliases]) {
      const key = geoKey(n);
      if (!key || taken(key) || index.citiesByName.has(key)) continue;
      index.countryByName.set(key, c.iso2);
      index.worldOnlyNames.add(key);
      if (words.has(key)) index.everydayNames.add(key);
    }
  }
  // "Cebu" for Cebu City, "Quezon" for Quezon City: the short form, once countries and states have their names.
  for (const c of world.cities) {
    // Only big cities go by the short form: "Foster", "Plant", "Atlantic" are not Foster City, Plant City, Atlantic City.
    if (c.population < SHORT_FORM_POPULATION || !/ City$/.test(c.name)) continue;
    const short = geoKey(c.name.slice(0, -5));
    const entry = index.citiesByName.get(geoKey(c.name))?.find((e) => e.country === c.country);
    if (!entry || short.length < 4 || taken(short) || index.citiesByName.has(short)) continue;
    index.citiesByName.set(short, [entry]);
    index.worldOnlyNames.add(short);
  }
}

/**
 * Files a world city under one of its names, after the hand rows and any bigger namesake of the same
 * country. A name a country goes by ("Holland") or a state ("Victoria") keeps that meaning and the
 * city is kept aside, read only when the text points to its country.
 */
function addWorldCity(index: GeoIndex, words: Set<string>, key: string, entry: CityEntry): void {
  if (!key || index.regionByName.has(key)) return;
  const shadow = index.subdivisionByName.get(key)?.country ?? index.countryByName.get(key);
  // Oregon, Ohio is not told from the state by its country: only a town abroad is kept aside (Victoria, Canada).
  if (shadow === entry.country) return;
  const aside = shadow !== undefined;
  const map = aside ? index.shadowedCities : index.citiesByName;
  const list = map.get(key) ?? [];
  // The hand row or a bigger namesake of the country is it, unless they lie in different states (Portland, Maine).
  if (list.some((e) => e.country === entry.country && (!e.region || !entry.region || e.region === entry.region)))
    return;
  if (list.length === 0 && !aside) index.worldOnlyNames.add(key);
  if (list.length === 0 && !aside && words.has(key)) index.everydayNames.add(key);
  list.push(entry);
  map.set(key, list);
}

let cached: GeoIndex | undefined;

export function geoIndex(): GeoIndex {
  cached ??= build();
  return cached;
}
