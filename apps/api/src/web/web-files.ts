import * as fs from 'node:fs';
import * as path from 'node:path';
import { shortlistControlsScript } from '@job-hunter/agents';

/** Where the build puts the web app (tools/scripts/build.mjs): dist/apps/api/web beside dist/apps/api/src. */
export const WEB_DIR = path.resolve(__dirname, '../../web');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * The only headers a browser gets with the pages: scripts and styles from this origin only (no inline
 * script, no handler attribute, no eval), calls to this origin only, no framing, no referrer.
 */
export const WEB_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

export interface WebFile {
  body: Buffer;
  type: string;
}

/**
 * The app's files by URL path, read once: `/` is index.html, everything else is under `/assets/`,
 * with report.html's search/sort/filter script as /assets/shortlist-controls.js (the results page
 * runs the same file). A request can only get a file listed here (no path from the URL reaches the file system).
 */
export function readWebFiles(dir: string): Map<string, WebFile> {
  const files = new Map<string, WebFile>();
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) return files;
  files.set('/', { body: fs.readFileSync(index), type: TYPES['.html'] ?? '' });
  files.set('/assets/shortlist-controls.js', {
    body: Buffer.from(shortlistControlsScript()),
    type: TYPES['.js'] ?? '',
  });
  const assets = path.join(dir, 'assets');
  for (const entry of fs.readdirSync(assets, { recursive: true, withFileTypes: true })) {
    const type = TYPES[path.extname(entry.name)];
    if (!entry.isFile() || !type) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(`/assets/${path.relative(assets, file).split(path.sep).join('/')}`, {
      body: fs.readFileSync(file),
      type,
    });
  }
  return files;
}
