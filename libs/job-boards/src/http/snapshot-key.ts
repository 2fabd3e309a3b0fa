import * as path from 'node:path';
import { JobHunterError } from '@job-hunter/domain';

/**
 * The snapshot file for a URL (contract §4): `DIR/{host}/{path}.json`, the path as written
 * (percent-encoding kept), no query, no body; `key` (a request's snapshotKey) stands in for the
 * path where answers differ only in query or body. Returns null when there is no path to key on.
 */
export function snapshotFile(dir: string, url: URL, key?: string): string | null {
  const trimmed = (key ?? url.pathname).replace(/^\/+|\/+$/g, '');
  if (!trimmed) return null;
  const segments = trimmed.split('/');
  // The URL parser already folds `..`; this also refuses what it leaves behind (`\`, empty or dot segments).
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\')) || /[\\/]|^\.+$/.test(url.host)) {
    throw escapes(url);
  }
  const root = path.resolve(dir);
  const file = path.resolve(root, url.host.toLowerCase(), ...segments) + '.json';
  if (!file.startsWith(root + path.sep)) throw escapes(url);
  return file;
}

function escapes(url: URL): JobHunterError {
  return new JobHunterError(
    'HOST_BLOCKED',
    `The URL ${url.href} does not map to a file inside the snapshot directory; it is refused.`,
  );
}
