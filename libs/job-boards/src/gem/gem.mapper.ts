import type { RawJob, RemoteMode } from '@job-hunter/domain';
import { toIsoDate } from '@job-hunter/domain';
import type { BoardFetchResult, BoardTarget } from '../job-board-client';
import { mapPostings } from '../job-board-client';
import { text, uniqueStrings } from '../shared/html';
import type { GemJobPost } from './gem.types';

export function mapGemJobPosts(posts: readonly GemJobPost[], target: BoardTarget, fetchedAt: string): BoardFetchResult {
  return mapPostings(posts, (post) => mapGemJobPost(post, target, fetchedAt));
}

export function mapGemJobPost(post: GemJobPost, target: BoardTarget, fetchedAt: string): RawJob | null {
  const title = text(post.title);
  const id = post.id === null || post.id === undefined ? undefined : text(String(post.id));
  if (!title || !id) return null;
  const published = toIsoDate(post.first_published_at);
  const updated = published ? null : toIsoDate(post.updated_at);
  const html = text(post.content);
  return {
    ats: 'gem',
    company: target.company,
    board: target.board,
    externalId: id,
    title,
    url: jobPage(post.absolute_url) ?? `https://jobs.gem.com/${target.board}/${encodeURIComponent(id)}`,
    locations: uniqueStrings([
      post.location?.name,
      ...(post.offices ?? []).map((o) => text(o.location?.name) ?? o.name),
    ]),
    workplace: WORKPLACE[text(post.location_type)?.toLowerCase() ?? ''],
    descriptionHtml: html,
    // Kept only beside HTML, for a posting whose HTML shows no text.
    descriptionText: html ? text(post.content_plain) : undefined,
    department: uniqueStrings((post.departments ?? []).map((d) => d.name))[0],
    employmentType: employmentType(post.employment_type),
    postedAt: published ?? updated,
    dateSource: published ? 'exact' : updated ? 'updated' : 'unknown',
    fetchedAt,
  };
}

/** Gem's three location types; anything else says nothing about the workplace. */
const WORKPLACE: Record<string, RemoteMode | undefined> = {
  remote: 'remote',
  hybrid: 'hybrid',
  in_office: 'onsite',
};

/** absolute_url when it is a page on jobs.gem.com (never the API), else undefined. */
function jobPage(value: string | null | undefined): string | undefined {
  const t = text(value);
  if (!t) return undefined;
  try {
    const url = new URL(t);
    return url.protocol === 'https:' &&
      url.hostname === 'jobs.gem.com' &&
      url.pathname.split('/').filter(Boolean).length >= 2
      ? t
      : undefined;
  } catch {
    return undefined;
  }
}

function employmentType(value: string | null | undefined): string | undefined {
  const t = text(value)?.toLowerCase();
  if (!t) return undefined;
  return t === 'intern' ? 'internship' : t.replace(/_/g, '-');
}
