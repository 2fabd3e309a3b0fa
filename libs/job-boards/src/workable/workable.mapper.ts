import type { RawJob } from '@job-hunter/domain';
import { toIsoDate } from '@job-hunter/domain';
import type { BoardFetchResult, BoardTarget } from '../job-board-client';
import { mapPostings } from '../job-board-client';
import { joinParts, text, uniqueStrings } from '../shared/html';
import type { WorkableJob, WorkableLocation } from './workable.types';

export function mapWorkableJobs(
  jobs: readonly WorkableJob[],
  target: BoardTarget,
  fetchedAt: string,
): BoardFetchResult {
  return mapPostings(jobs, (job) => mapWorkableJob(job, target, fetchedAt));
}

export function mapWorkableJob(job: WorkableJob, target: BoardTarget, fetchedAt: string): RawJob | null {
  const title = text(job.title);
  const shortcode = text(job.shortcode);
  if (!title || !shortcode) return null;
  const published = toIsoDate(job.published_on);
  // created_at is when the job was drafted, so it can only stand in for the posting date.
  const created = published ? null : toIsoDate(job.created_at);
  return {
    ats: 'workable',
    company: target.company,
    board: target.board,
    externalId: shortcode,
    title,
    url:
      text(job.url) ??
      text(job.shortlink) ??
      `https://apply.workable.com/${target.board}/j/${encodeURIComponent(shortcode)}/`,
    locations: workableLocations(job),
    // telecommuting:false is also what hybrid jobs send, so only true is a workplace fact.
    workplace: job.telecommuting === true ? 'remote' : undefined,
    descriptionHtml: joinParts([job.description, job.requirements, job.benefits], '\n'),
    department: text(job.department),
    employmentType: text(job.employment_type),
    postedAt: published ?? created,
    dateSource: published ? 'exact' : created ? 'updated' : 'unknown',
    fetchedAt,
  };
}

/** The visible entries of `locations`; the flat city/state/country only when the list is absent. */
function workableLocations(job: WorkableJob): string[] {
  const listed = job.locations ?? [];
  if (listed.length > 0) return uniqueStrings(listed.filter((l) => l.hidden !== true).map(locationLabel));
  return uniqueStrings([locationLabel({ city: job.city, region: job.state, country: job.country })]);
}

function locationLabel(l: WorkableLocation): string {
  return uniqueStrings([l.city, l.region, text(l.country) ?? l.countryCode]).join(', ');
}
