import { JobHunterError } from '@job-hunter/domain';

/** Parses a careers URL, accepting one written without a scheme; null when it is not a web URL. */
export function parseWebUrl(raw: string): URL | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * A board's link to a page, trimmed, when it is an absolute http(s) URL written with its scheme
 * (unlike `parseWebUrl`, which reads a careers URL typed without one); undefined otherwise.
 */
export function absoluteWebUrl(value: string | null | undefined): string | undefined {
  const t = value?.trim();
  return t && /^https?:\/\//i.test(t) && parseWebUrl(t) ? t : undefined;
}

/** Path segments of a URL, percent-encoding kept, blanks dropped. */
export function pathSegments(url: URL): string[] {
  return url.pathname.split('/').filter((s) => s !== '');
}

/** A path segment percent-decoded; as written when its escapes are not valid UTF-8. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * A board token as one URL path segment: existing `%XX` escapes are kept (so `Hyperliquid%20Labs`
 * stays as the board wrote it) and anything else unsafe is encoded.
 */
export function boardSegment(board: string): string {
  const trimmed = board.trim();
  if (!trimmed || trimmed === '.' || trimmed === '..') {
    throw new JobHunterError(
      'INVALID_INPUT',
      `"${board}" is not a job-board token; fix the company's board or careersUrl.`,
    );
  }
  return trimmed
    .split(/(%[0-9A-Fa-f]{2})/)
    .map((part, i) => (i % 2 === 1 ? part : encodeURIComponent(part)))
    .join('');
}

/** A first path segment that can be a board token (not a dot segment). */
export function asBoardToken(segment: string | undefined): string | null {
  if (!segment || segment === '.' || segment === '..') return null;
  return segment;
}
