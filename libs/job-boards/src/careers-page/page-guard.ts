import { isKnownBoardHost } from '../http/ssrf-guard';
import type { SsrfGuard } from '../http/ssrf-guard';

/**
 * The SSRF guard as the browser needs it: one DNS verdict per host for the page's many requests,
 * and host overrides (tests) that are trusted because they were configured on purpose.
 */
export class PageGuard {
  private readonly verdicts = new Map<string, Promise<void>>();
  private readonly overrides: Map<string, URL>;

  constructor(
    private readonly guard: SsrfGuard,
    hostOverrides: Record<string, string> = {},
  ) {
    this.overrides = new Map(Object.entries(hostOverrides).map(([h, o]) => [h.toLowerCase(), new URL(o)]));
  }

  /** Throws HOST_BLOCKED (or BOARD_HTTP_ERROR when the host does not resolve) for a URL that must not be fetched. */
  check(url: URL): Promise<void> {
    const host = url.hostname.toLowerCase();
    if (this.overrides.has(host)) return Promise.resolve();
    const key = `${url.protocol}//${host}`;
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      verdict = this.guard.check(url);
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  /** Where to connect for a URL: the override's origin, or the URL itself. */
  connectUrl(url: URL): URL {
    const override = this.overrides.get(url.hostname.toLowerCase());
    if (!override) return url;
    const target = new URL(url.href);
    target.protocol = override.protocol;
    target.host = override.host;
    return target;
  }

  isBoardHost(url: URL): boolean {
    return isKnownBoardHost(url.hostname) && !this.overrides.has(url.hostname.toLowerCase());
  }
}
