// Pieces both market generators (the demo market and the evaluation market) share.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ashbyJob, greenhouseJob, leverJob } from './ats.mjs';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** `--out DIR` from the command line, else the given folder under the repository root. */
export function outDirFromArgs(defaultRelative) {
  const outArg = process.argv.indexOf('--out');
  return resolve(outArg > 0 ? process.argv[outArg + 1] : join(REPO_ROOT, defaultRelative));
}

/** Picks a value from `[value, weight]` pairs with the seeded generator. */
export function weighted(rng, pairs) {
  const total = pairs.reduce((n, [, w]) => n + w, 0);
  let r = rng.next() * total;
  for (const [v, w] of pairs) if ((r -= w) < 0) return v;
  return pairs[pairs.length - 1][0];
}

/** Renders a job spec in each ATS's real API shape. */
export const RENDER = { greenhouse: greenhouseJob, lever: leverJob, ashby: ashbyJob };

/** The board's file in the snapshot layout (contract §4). */
export function snapshotPath(company) {
  switch (company.ats) {
    case 'greenhouse':
      return `boards-api.greenhouse.io/v1/boards/${company.board}/jobs.json`;
    case 'lever':
      return `api.lever.co/v0/postings/${company.board}.json`;
    case 'ashby':
      return `api.ashbyhq.com/posting-api/job-board/${encodeURIComponent(company.board)}.json`;
    default:
      throw new Error(company.ats);
  }
}
