import { createHash } from 'node:crypto';
import type { NormalisedJob, RawJob } from '../../models/job';
import { cleanText } from '../understanding/html-text';
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

/**
 * The jobKey a board's record will have once normalised, read from the record as scraped (for the job
 * sightings); null when only the dedupe key could name it (no board id and no apply page).
 */
export function rawJobKey(raw: Pick<RawJob, 'ats' | 'company' | 'externalId' | 'url'>): string | null {
  const externalId = String(raw.externalId ?? '');
  if (externalId.trim())
    return jobKey({ id: '', ats: raw.ats, company: cleanText(raw.company ?? ''), externalId, url: '' });
  return urlJobKey((raw.url ?? '').trim());
}

function hashed(identity: string): string {
  return createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, 16);
}
