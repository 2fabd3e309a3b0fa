import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildOccupationCatalog, type OccupationCatalog, type OccupationData } from './occupation-catalog';

/** The repository's occupations file, for tests that judge the real catalog. */
export const OCCUPATIONS_FILE = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  '..',
  'data',
  'occupations',
  'occupations.yaml',
);

let catalog: OccupationCatalog | undefined;

/** The real catalog, parsed once per test file. */
export function realCatalog(): OccupationCatalog {
  catalog ??= buildOccupationCatalog(parse(readFileSync(OCCUPATIONS_FILE, 'utf8')) as OccupationData);
  return catalog;
}
