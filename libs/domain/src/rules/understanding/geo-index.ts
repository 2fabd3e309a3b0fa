import { CITY_ROWS } from './geo-cities';
import { COUNTRY_ROWS, REGION_ROWS } from './geo-countries';
import { METRO_ROWS } from './geo-metros';
import { SUBDIVISION_ROWS } from './geo-subdivisions';

export interface CityEntry {
  city: string;
  country: string;
  region?: string;
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
}

/** Lower-case, accents folded, punctuation-insensitive key ("Zürich" = "zurich", "U.S.A." = "usa"). */
export function geoKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
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
  for (const row of METRO_ROWS) {
    const [core = '', country = '', ...members] = row.split('|');
    const regionOf = (city: string) => index.citiesByName.get(geoKey(city))?.find((c) => c.country === country)?.region;
    for (const member of members) {
      const regions = [regionOf(member), regionOf(core)].filter((r): r is string => !!r);
      index.metroOf.set(`${country}:${geoKey(member)}`, { core, regions });
    }
  }
  return index;
}

let cached: GeoIndex | undefined;

export function geoIndex(): GeoIndex {
  cached ??= build();
  return cached;
}
