import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import {
  JobHunterError,
  buildOccupationCatalog,
  type OccupationCatalog,
  type OccupationData,
} from '@job-hunter/domain';

export const OCCUPATIONS_RELATIVE_PATH = join('data', 'occupations', 'occupations.yaml');

/**
 * The occupations data file, found by walking up from `startDir` (this module's folder by
 * default) so it resolves both from sources and from a compiled dist/ tree.
 */
export function findOccupationsPath(startDir: string = __dirname): string | null {
  for (let dir = startDir; ; dir = dirname(dir)) {
    const candidate = join(dir, OCCUPATIONS_RELATIVE_PATH);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
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
