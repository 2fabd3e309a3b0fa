// Pieces both market generators (the demo market and the evaluation market) share.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ashbyJob, greenhouseJob, leverJob } from './ats.mjs';
import { MORE_RENDER, moreBoardFiles } from './ats-more.mjs';

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
export const RENDER = { greenhouse: greenhouseJob, lever: leverJob, ashby: ashbyJob, ...MORE_RENDER };

/**
 * Every snapshot file of a board, `{ path, body }` (contract §4; path relative to the snapshot
 * directory): one JSON answer for Greenhouse, Lever and Ashby, several for boards read as a list and
 * details, a careers page and its jobs, or pages (ats-more.mjs).
 */
export function boardFiles(company, jobs) {
  switch (company.ats) {
    case 'greenhouse':
      return [{ path: snapshotPath(company), body: JSON.stringify({ jobs, meta: { total: jobs.length } }) }];
    case 'lever':
      return [{ path: snapshotPath(company), body: JSON.stringify(jobs) }];
    case 'ashby':
      return [{ path: snapshotPath(company), body: JSON.stringify({ apiVersion: '1', jobs }) }];
    default:
      return moreBoardFiles(company, jobs);
  }
}

/** The board's file in the snapshot layout (contract §4), for the boards answered in one JSON file. */
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
