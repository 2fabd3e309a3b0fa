import { createHash } from 'node:crypto';
import type { NormalisedJob } from '../../models/job';
import { canonicalUrl } from './canonical-url';
import { exactKey } from './dedupe';

type IdentityFields = Pick<NormalisedJob, 'id' | 'ats' | 'company' | 'externalId' | 'url'>;

/**
 * A job's identity across runs (`jobKey` of every result job), 16 hex digits: the board's own id of
 * the posting (its ATS, company and external id), else its canonical apply URL, else its dedupe key
 * (company, title, place). Marks and "new" follow it from run to run.
 */
export function jobKey(job: IdentityFields): string {
  if (job.externalId.trim()) return hashed(`board:${exactKey(job)}`);
  return urlJobKey(job.url) ?? hashed(`dedupe:${job.id}`);
}

/** The apply-URL identity alone, null for a URL that names no page: for jobs stored before they carried a jobKey. */
export function urlJobKey(applyUrl: string): string | null {
  const url = canonicalUrl(applyUrl);
  return url ? hashed(`url:${url}`) : null;
}

function hashed(identity: string): string {
  return createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, 16);
}
