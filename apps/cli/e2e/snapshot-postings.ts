import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/**
 * Where each posting of a recorded market says it is, read straight from the snapshot's raw board
 * responses (Greenhouse, Lever, Ashby, and the boards added in issue 14; contract section 4), by the
 * posting's own URL. The e2e tests judge
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

const xml = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => ['position', 'item', 'office', 'tt:location'].includes(name),
});
const joined = (...parts: unknown[]): string => strs(parts).join(', ');

/** Personio `/xml`: offices as written; there is no URL field, the job's page is /job/{id}. */
function personio(text: string, host: string): Array<[string, PostedPlace]> {
  const positions = list(obj(obj(xml.parse(text))['workzag-jobs'])['position']).map(obj);
  return positions.map((p) => {
    // `office` is read as a list wherever it stands (the parser cannot tell the two apart).
    const places = strs([...list(p['office']), ...list(obj(p['additionalOffices'])['office'])]);
    return [`https://${host}/job/${String(p['id'])}`, place(places, undefined)];
  });
}

/** Teamtailor RSS: tt:location city/country (or its name), remoteStatus "fully" for remote. */
function teamtailor(text: string): Array<[string, PostedPlace]> {
  const items = list(obj(obj(obj(xml.parse(text))['rss'])['channel'])['item']).map(obj);
  return items.map((i) => {
    const places = list(obj(i['tt:locations'])['tt:location'])
      .map(obj)
      .map((l) => joined(l['tt:city'], l['tt:country']) || str(l['tt:name']) || '');
    return [String(i['link']), place(strs(places), str(i['remoteStatus']) === 'fully' ? 'remote' : undefined)];
  });
}

/** SuccessFactors `sitemal.xml`: g:location only, no workplace field. */
function successfactors(text: string): Array<[string, PostedPlace]> {
  const items = list(obj(obj(obj(xml.parse(text))['rss'])['channel'])['item']).map(obj);
  return items.map((i) => [String(i['link']), place(strs([i['g:location']]), undefined)]);
}

/** BambooHR `/careers/list`: one place; isRemote or locationType "1" for remote. */
function bamboohr(body: unknown, host: string): Array<[string, PostedPlace]> {
  return list(obj(body)['result']).map((j): [string, PostedPlace] => {
    const job = obj(j);
    const at = obj(job['atsLocation']);
    const remote = job['isRemote'] === true || String(job['locationType']) === '1';
    return [
      `https://${host}/careers/${String(job['id'])}`,
      place(strs([joined(at['city'], at['state'], at['country'])]), remote ? 'remote' : undefined),
    ];
  });
}

/** Zoho Recruit `Job_Openings`: City/State/Country, Remote_Job; unpublished rows are no postings. */
function zohorecruit(body: unknown): Array<[string, PostedPlace]> {
  return list(obj(body)['data'])
    .map(obj)
    .filter((j) => j['Publish'] !== false)
    .map((j) => [
      String(j['$url']),
      place(strs([joined(j['City'], j['State'], j['Country'])]), j['Remote_Job'] === true ? 'remote' : undefined),
    ]);
}

/** Keka embedjobs: jobLocations; the job's page is /careers/jobdetails/{id}. */
function keka(body: unknown, host: string): Array<[string, PostedPlace]> {
  return list(body).map((j): [string, PostedPlace] => {
    const job = obj(j);
    const places = list(job['jobLocations']).map((l) => joined(obj(l)['city'], obj(l)['state'], obj(l)['countryName']));
    return [`https://${host}/careers/jobdetails/${String(job['id'])}`, place(strs(places), undefined)];
  });
}

/** Rippling's list: a row per work location, all of one job's rows under its uuid. */
function rippling(body: unknown, slug: string): Array<[string, PostedPlace]> {
  const byUuid = new Map<string, string[]>();
  for (const row of list(body).map(obj)) {
    const uuid = String(row['uuid']);
    byUuid.set(uuid, [...(byUuid.get(uuid) ?? []), ...strs([obj(row['workLocation'])['label']])]);
  }
  return [...byUuid].map(([uuid, places]) => [
    `https://ats.rippling.com/${slug}/jobs/${uuid}`,
    place(places, undefined),
  ]);
}

/** Oracle's requisition list pages: primary and secondary locations, WorkplaceTypeCode. */
function oracle(body: unknown, host: string, site: string): Array<[string, PostedPlace]> {
  return list(obj(body)['items'])
    .flatMap((i) => list(obj(i)['requisitionList']))
    .map(obj)
    .map((r) => {
      const places = strs([r['PrimaryLocation'], ...list(r['secondaryLocations']).map((l) => obj(l)['Name'])]);
      const remote = str(r['WorkplaceTypeCode']) === 'ORA_REMOTE' ? 'remote' : undefined;
      return [
        `https://${host}/hcmUI/CandidateExperience/en/sites/${site}/job/${String(r['Id'])}`,
        place(places, remote),
      ];
    });
}

/** Gem `job_posts`: location names and offices, location_type. */
function gem(body: unknown): Array<[string, PostedPlace]> {
  return list(body).map((j): [string, PostedPlace] => {
    const job = obj(j);
    const names = strs([obj(job['location'])['name']]).flatMap((p) => p.split(';').map((s) => s.trim()));
    const offices = list(job['offices']).map((o) => obj(obj(o)['location'])['name']);
    return [String(job['absolute_url']), place([...names, ...strs(offices)], str(job['location_type']))];
  });
}

/** The boards added in issue 14, by where their files lie in the snapshot (host and path). */
const ADDED: Array<[RegExp, (text: string, m: RegExpExecArray) => Array<[string, PostedPlace]>]> = [
  [/^([^/]+\.jobs\.personio\.(?:de|com))\/xml\.json$/, (t, m) => personio(t, m[1] as string)],
  [/^[^/]+\.teamtailor\.com\/jobs\.rss\.json$/, (t) => teamtailor(t)],
  [/^[^/]+\/sitemal\.xml\.json$/, (t) => successfactors(t)],
  [/^([^/]+\.bamboohr\.com)\/careers\/list\.json$/, (t, m) => bamboohr(JSON.parse(t), m[1] as string)],
  [/^[^/]+\.zohorecruit\.[a-z]+\/recruit\/v2\/public\/Job_Openings\.json$/, (t) => zohorecruit(JSON.parse(t))],
  [
    /^([^/]+\.keka\.com)\/careers\/api\/embedjobs\/[^/]+\/active\/[^/]+\.json$/,
    (t, m) => keka(JSON.parse(t), m[1] as string),
  ],
  [
    /^api\.rippling\.com\/platform\/api\/ats\/v1\/board\/([^/]+)\/jobs\.json$/,
    (t, m) => rippling(JSON.parse(t), m[1] as string),
  ],
  [
    /^([^/]+)\/hcmRestApi\/resources\/latest\/recruitingCEJobRequisitions\/([^/]+)\/[^/]+\.json$/,
    (t, m) => oracle(JSON.parse(t), m[1] as string, m[2] as string),
  ],
  [/^api\.gem\.com\/job_board\/v0\/[^/]+\/job_posts\.json$/, (t) => gem(JSON.parse(t))],
];

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Every posting of the snapshot's board responses, by its URL. */
export function snapshotPostings(snapshotDir: string): Map<string, PostedPlace> {
  const postings = new Map<string, PostedPlace>();
  for (const [host, read] of Object.entries(READERS)) {
    const root = path.join(snapshotDir, host);
    if (!fs.existsSync(root)) continue;
    for (const file of filesUnder(root).filter((f) => f.endsWith('.json'))) {
      for (const [url, where] of read(JSON.parse(fs.readFileSync(file, 'utf8')))) postings.set(url, where);
    }
  }
  if (!fs.existsSync(snapshotDir)) return postings;
  for (const file of filesUnder(snapshotDir)) {
    const relative = path.relative(snapshotDir, file).split(path.sep).join('/');
    for (const [pattern, read] of ADDED) {
      const m = pattern.exec(relative);
      if (!m) continue;
      for (const [url, where] of read(fs.readFileSync(file, 'utf8'), m)) postings.set(url, where);
      break;
    }
  }
  return postings;
}
