import type { JobBeforeSkills, NormalisedJob, Place } from '../../models/job';
import { canonicalUrl } from './canonical-url';
import { matchKey } from './match-text';

type DedupeFields = Pick<NormalisedJob, 'company' | 'title' | 'places' | 'remote'>;

// Legal suffixes differ between boards for the same employer ("Acme" vs "Acme, Inc.").
const COMPANY_SUFFIXES =
  /(?: (?:inc|incorporated|llc|ltd|limited|plc|gmbh|ag|sa|sas|bv|nv|oy|ab|as|pty|pvt|private|corp|corporation|co|company))+$/;

// Boards decorate the same posting differently: gender tags, requisition ids, abbreviations.
const TITLE_ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bsr\b/g, 'senior'],
  [/\bsnr\b/g, 'senior'],
  [/\bjr\b/g, 'junior'],
  [/\beng\b/g, 'engineer'],
  [/\bdev\b/g, 'developer'],
  [/\bmgr\b/g, 'manager'],
];

export function companyKey(company: string): string {
  return matchKey(company).replace(COMPANY_SUFFIXES, '').trim();
}

function titleKey(title: string): string {
  let t = title
    .replace(/\((?:[mfwdxhi]\s*\/\s*)+[mfwdxhi]\)/gi, ' ')
    .replace(/\b(?:req|job|requisition)\s*(?:id|#|no\.?)?\s*[:#]?\s*[a-z]*-?\d{3,}\b/gi, ' ');
  t = matchKey(t);
  for (const [re, word] of TITLE_ABBREVIATIONS) t = t.replace(re, word);
  return t.replace(/\s+/g, ' ').trim();
}

function placeKey(p: Place | undefined): string {
  if (!p) return '';
  return matchKey(p.city ?? p.region ?? p.country ?? p.raw);
}

function slug(s: string): string {
  return s.replace(/ /g, '-');
}

/**
 * The job's stable id: company + title + primary location, insensitive to case, accents,
 * punctuation and legal suffixes, so a posting cross-listed on two boards gets one id.
 */
export function dedupeKey(job: DedupeFields): string {
  const where = placeKey(job.places[0]) || (job.remote === 'remote' ? 'remote' : 'anywhere');
  return [companyKey(job.company), titleKey(job.title), where].map(slug).join('/');
}

/** The board's own identity of a posting: the same record fetched twice. */
export function exactKey(job: Pick<NormalisedJob, 'ats' | 'company' | 'externalId'>): string {
  return `${job.ats}:${companyKey(job.company)}:${job.externalId.trim().toLowerCase()}`;
}

function completeness(j: JobBeforeSkills): number {
  return (
    (j.salary ? 2 : 0) +
    (j.postedAt ? 2 : 0) +
    (j.places.length ? 1 : 0) +
    (j.remote !== 'unknown' ? 1 : 0) +
    (j.remoteScope.length ? 1 : 0) +
    (j.employmentType ? 0.5 : 0) +
    (j.department ? 0.5 : 0) +
    Math.min(j.description.length, 4000) / 1000
  );
}

function postedTime(j: JobBeforeSkills): number {
  const t = j.postedAt ? Date.parse(j.postedAt) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}

/** True when `b` should replace `a`: more complete, then more recent; ties keep the first seen. */
function isBetter(b: JobBeforeSkills, a: JobBeforeSkills): boolean {
  const diff = completeness(b) - completeness(a);
  if (Math.abs(diff) >= 0.5) return diff > 0;
  return postedTime(b) > postedTime(a);
}

/** The winner, with gaps filled from the loser (a board may give the salary, another the date). */
function merge<J extends JobBeforeSkills>(winner: J, loser: J): J {
  const out: J = { ...winner };
  if (!out.salary && loser.salary) out.salary = loser.salary;
  if (!out.postedAt && loser.postedAt) {
    out.postedAt = loser.postedAt;
    out.dateSource = loser.dateSource;
  }
  if (!out.employmentType && loser.employmentType) out.employmentType = loser.employmentType;
  if (!out.department && loser.department) out.department = loser.department;
  return out;
}

/**
 * Each job's apply-URL identity, or null where the URL names no single posting. The same board
 * listed twice under two names, or one posting carried by two boards, shows up here even when
 * the company names differ; but a URL one board gives to several of its own postings (a careers
 * front page) would merge unrelated jobs, so it is no identity.
 */
function applyUrlKeys(jobs: readonly JobBeforeSkills[]): Array<string | null> {
  const urls = jobs.map((job) => canonicalUrl(job.url));
  // url → source (ats and company) → the source's postings at that url
  const postings = new Map<string, Map<string, Set<string>>>();
  jobs.forEach((job, i) => {
    const url = urls[i];
    if (!url) return;
    const bySource = postings.get(url) ?? new Map<string, Set<string>>();
    postings.set(url, bySource);
    const source = `${job.ats}:${companyKey(job.company)}`;
    const ids = bySource.get(source) ?? new Set<string>();
    bySource.set(source, ids.add(exactKey(job)));
  });
  return urls.map((url) => {
    const bySource = url ? postings.get(url) : undefined;
    return bySource && [...bySource.values()].every((ids) => ids.size === 1) ? `url:${url}` : null;
  });
}

/**
 * Drops duplicates (same board record, the same job cross-posted, or the same apply URL); keeps first-seen order.
 * `duplicateJobs` holds each later-seen copy as the board gave it (for the run's decisions file).
 */
export function dedupeJobs<J extends JobBeforeSkills>(
  jobs: readonly J[],
): {
  kept: J[];
  duplicates: number;
  duplicateJobs: J[];
} {
  const kept: J[] = [];
  const slotByKey = new Map<string, number>();
  const duplicateJobs: J[] = [];
  let duplicates = 0;
  const urlKeys = applyUrlKeys(jobs);
  jobs.forEach((job, i) => {
    const urlKey = urlKeys[i];
    const keys = [`id:${job.id}`, `exact:${exactKey(job)}`, ...(urlKey ? [urlKey] : [])];
    const slot = keys.map((k) => slotByKey.get(k)).find((s) => s !== undefined);
    if (slot === undefined) {
      keys.forEach((k) => slotByKey.set(k, kept.length));
      kept.push(job);
      return;
    }
    duplicates++;
    duplicateJobs.push(job);
    const current = kept[slot] as J;
    kept[slot] = isBetter(job, current) ? merge(job, current) : merge(current, job);
    keys.forEach((k) => slotByKey.set(k, slot));
  });
  return { kept, duplicates, duplicateJobs };
}
