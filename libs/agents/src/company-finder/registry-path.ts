import { join } from 'node:path';
import { findAbove } from '@job-hunter/domain';

export const REGISTRY_RELATIVE_PATH = join('data', 'registry', 'companies.yaml');

/** The curated registry, found above `startDir` (this module's folder by default). */
export function findRegistryPath(startDir: string = __dirname): string | null {
  return findAbove(REGISTRY_RELATIVE_PATH, startDir);
}
