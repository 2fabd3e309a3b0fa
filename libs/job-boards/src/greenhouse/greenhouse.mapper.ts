import type { RawJob, RemoteMode, Salary } from '@job-hunter/domain';
import type { BoardFetchResult, BoardTarget } from '../job-board-client';
import { mapPostings } from '../job-board-client';
import { decodeEntities, isoDate, text, uniqueStrings } from '../shared/html';
import { structuredSalary } from '../shared/salary';
import type { GreenhouseJob, GreenhouseMetadata, GreenhousePayRange } from './greenhouse.types';

export function mapGreenhouseJobs(
  jobs: readonly GreenhouseJob[],
  target: BoardTarget,
  fetchedAt: string,
): BoardFetchResult {
  return mapPostings(jobs, (job) => mapGreenhouseJob(job, target, fetchedAt));
}

export function mapGreenhouseJob(job: GreenhouseJob, target: BoardTarget, fetchedAt: string): RawJob | null {
  const title = text(job.title);
  if (!title || job.id === undefined || job.id === null) return null;
  const published = isoDate(job.first_published);
  const updated = isoDate(job.updated_at);
  const metadata = job.metadata ?? [];
  return {
    ats: 'greenhouse',
    company: target.company,
    board: target.board,
    externalId: String(job.id),
    title,
    url: text(job.absolute_url) ?? `https://job-boards.greenhouse.io/${target.board}/jobs/${job.id}`,
    locations: uniqueStrings([job.location?.name, ...(job.offices ?? []).map((o) => o.location ?? o.name)]),
    workplace: workplaceFrom(metadata),
    descriptionHtml: job.content ? decodeEntities(job.content) : undefined,
    department: uniqueStrings((job.departments ?? []).map((d) => d.name))[0],
    employmentType: metadataText(metadata, /employment|job type|commitment/i),
    postedAt: published ?? updated,
    dateSource: published ? 'exact' : updated ? 'updated' : 'unknown',
    salary: payRangeSalary(job.pay_input_ranges ?? []),
    fetchedAt,
  };
}

function metadataText(metadata: readonly GreenhouseMetadata[], name: RegExp): string | undefined {
  for (const m of metadata) {
    if (!m.name || !name.test(m.name)) continue;
    const value = Array.isArray(m.value) ? m.value.join(', ') : typeof m.value === 'string' ? m.value : undefined;
    const t = text(value);
    if (t) return t;
  }
  return undefined;
}

/** Greenhouse has no workplace field; many boards carry one as a custom metadata field. */
function workplaceFrom(metadata: readonly GreenhouseMetadata[]): RemoteMode | undefined {
  const value = metadataText(metadata, /workplace|remote|location type|work (model|type|arrangement)/i)?.toLowerCase();
  if (!value) return undefined;
  if (/hybrid/.test(value)) return 'hybrid';
  if (/remote/.test(value)) return 'remote';
  if (/on[- ]?site|in[- ]office/.test(value)) return 'onsite';
  return undefined;
}

/** Several ranges (e.g. per pay zone) in one currency widen into one; other currencies are ignored. */
function payRangeSalary(ranges: readonly GreenhousePayRange[]): Salary | undefined {
  const first = ranges.find((r) => text(r.currency_type));
  if (!first) return undefined;
  const same = ranges.filter((r) => r.currency_type === first.currency_type);
  const mins = same.map((r) => r.min_cents).filter((n): n is number => typeof n === 'number' && n > 0);
  const maxs = same.map((r) => r.max_cents).filter((n): n is number => typeof n === 'number' && n > 0);
  const hourly = same.some((r) => /hour/i.test(`${r.title ?? ''} ${r.blurb ?? ''}`));
  const min = mins.length ? Math.min(...mins) / 100 : null;
  const max = maxs.length ? Math.max(...maxs) / 100 : null;
  const raw = `${min ?? '?'}–${max ?? '?'} ${first.currency_type}${first.title ? ` (${first.title})` : ''}`;
  return structuredSalary(min, max, first.currency_type, hourly ? 'hour' : 'year', raw);
}
