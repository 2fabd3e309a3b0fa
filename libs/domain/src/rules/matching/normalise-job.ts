import type { JobBeforeSkills, NormalisedJob, Place, RawJob, RemoteMode, Seniority } from '../../models/job';
import type { JobLocation } from '../understanding';
import {
  cleanText,
  extractSkills,
  htmlToText,
  labelForPlaces,
  parseJobLocation,
  parseSalaryText,
  seniorityFromTitle,
} from '../understanding';
import { dedupeKey } from './dedupe';
import { inferWorkModel } from './work-model';

export interface InvalidJob {
  invalid: string;
}

export function isInvalidJob<T extends object>(x: T | InvalidJob): x is InvalidJob {
  return 'invalid' in x;
}

const HTTP_URL = /^https?:\/\/[^\s/?#@]+(?:[/?#].*)?$/i;

function describe(raw: RawJob): string {
  const fromHtml = raw.descriptionHtml ? htmlToText(raw.descriptionHtml) : '';
  return fromHtml.trim() ? fromHtml : cleanText(raw.descriptionText ?? '');
}

function locationLabel(places: Place[], remote: RemoteMode, remoteScope: string[]): string {
  const label = labelForPlaces(places);
  if (remote !== 'remote') return label;
  // The label names the scope the reasons judge by: a job open worldwide that also lists an office
  // ("San Francisco (Hybrid) OR Remote-Global") is not shown as remote from San Francisco.
  if (remoteScope.includes('WORLD')) return label ? `Remote worldwide (${label})` : 'Remote worldwide';
  if (label) return /remote/i.test(label) ? label : `Remote (${label})`;
  const scope = remoteScope.filter((s) => s !== 'WORLD');
  return scope.length ? `Remote (${scope.join(', ')})` : 'Remote';
}

// Many boards have no workplace flag and a bare city for a location; the description then
// decides, and stays 'unknown' when it does not say clearly.
function jobLocation(raw: RawJob, head: JobHead, description: string): JobLocation & Pick<JobHead, 'locationLabel'> {
  if (head.remote !== 'unknown') return head;
  const inferred = inferWorkModel(description);
  if (inferred === 'unknown') return head;
  const loc = parseJobLocation(raw.locations ?? [], inferred);
  return { ...loc, locationLabel: locationLabel(loc.places, loc.remote, loc.remoteScope) };
}

// A level numeral after a team qualifier ("Software Engineer, Backend II", "Backend Engineer (Go) I")
// still states the level; seniorityFromTitle reads one only right after the role noun.
const TRAILING_LEVEL = /\b(?:engineer|developer|scientist|analyst|designer)\b.*[\s,)]\s*(iv|v|i{1,3})\s*$/i;
const NUMERAL_LEVEL: Readonly<Record<string, Seniority>> = {
  i: 'junior',
  ii: 'mid',
  iii: 'senior',
  iv: 'staff',
  v: 'staff',
};

function titleLevel(title: string): Seniority | null {
  const stated = seniorityFromTitle(title);
  if (stated) return stated;
  const numeral = TRAILING_LEVEL.exec(title)?.[1]?.toLowerCase();
  return numeral ? (NUMERAL_LEVEL[numeral] ?? null) : null;
}

function optionalText(s: string | undefined): string | undefined {
  const t = s === undefined ? '' : cleanText(s);
  return t || undefined;
}

/**
 * What a board record says without its description: enough to rule out another kind of work, an
 * excluded company or title, and, when the board states the work model (`remote` is not 'unknown'),
 * a place or level the person does not want, before the description (most of a job's reading) is read.
 */
export interface JobHead extends JobLocation {
  company: string;
  title: string;
  url: string;
  seniority: Seniority | null;
  /** The place as the board states it (no reading of the description). */
  locationLabel: string;
}

/** The head of one board record; a record nobody could apply to comes back as `{ invalid }`. */
export function readJobHead(raw: RawJob): JobHead | InvalidJob {
  const title = cleanText(raw.title ?? '');
  if (!title) return { invalid: 'the job has no title' };
  const url = (raw.url ?? '').trim();
  if (!HTTP_URL.test(url)) return { invalid: `the job URL is not an http(s) link: "${url.slice(0, 80)}"` };
  const stated = parseJobLocation(raw.locations ?? [], raw.workplace);
  return {
    company: cleanText(raw.company ?? ''),
    title,
    url,
    seniority: titleLevel(title),
    ...stated,
    locationLabel: locationLabel(stated.places, stated.remote, stated.remoteScope),
  };
}

/** The rest of a record whose head was read: everything but the skills (read only for the jobs kept). */
export function readJob(raw: RawJob, head: JobHead): JobBeforeSkills {
  const description = describe(raw);
  const loc = jobLocation(raw, head, description);
  const salary = raw.salary ?? parseSalaryText(description) ?? undefined;
  const employmentType = optionalText(raw.employmentType);
  const department = optionalText(raw.department);
  const base: Omit<JobBeforeSkills, 'id'> = {
    ats: raw.ats,
    company: head.company,
    externalId: String(raw.externalId ?? ''),
    title: head.title,
    url: head.url,
    description,
    places: loc.places,
    locationLabel: loc.locationLabel,
    remote: loc.remote,
    remoteScope: loc.remoteScope,
    seniority: head.seniority,
    postedAt: raw.postedAt ?? null,
    dateSource: raw.postedAt ? raw.dateSource : 'unknown',
    ...(employmentType ? { employmentType } : {}),
    ...(department ? { department } : {}),
    ...(salary ? { salary } : {}),
  };
  return { id: dedupeKey(base), ...base };
}

/** The job with the canonical skills its title and description mention. */
export function withSkills<J extends JobBeforeSkills>(job: J): J & Pick<NormalisedJob, 'skills'> {
  return { ...job, skills: extractSkills(`${job.title}\n${job.description}`) };
}

/** Cleans and normalises one board record; a record nobody could apply to comes back as `{ invalid }`. */
export function normaliseJob(raw: RawJob): NormalisedJob | InvalidJob {
  const head = readJobHead(raw);
  return isInvalidJob(head) ? head : withSkills(readJob(raw, head));
}
