import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const REGISTRY_RELATIVE_PATH = join('data', 'registry', 'companies.yaml');

/**
 * The curated registry, found by walking up from `startDir` (this module's folder by
 * default) so it resolves both from sources and from a compiled dist/ tree.
 */
export function findRegistryPath(startDir: string = __dirname): string | null {
  let dir = startDir;
  for (;;) {
    const candidate = join(dir, REGISTRY_RELATIVE_PATH);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
