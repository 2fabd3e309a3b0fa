import { GuardedFetch, type HopInit } from '../http/guarded-fetch';
import { isKnownBoardHost, type SsrfGuard } from '../http/ssrf-guard';

/**
 * The SSRF guard as the browser needs it: one up-front DNS verdict per host for the page's many
 * requests (a clear refusal before anything loads), and every request the page makes fetched by
 * Node through the guarded connection, so the address connected to is judged at connect time.
 */
export class PageGuard {
  private readonly verdicts = new Map<string, Promise<void>>();
  private readonly fetcher: GuardedFetch;

  constructor(
    private readonly guard: SsrfGuard,
    hostOverrides: Record<string, string> = {},
  ) {
    this.fetcher = new GuardedFetch(guard, hostOverrides);
  }

  /** Throws HOST_BLOCKED (or BOARD_HTTP_ERROR when the host does not resolve) for a URL that must not be fetched. */
  check(url: URL): Promise<void> {
    if (this.fetcher.isOverridden(url)) return Promise.resolve();
    const key = `${url.protocol}//${url.hostname.toLowerCase()}`;
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      verdict = this.guard.check(url);
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  /** One hop of a page's request (no redirect followed), connected only to an address the guard allows. */
  fetch(url: URL, init: HopInit): Promise<Response> {
    return this.fetcher.fetch(url, init);
  }

  isBoardHost(url: URL): boolean {
    return isKnownBoardHost(url.hostname) && !this.fetcher.isOverridden(url);
  }
}
