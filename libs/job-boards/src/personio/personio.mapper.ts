import type { RawJob, RemoteMode } from '@job-hunter/domain';
import { toIsoDate } from '@job-hunter/domain';
import type { BoardFetchResult, BoardTarget } from '../job-board-client';
import { mapPostings } from '../job-board-client';
import { uniqueStrings } from '../shared/html';
import { asRecord, leafText } from '../shared/payload';
import type { PersonioJobDescription, PersonioPosition, PersonioSearchJob } from './personio.types';

/** An office name that says the job is done remotely: "Remote", "Berlin (Remote)", "Home Office". */
const REMOTE_OFFICE = /\bremote\b|\bhome[\s-]?office\b/i;

export function mapPersonioPositions(
  positions: readonly PersonioPosition[],
  target: BoardTarget,
  host: string,
  fetchedAt: string,
): BoardFetchResult {
  return mapPostings(positions, (position) => mapPersonioPosition(position, target, host, fetchedAt));
}

/** One `<position>`; null without an id or a title. */
export function mapPersonioPosition(
  p: PersonioPosition,
  target: BoardTarget,
  host: string,
  fetchedAt: string,
): RawJob | null {
  return personioJob(target, host, fetchedAt, {
    id: p.id,
    name: p.name,
    offices: uniqueStrings([leafText(p.office), ...additionalOffices(p.additionalOffices)]),
    descriptionHtml: descriptionHtml(p),
    department: p.department,
    employmentType: p.employmentType,
    schedule: p.schedule,
    createdAt: p.createdAt,
  });
}

export function mapPersonioSearchJobs(
  jobs: readonly PersonioSearchJob[],
  target: BoardTarget,
  host: string,
  fetchedAt: string,
): BoardFetchResult {
  return mapPostings(jobs, (job) => mapPersonioSearchJob(job, target, host, fetchedAt));
}

/** One entry of `/search.json` (the list read while the XML feed is off): no description, as a rule. */
export function mapPersonioSearchJob(
  j: PersonioSearchJob,
  target: BoardTarget,
  host: string,
  fetchedAt: string,
): RawJob | null {
  return personioJob(target, host, fetchedAt, {
    id: j.id,
    name: j.name,
    offices: searchOffices(j),
    descriptionHtml: leafText(j.description),
    department: j.department,
    employmentType: j.employment_type,
    schedule: j.schedule,
    createdAt: j.createdAt,
  });
}

/** What the XML feed and the search list both say of a job (leaves as they came, places and description read). */
interface PersonioFields {
  id: unknown;
  name: unknown;
  offices: string[];
  descriptionHtml: string | undefined;
  department: unknown;
  employmentType: unknown;
  schedule: unknown;
  createdAt: unknown;
}

function personioJob(target: BoardTarget, host: string, fetchedAt: string, f: PersonioFields): RawJob | null {
  const id = leafText(f.id);
  const title = leafText(f.name);
  if (!id || !title) return null;
  const postedAt = toIsoDate(leafText(f.createdAt));
  return {
    ats: 'personio',
    company: target.company,
    board: target.board,
    externalId: id,
    title,
    url: jobUrl(host, id),
    locations: f.offices,
    workplace: workplaceOf(f.offices),
    descriptionHtml: f.descriptionHtml,
    department: leafText(f.department),
    employmentType: employmentType(f.employmentType, f.schedule),
    // createdAt is when the position was created in Personio; the feed has no separate publishing date.
    postedAt,
    dateSource: postedAt ? 'exact' : 'unknown',
    fetchedAt,
  };
}

/** A search entry's offices: `office` joins them with commas, and an office name may hold one ("Athens, Greece"). */
function searchOffices(j: PersonioSearchJob): string[] {
  const listed = Array.isArray(j.offices) ? uniqueStrings(j.offices.map(leafText)) : [];
  return listed.length > 0 ? listed : uniqueStrings([leafText(j.office)]);
}

/** The job's own page on its board (English), which the feed does not carry. */
export function jobUrl(host: string, id: string): string {
  return `https://${host}/job/${encodeURIComponent(id)}?language=en`;
}

/**
 * Personio has no workplace field, only office names. Remote when every office says so ("Remote",
 * "Berlin (Remote)"); otherwise unset, and the normaliser reads the office names themselves (a
 * job listed in "Berlin" and "Berlin (Remote)" may be done from either).
 */
function workplaceOf(offices: readonly string[]): RemoteMode | undefined {
  return offices.length > 0 && offices.every((o) => REMOTE_OFFICE.test(o)) ? 'remote' : undefined;
}

/** "permanent, full-time": the contract and the hours together, as the feed gives them. */
function employmentType(contract: unknown, schedule: unknown): string | undefined {
  const parts = uniqueStrings([leafText(contract), leafText(schedule)]);
  return parts.length ? parts.join(', ') : undefined;
}

/** Office names under `<additionalOffices>`: `<office>` children, or the name written directly inside. */
function additionalOffices(value: unknown): string[] {
  const direct = leafText(value);
  if (direct) return [direct];
  const offices = asRecord(value)?.['office'];
  return (Array.isArray(offices) ? offices : [offices]).map(leafText).filter((o): o is string => !!o);
}

/** The description blocks as one HTML document, each block's name as its heading. */
function descriptionHtml(p: PersonioPosition): string | undefined {
  const wrapped = asRecord(p.jobDescriptions)?.['jobDescription'];
  const blocks = [...asList(wrapped), ...asList(p.jobDescription)];
  const parts: string[] = [];
  for (const block of blocks) {
    const b = asRecord(block) as PersonioJobDescription | null;
    const html = leafText(b?.value);
    if (!html) continue;
    const heading = leafText(b?.name);
    parts.push(heading ? `<h3>${escapeHtml(heading)}</h3>\n${html}` : html);
  }
  return parts.length ? parts.join('\n') : undefined;
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
