import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The browser script's file, beside this module in the sources and in dist/ (tools/scripts/build.mjs copies it). */
export const SHORTLIST_CONTROLS_FILE = join(__dirname, 'shortlist-controls.browser.js');

let script: string | undefined;

/**
 * The text of the search/sort/filter script (shortlist-controls.browser.js, whose header is the contract
 * a page follows), read once. Pages inline it, or serve it, as it is.
 */
export function shortlistControlsScript(): string {
  script ??= readFileSync(SHORTLIST_CONTROLS_FILE, 'utf8');
  return script;
}

/** The CSP source that allows exactly this inline script: `'sha256-…'` of its text. */
export function scriptHashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
