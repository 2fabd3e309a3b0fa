import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  findAbove,
  JobHunterError,
  buildOccupationCatalog,
  type OccupationCatalog,
  type OccupationData,
} from '@job-hunter/domain';

export const OCCUPATIONS_RELATIVE_PATH = join('data', 'occupations', 'occupations.yaml');

/** The occupations data file, found above `startDir` (this module's folder by default). */
export function findOccupationsPath(startDir: string = __dirname): string | null {
  return findAbove(OCCUPATIONS_RELATIVE_PATH, startDir);
}

let cached: { path: string; catalog: OccupationCatalog } | undefined;

/** The occupation catalog, read once per process (it is the same data for every run). */
export function loadOccupationCatalog(path: string | null = findOccupationsPath()): OccupationCatalog {
  if (!path) {
    throw new JobHunterError(
      'INTERNAL',
      `The occupations file ${OCCUPATIONS_RELATIVE_PATH} was not found above ${__dirname}: ` +
        'run Job Hunter from a complete checkout (the data/ folder ships with it).',
    );
  }
  if (cached?.path === path) return cached.catalog;
  const data = parse(readFileSync(path, 'utf8')) as OccupationData;
  const catalog = buildOccupationCatalog(data);
  cached = { path, catalog };
  return catalog;
}
