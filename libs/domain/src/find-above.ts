import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The first `relativePath` that exists in `startDir` or a folder above it, else null. Data files
 * (registry, occupations, geography, demo) ship beside the code, so walking up finds them both from
 * sources and from a compiled dist/ tree.
 */
export function findAbove(relativePath: string, startDir: string): string | null {
  for (let dir = startDir; ; dir = dirname(dir)) {
    const candidate = join(dir, relativePath);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
