// Query parameters that say where a click came from, not which posting it opens.
const TRACKING_PARAMS = /^(?:utm_.*|gh_src|lever-source|lever-origin|source|src|ref|referrer|trk)$/i;

/**
 * A URL reduced to what names the page (a posting, a job board): scheme, `www.`, fragment, trailing slashes
 * and tracking parameters dropped, the other parameters sorted (a company-hosted Greenhouse page
 * carries the posting in `gh_jid`, so the query stays). Null for text that is not a URL.
 */
export function canonicalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  const params = [...parsed.searchParams.entries()]
    .filter(([key]) => !TRACKING_PARAMS.test(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  const host = parsed.host.replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${host}${path}${query ? `?${query}` : ''}`;
}
