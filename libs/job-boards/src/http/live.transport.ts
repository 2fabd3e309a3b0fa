import { JobHunterError } from '@job-hunter/domain';
import type { Transport, TransportRequest, TransportResponse } from './http.types';
import { readCappedBody } from './read-capped-body';
import type { SsrfGuard } from './ssrf-guard';

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface LiveTransportOptions {
  guard: SsrfGuard;
  /**
   * Host → origin to connect to instead, e.g. `{ 'api.lever.co': 'http://127.0.0.1:4010' }` for tests.
   * The request keeps its logical URL, so snapshot keys and redirects resolve as for the real host;
   * an overridden host is trusted because it was configured on purpose.
   */
  hostOverrides?: Record<string, string>;
}

/** The network, through Node's fetch; follows redirects itself so that every hop passes the SSRF guard. */
export class LiveTransport implements Transport {
  private readonly overrides: Map<string, URL>;

  constructor(private readonly options: LiveTransportOptions) {
    this.overrides = new Map(
      Object.entries(options.hostOverrides ?? {}).map(([h, o]) => [h.toLowerCase(), new URL(o)]),
    );
  }

  async send(request: TransportRequest): Promise<TransportResponse> {
    let url = request.url;
    let method = request.method;
    let body = request.body;
    for (let hop = 0; ; hop++) {
      const target = await this.connectTarget(url);
      const response = await fetch(target, {
        method,
        headers: request.headers,
        body,
        redirect: 'manual',
        signal: request.signal,
      });
      const location = response.headers.get('location');
      if (!REDIRECT_STATUSES.has(response.status) || !location) {
        return {
          status: response.status,
          headers: response.headers,
          body: await readCappedBody(response, request.maxBytes, url),
        };
      }
      await response.body?.cancel();
      if (hop >= MAX_REDIRECTS) {
        throw new JobHunterError(
          'BOARD_HTTP_ERROR',
          `${request.url.host} redirected more than ${MAX_REDIRECTS} times; check the careers URL.`,
        );
      }
      url = new URL(location, url);
      if (response.status === 303) {
        method = 'GET';
        body = undefined;
      }
    }
  }

  private async connectTarget(url: URL): Promise<URL> {
    const override = this.overrides.get(url.hostname.toLowerCase());
    if (!override) {
      await this.options.guard.check(url);
      return url;
    }
    const target = new URL(url.href);
    target.protocol = override.protocol;
    target.host = override.host;
    return target;
  }
}
