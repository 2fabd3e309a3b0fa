import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Where each posting of a recorded market says it is, read straight from the snapshot's raw board
 * responses (Greenhouse, Lever, Ashby; contract section 4), by the posting's own URL. The e2e tests judge
 * a shortlisted job by this, not by the product's normalised label, so a misreading cannot vouch for itself.
 */
export interface PostedPlace {
  /** Every place the posting names (primary and secondary locations, offices). */
  places: string[];
  /** The board's workplace field says remote, or a named place is a remote one ("Remote - India"). */
  remote: boolean;
}

type Json = Record<string, unknown>;

const REMOTE_TEXT = /\bremote\b|\banywhere\b/i;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const strs = (vs: unknown[]): string[] => vs.map(str).filter((s): s is string => s !== undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function place(places: string[], workplace: string | undefined): PostedPlace {
  const unique = [...new Set(places)];
  return { places: unique, remote: /remote/i.test(workplace ?? '') || unique.some((p) => REMOTE_TEXT.test(p)) };
}

function greenhouse(body: unknown): Array<[string, PostedPlace]> {
  return list(obj(body)['jobs']).map((j): [string, PostedPlace] => {
    const job = obj(j);
    const offices = list(job['offices']).map((o) => obj(o)['location']);
    const workplace = list(job['metadata'])
      .map(obj)
      .find((m) => /workplace|remote/i.test(str(m['name']) ?? ''));
    const places = strs([obj(job['location'])['name'], ...offices]).flatMap((p) => p.split(';').map((s) => s.trim()));
    return [String(job['absolute_url']), place(places, str(workplace?.['value']))];
  });
}

function lever(body: unknown): Array<[string, PostedPlace]> {
  return list(body).map((j): [string, PostedPlace] => {
    const job = obj(j);
    const categories = obj(job['categories']);
    const places = strs([categories['location'], ...list(categories['allLocations'])]);
    return [String(job['hostedUrl']), place(places, str(job['workplaceType']))];
  });
}

function ashby(body: unknown): Array<[string, PostedPlace]> {
  return list(obj(body)['jobs']).map((j): [string, PostedPlace] => {
    const job = obj(j);
    const secondary = list(job['secondaryLocations']).map((s) => obj(s)['location']);
    return [String(job['jobUrl']), place(strs([job['location'], ...secondary]), str(job['workplaceType']))];
  });
}

const READERS: Record<string, (body: unknown) => Array<[string, PostedPlace]>> = {
  'boards-api.greenhouse.io': greenhouse,
  'api.lever.co': lever,
  'api.ashbyhq.com': ashby,
};

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Every posting of the snapshot's Greenhouse, Lever and Ashby responses, by its URL. */
export function snapshotPostings(snapshotDir: string): Map<string, PostedPlace> {
  const postings = new Map<string, PostedPlace>();
  for (const [host, read] of Object.entries(READERS)) {
    const root = path.join(snapshotDir, host);
    if (!fs.existsSync(root)) continue;
    for (const file of filesUnder(root).filter((f) => f.endsWith('.json'))) {
      for (const [url, where] of read(JSON.parse(fs.readFileSync(file, 'utf8')))) postings.set(url, where);
    }
  }
  return postings;
}
