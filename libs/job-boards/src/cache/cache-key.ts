import { createHash } from 'node:crypto';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The cache key of a request: method, full logical URL (query included, unlike snapshot keys,
 * because paged endpoints differ only there) and a hash of the body (Workday pages are POSTs
 * that differ only in their body). 64 hex characters whatever the URL length.
 */
export function responseCacheKey(method: string, url: URL, body: string | undefined): string {
  return sha256(`${method.toUpperCase()}\n${url.href}\n${sha256(body ?? '')}`);
}
