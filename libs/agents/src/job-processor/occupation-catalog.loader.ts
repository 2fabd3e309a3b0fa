import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/**
 * The same data as JSON, written by the build beside its output: parsing the YAML takes about a third
 * of a second, JSON a millisecond. It names the hash of the YAML it came from, so an edited YAML is
 * read afresh until the next build.
 */
export const COMPILED_OCCUPATIONS_RELATIVE_PATH = join('dist', 'data', 'occupations.json');

interface CompiledOccupations {
  sha256: string;
  data: OccupationData;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function compiledCopy(yamlPath: string, hash: string): OccupationData | undefined {
  const path = findAbove(COMPILED_OCCUPATIONS_RELATIVE_PATH, dirname(yamlPath));
  if (!path) return undefined;
  try {
    const compiled = JSON.parse(readFileSync(path, 'utf8')) as Partial<CompiledOccupations>;
    return compiled.sha256 === hash ? compiled.data : undefined;
  } catch {
    return undefined; // unreadable or half-written: the YAML is the source anyway
  }
}

function readOccupations(path: string): OccupationData {
  const text = readFileSync(path, 'utf8');
  return compiledCopy(path, sha256(text)) ?? (parse(text) as OccupationData);
}

/** Writes the compiled copy for the build (`distDir` is the checkout's dist/); returns its path. */
export function writeCompiledOccupations(distDir: string, path: string | null = findOccupationsPath()): string {
  if (!path) throw new JobHunterError('INTERNAL', `The occupations file ${OCCUPATIONS_RELATIVE_PATH} was not found.`);
  const text = readFileSync(path, 'utf8');
  const out = join(distDir, 'data', 'occupations.json');
  mkdirSync(dirname(out), { recursive: true });
  const compiled: CompiledOccupations = { sha256: sha256(text), data: parse(text) as OccupationData };
  writeFileSync(out, JSON.stringify(compiled));
  return out;
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
  const catalog = buildOccupationCatalog(readOccupations(path));
  cached = { path, catalog };
  return catalog;
}
